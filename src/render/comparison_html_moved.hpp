#pragma once
// Parts of the compare sheet (compare --format html) for one perspective over
// periods, where the sheet is about change: "What moved", every row whose
// score or evidence changed, as the text report lists them; and the ruled box
// for notes, which asks why the scores differ or, for periods, why they moved.

#include <cstddef>
#include <string>

#include "analysis/comparison.hpp"
#include "render/abbreviations.hpp"

namespace coprod::render {

// The section "What moved": each row that moved from the earliest period to
// the latest, however little, in the order of the framework, headed as the
// rows without a score are ("1. Commitment and leadership: Early indicator:
// There is a clear…", after "Row 1.1") with movement_in_words() under it; then a
// box for notes. Abbreviations spelled out where the sheet first uses them.
std::string what_moved_html(const analysis::Comparison& comparison, Abbreviations& abbreviations);

// A row's number as the form gives it, before its heading in a list (its heading may be cut short, so the
// number is where the eye starts): "<span class="ref">Row 1.1</span> "; nothing where the sheet names sections
// (names_sections()), the heading then being the section, its number first.
std::string row_ref_html(const analysis::Comparison& comparison, const analysis::RowComparison& row);

// For periods, in "how to use this sheet": what follows, the largest moves
// then every row that moved ("Below are the sections and rows whose scores
// moved by 1.5 or more since 2026-Q3, ..."), or that none moved that much.
std::string moved_below_words(const analysis::Comparison& comparison);
// For periods where nothing moved by the threshold: the sheet lists only what moved.
bool only_what_moved(const analysis::Comparison& comparison);

// A box of `lines` ruled lines to write in on the printed page: "Notes: why
// the scores differ, what you agree", "why the scores moved" for periods.
std::string comparison_notes_box(const analysis::Comparison& comparison, std::size_t lines);

}  // namespace coprod::render
