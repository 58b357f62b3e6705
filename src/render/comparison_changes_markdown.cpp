// The changes between versions of one review (compare HEAD:F F) as
// Markdown: every row whose score or evidence changed, however little.

#include <fmt/format.h>

#include "render/comparison.hpp"
#include "util/escape.hpp"

namespace coprod::render {

namespace {

using analysis::Comparison;

std::string evidence_item(const analysis::RowComparison& row, std::size_t index) {
  const auto& result = *row.results[index];
  const std::string evidence =
      result.has_evidence() ? util::markdown_text(*result.response->evidence) : "*(no evidence given)*";
  return fmt::format("  - **{}**: {}\n", input_letter(index), evidence);
}

std::string change_item(const Comparison& comparison, const analysis::RowChange& change) {
  const auto& row = comparison.rows[change.row];
  std::string out = fmt::format("- `{}`: {}; {}\n", row.reference(), describe_score_change(row, change, "–"),
                                change.evidence_changed ? "evidence changed:" : "evidence unchanged");
  if (!change.evidence_changed) return out;
  for (std::size_t i = 0; i < row.results.size(); ++i) out += evidence_item(row, i);
  return out;
}

}  // namespace

std::string render_changes_markdown(const Comparison& comparison) {
  std::string out = "\n## Changes: every row whose score or evidence changed\n\n";
  if (comparison.row_changes.empty())
    return out + "No rows changed: every row has the same score and evidence in each version.\n";
  for (const auto& change : comparison.row_changes) out += change_item(comparison, change);
  return out;
}

}  // namespace coprod::render
