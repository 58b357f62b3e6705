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

// The part's title: "Rows whose score changed", "Sections whose score changed" (row_words()).
std::string row_changes_title(const Report& report);
inline constexpr std::string_view k_row_changes_id = "row-changes";

// One input's rows that moved since its earlier period (previous_of()).
struct InputRowMoves {
  std::size_t input = 0;
  std::shared_ptr<const analysis::AssessmentResult> earlier;
  analysis::RowMoves moves;
};
// Every input that has an earlier period, in the pack's order; none in a pack without scores.
std::vector<InputRowMoves> report_row_moves(const Report& report);

// A listed row in words, for each medium to set out: "Up 1.5" (lead), "from 2 to 3.5" (or "Now 3", "was not
// scored yet in 2026-Q3"), then the row.
struct RowItem {
  std::string lead;
  std::string detail;
  std::string label;    // "Row 1.4, 1. Commitment and leadership"
  std::string heading;  // the start of its early indicator (row_heading())
  std::string anchor;
  // For a row with only a warning sign, what its scores mean (summary_scale_note()): "up" there is the sign seen
  // less.
  std::optional<std::string> note;
};

// A list under its heading ("Scored now, not in 2026-Q3"), none when empty.
struct RowList {
  std::string heading;
  std::vector<RowItem> items;
};

struct InputRowChanges {
  std::string heading;  // "A: organisation, 2026-Q4, since 2026-Q3"
  std::string counts;   // "4 rows up, 3 down and 17 the same; 1 scored now, not in 2026-Q3."
  std::vector<RowList> lists;
};

// One input's rows that moved, in words, as the part lists them; the workbook's "Row changes" sheet too.
InputRowChanges input_row_changes(const Report& report, const InputRowMoves& input);
// The part's first paragraph, with the framework's scale.
std::string row_changes_intro_words(const Report& report);

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
