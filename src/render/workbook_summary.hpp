#pragma once
// The scores workbook's Summary sheet: each section's score per input, the
// difference or spread, the rows scored, what the plan asks the board to do;
// and what the Change sheet shares with it.

#include <optional>
#include <string>
#include <vector>

#include "analysis/comparison.hpp"
#include "render/workbook.hpp"

namespace coprod::render {

// One table when its columns print legibly one page wide (up to two inputs);
// else the scores in tables of as many inputs as print so, each with the
// sections down its side, and the rows scored in more such tables under them:
// the sheet prints one page wide, each table whole with its headings. Above
// them the title; under it, on one line, the `months` of each quarter or half year it names (periods_in_words():
// "2026-Q4: October to December 2026", as the pack gives them under its title; none: left out) and the report's
// `date` as the pack's first page gives it ("Report date: 2026-12-15"; none: left out); the board's
// `asks` (none: left out) and a note: what the scale means, as the pack says it
// (score_scale_sentence()), and how the scores are worked out, with `redacted_notes` after it. Under two
// inputs' table, which way their difference goes (difference_sign_words()).
Sheet summary_sheet(const analysis::Comparison& comparison, const std::vector<std::string>& names,
                    const std::string& title, const std::string& months, const std::optional<std::string>& date,
                    const std::vector<std::string>& redacted_notes, const std::vector<std::string>& asks);

// The Summary's Section column: wide enough that each section's name prints on one line as its row's height
// is estimated (a name on two lines left a blank line under a name that printed on one), up to 40 characters.
// The Change sheet's is as wide, so a long name takes as few lines.
double section_width(const analysis::Comparison& comparison);

// Under two inputs' scores, what a difference's sign means, so a board member reading "-2.0" need not work
// it out from "minus", in the words the pack says a difference in (difference_names()): "Difference below 0: the
// peer network scored lower than the organisation; above 0, higher."; where those words would be letters (two
// areas), by the columns' `names`, which the Summary shows. Empty for any other number of inputs (a spread is
// never below 0).
std::string difference_sign_words(const analysis::Comparison& comparison, const std::vector<std::string>& names);

// How its differences and changes are worked out, as page 1 of the evidence pack says it: a sentence of its own.
std::string shown_scores_sentence();

}  // namespace coprod::render
