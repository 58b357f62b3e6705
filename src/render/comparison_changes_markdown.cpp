// The changes between versions of one review (compare HEAD:F F) as
// Markdown: every row that changed (score, evidence or seen locally), however little.

#include <fmt/format.h>

#include "render/comparison.hpp"
#include "render/input_names.hpp"
#include "util/escape.hpp"
#include "util/text.hpp"

namespace coprod::render {

namespace {

using analysis::Comparison;

// "  - **Working copy**: the evidence", by the input's short name as the key over the report defines it.
std::string evidence_item(const analysis::RowComparison& row, std::size_t index, const std::string& name) {
  const auto& result = *row.results[index];
  const std::string evidence =
      result.has_evidence() ? util::markdown_inline_text(*result.response->evidence) : "*(no evidence given)*";
  return fmt::format("  - **{}**: {}\n", util::markdown_inline_text(util::capitalised(name)), evidence);
}

std::string change_item(const Comparison& comparison, const analysis::RowChange& change) {
  const auto& row = comparison.rows[change.row];
  std::vector<std::string> phrases = {describe_score_change(row, change)};
  for (auto& phrase : describe_other_changes(row, change)) phrases.push_back(std::move(phrase));
  // Its heading in bold, then what changed on a line of its own.
  std::string out = fmt::format("- **{}**<br>{}\n", util::markdown_inline_text(changed_row_heading(comparison, row)),
                                util::capitalised(util::join(phrases, "; ")));
  if (!change.evidence_changed) return out;
  const std::vector<std::string> names = input_short_names(comparison.inputs);
  for (std::size_t i = 0; i < row.results.size(); ++i) out += evidence_item(row, i, names[i]);
  return out;
}

}  // namespace

std::string render_changes_markdown(const Comparison& comparison) {
  std::string out = fmt::format("\n## {}\n\n", k_changes_heading);
  if (comparison.row_changes.empty()) return out + fmt::format("{}\n", k_no_changes);
  for (const auto& change : comparison.row_changes) out += change_item(comparison, change);
  return out;
}

}  // namespace coprod::render
