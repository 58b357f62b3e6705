#pragma once
// Averages that leave rows out, told apart wherever section scores stand side
// by side (compare, history, the evidence pack): the score carries a mark and a
// note under the table says which rows it counts ("6. Review impact: A from 2
// of 3 rows, 1 not applicable"), so "2.8" is never read as the whole section.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/scoring.hpp"

namespace coprod::render {

// The mark after such an average, and the line that opens the notes.
inline constexpr std::string_view k_partial_mark = "*";
inline constexpr std::string_view k_coverage_notes_heading = "* Averages that leave out rows:";
// The line that opens the notes on sections left with no score as their scored rows were held back (the
// report's: their cell says "held back", with no "*").
inline constexpr std::string_view k_held_back_notes_heading = "Sections shown as \u201cheld back\u201d:";

// `k_partial_mark` for an average that leaves rows out, else "".
std::string_view partial_mark(const analysis::Coverage& coverage);

// "2 of 3 rows, 1 not applicable, 1 not scored yet": what an average counts and what it leaves out;
// with rows held back (report, analysis/held_back_scores.hpp), counted apart from those not scored:
// "1 of 5 rows, 3 not scored yet, 1 held back as only 1 person scored it".
std::string describe_rows_counted(const analysis::Coverage& coverage, int held_back = 0);
// A section with no score and `held_back` rows held back (none if 0): "no score to show: 1 of 3 rows held
// back as only 1 person scored it, 2 not scored yet".
std::string no_score_held_back_words(const analysis::Coverage& coverage, int held_back);

// One column of a section's line: who or when ("A", "2026-Q3"), what its average counts and how many of
// its rows were held back.
struct ColumnCoverage {
  std::string column;
  analysis::Coverage coverage;
  int held_back = 0;
};

// "6. Review impact: A from 2 of 3 rows, 1 not applicable; B from 2 of 3
// rows, 1 not scored yet", naming only the columns whose average leaves rows out (those marked *, rows held
// back among them); nullopt when none does. Plain text: each format escapes it.
std::optional<std::string> coverage_note(std::string_view section_label, const std::vector<ColumnCoverage>& columns);
// "2. Contact and connect: B, 1 of 3 rows held back as only 1 person scored it, 2 not scored yet", naming
// only the columns with no score as their scored rows were held back; nullopt when none has. Plain text.
std::optional<std::string> held_back_note(std::string_view section_label, const std::vector<ColumnCoverage>& columns);

}  // namespace coprod::render
