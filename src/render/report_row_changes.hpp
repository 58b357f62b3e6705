#pragma once
// "Rows whose score changed" in the evidence pack: for each perspective with
// an earlier period (--previous), the rows whose score went up or down since
// then, the largest move first, and the rows scored in one of the two periods
// only (analysis/row_moves.hpp); and page 1's line that points to it.

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/row_moves.hpp"
#include "render/report.hpp"

namespace coprod::render {

inline constexpr std::string_view k_row_changes_heading = "Rows whose score changed";
inline constexpr std::string_view k_row_changes_id = "row-changes";

// One input's rows that moved since its earlier period (previous_of()).
struct InputRowMoves {
  std::size_t input = 0;
  std::shared_ptr<const analysis::AssessmentResult> earlier;
  analysis::RowMoves moves;
};
// Every input that has an earlier period, in the pack's order; none in a pack without scores.
std::vector<InputRowMoves> report_row_moves(const Report& report);

// The section, after page 1; empty when no input has an earlier period.
std::string row_changes_html(const Report& report);
std::string row_changes_markdown(const Report& report);

// Page 1's line: "Row by row since 2026-Q3: A 4 up, 3 down; B 2
// up, 1 scored for the first time", without the pointer to the section each
// medium adds; none when no input has an earlier period.
std::optional<std::string> row_changes_summary_text(const Report& report);

// Where a row is in the pack, as its later pages name it: "Row 1.4, 1.
// Commitment and leadership", "Row F.2, Facilitate the process".
std::string row_and_section_label(const model::FrameworkSection& section, const model::FrameworkRow& row);
// The id of the row's block under "Every row and its evidence" ("row-commitment.strategy"), for links to it.
std::string row_anchor(const model::FrameworkSection& section, const model::FrameworkRow& row);

}  // namespace coprod::render
