#pragma once
// The scores workbook's cells of scores and differences, shared by its sheets
// (workbook_summary.cpp, workbook_change.cpp, workbook_rows.cpp, workbook_web.cpp): a score, or why there is none, in
// the words `score` and the evidence pack use.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/scoring.hpp"
#include "model/score.hpp"
#include "render/workbook.hpp"

namespace coprod::render {

// The heading of the last column, saying which way the difference goes: "Difference: B minus A", or the spread.
std::string difference_heading(const std::vector<std::string>& names);

// A missing score in words, as `score` and the evidence pack say it: "not applicable" or "not scored yet".
Cell missing_score_cell(bool not_applicable);
// A row's score as a number, else why there is none.
Cell score_cell(const model::Score& score);
// A section's score in tenths, as shown (to one decimal place), when it has one.
std::optional<int> section_tenths(const analysis::SectionResult& section);
// A section's score as shown, else why there is none ("held back" too).
Cell section_score_cell(const analysis::SectionResult& section);
// Where a difference or spread of `inputs` scores cannot be worked out, why, in the evidence pack's words.
Cell no_difference_cell(std::size_t inputs);
// Two scores with no difference between them, as a cell: n/a on either side
// says the section (or row) does not apply here, not that a score is missing.
Cell no_difference_of_two_cell(bool not_applicable, std::string_view not_applicable_words);

}  // namespace coprod::render
