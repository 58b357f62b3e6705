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

// `k_partial_mark` for an average that leaves rows out, else "".
std::string_view partial_mark(const analysis::Coverage& coverage);

// "2 of 3 rows, 1 not applicable, 1 not scored yet": what an average counts and what it leaves out.
std::string describe_rows_counted(const analysis::Coverage& coverage);

// One column of a section's line: who or when ("A", "2026-Q3") and what its average counts.
struct ColumnCoverage {
  std::string column;
  analysis::Coverage coverage;
};

// "6. Review impact: A from 2 of 3 rows, 1 not applicable; B from 2 of 3
// rows, 1 not scored yet", naming only the columns whose average leaves rows out; nullopt when
// none does. Plain text: each format escapes it.
std::optional<std::string> coverage_note(std::string_view section_label, const std::vector<ColumnCoverage>& columns);

}  // namespace coprod::render
