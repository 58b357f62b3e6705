// The changes between versions of one review (compare HEAD:F F) as
// Markdown: a changed area, perspective or period, then every row that
// changed (score, evidence or seen locally), however little, then every other
// field that changed (sections' notes, reflections...).

#include <fmt/format.h>

#include "analysis/review_versions.hpp"
#include "render/comparison.hpp"
#include "render/input_names.hpp"
#include "util/escape.hpp"
#include "util/text.hpp"

namespace coprod::render {

namespace {

using analysis::Comparison;

// "  - **Working copy**: the text", by the input's short name as the key over
// the report defines it; `none` for a version without text.
std::string version_text_item(const std::optional<std::string>& text, std::string_view none, const std::string& name) {
  return fmt::format("  - **{}**: {}\n", util::markdown_inline_text(util::capitalised(name)),
                     text ? util::markdown_inline_text(*text) : std::string(none));
}

std::string version_text_items(const Comparison& comparison, const std::vector<std::optional<std::string>>& texts,
                               std::string_view none) {
  const std::vector<std::string> names = input_short_names(comparison.inputs);
  std::string out;
  for (std::size_t i = 0; i < texts.size(); ++i) out += version_text_item(texts[i], none, names[i]);
  return out;
}

std::string change_item(const Comparison& comparison, const analysis::RowChange& change) {
  const auto& row = comparison.rows[change.row];
  std::vector<std::string> phrases = {describe_score_change(row, change)};
  for (auto& phrase : describe_other_changes(row, change)) phrases.push_back(std::move(phrase));
  // Its heading in bold, then what changed on a line of its own.
  std::string out = fmt::format("- **{}**<br>{}\n", util::markdown_inline_text(changed_row_heading(comparison, row)),
                                util::capitalised(util::join(phrases, "; ")));
  if (!change.evidence_changed) return out;
  std::vector<std::optional<std::string>> evidence;
  for (const auto& result : row.results)
    evidence.push_back(result->has_evidence() ? result->response->evidence : std::nullopt);
  return out + version_text_items(comparison, evidence, "*(no evidence given)*");
}

// A changed field: its heading in bold, then each version's value, or each version's text as for evidence.
std::string field_change_item(const Comparison& comparison, const analysis::FieldChange& change) {
  const std::string heading = util::markdown_inline_text(changed_field_heading(comparison, change));
  if (is_long_text(change))
    return fmt::format("- **{}**<br>Changed:\n{}", heading,
                       version_text_items(comparison, change.values, fmt::format("*{}*", k_none_written)));
  const auto escape = [](std::string_view text) { return util::markdown_inline_text(text); };
  return fmt::format("- **{}**<br>{}\n", heading, describe_field_values(change, escape));
}

}  // namespace

std::string render_changes_markdown(const Comparison& comparison) {
  std::string out = fmt::format("\n## {}\n\n", k_changes_heading);
  if (comparison.row_changes.empty() && comparison.field_changes.empty())
    return out + fmt::format("{}\n", k_nothing_changed);
  // A corrected area, perspective or period first: it says which review the rest is of.
  for (const auto& change : comparison.field_changes)
    if (analysis::is_review_identity(change)) out += field_change_item(comparison, change);
  for (const auto& change : comparison.row_changes) out += change_item(comparison, change);
  for (const auto& change : comparison.field_changes)
    if (!analysis::is_review_identity(change)) out += field_change_item(comparison, change);
  if (comparison.row_changes.empty()) out += fmt::format("\n{}\n", k_no_row_changed);
  return out;
}

}  // namespace coprod::render
