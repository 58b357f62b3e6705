// The changes between versions of one review (compare HEAD:F F) as text: a
// changed area, perspective or period, then every row that changed (score,
// evidence or seen locally), however little, then every other field that
// changed (sections' notes, reflections...).

#include <fmt/format.h>

#include "analysis/review_versions.hpp"
#include "render/comparison.hpp"
#include "render/input_names.hpp"
#include "util/escape.hpp"
#include "util/text.hpp"

namespace coprod::render {

namespace {

using analysis::Comparison;

std::string bold(std::string_view text, bool colour) {
  return colour ? fmt::format("\x1b[1m{}\x1b[0m", text) : std::string(text);
}

// "    A: the text", its later lines under the text; where names tell the
// inputs apart, "    Working copy:" and the text under it, 6 in. Its own line
// breaks kept. `none`: what stands for a version without text.
std::string version_text_lines(const std::optional<std::string>& text, std::string_view none, std::size_t index,
                               const std::string& name, bool letter, const CompareTextOptions& options) {
  const std::string shown = text ? util::terminal_text(*text, true) : std::string(none);
  const std::size_t indent = letter ? 7 : 6;
  const auto lines = util::wrap_lines(shown, options.width > indent + 20 ? options.width - indent : 20);
  std::string out = "    " + coloured_input_name(util::terminal_text(name), index, options.colour) + ":";
  if (!letter) out += '\n';
  for (std::size_t i = 0; i < lines.size(); ++i) {
    out += lines[i].empty() ? "\n" : (i == 0 && letter ? " " : std::string(indent, ' ')) + lines[i] + '\n';
  }
  return lines.empty() && letter ? out + '\n' : out;
}

// Each version's text, named as the key over the report names it.
std::string versions_text_lines(const Comparison& comparison, const std::vector<std::optional<std::string>>& texts,
                                std::string_view none, const CompareTextOptions& options) {
  const std::vector<std::string> names = input_short_names(comparison.inputs);
  const bool lettered = inputs_lettered(comparison.inputs);
  std::string out;
  for (std::size_t i = 0; i < texts.size(); ++i)
    out += version_text_lines(texts[i], none, i, lettered ? names[i] : util::capitalised(names[i]), lettered, options);
  return out;
}

std::string change_text(const Comparison& comparison, const analysis::RowChange& change,
                        const CompareTextOptions& options) {
  const auto& row = comparison.rows[change.row];
  std::vector<std::string> phrases = {describe_score_change(row, change)};
  for (auto& phrase : describe_other_changes(row, change)) phrases.push_back(std::move(phrase));
  // Its heading, then what changed on a line of its own.
  std::string out = "\n" +
                    util::wrap_hanging(util::terminal_text(changed_row_heading(comparison, row)), options.width, 2, 4) +
                    util::wrap_hanging(util::capitalised(util::join(phrases, "; ")), options.width, 4, 6);
  if (!change.evidence_changed) return out;
  std::vector<std::optional<std::string>> evidence;
  for (const auto& result : row.results)
    evidence.push_back(result->has_evidence() ? result->response->evidence : std::nullopt);
  return out + versions_text_lines(comparison, evidence, "(no evidence given)", options);
}

// A changed field: its heading, then each version's value on a line, or each
// version's text under its name as for evidence.
std::string field_change_text(const Comparison& comparison, const analysis::FieldChange& change,
                              const CompareTextOptions& options) {
  std::string out =
      "\n" + util::wrap_hanging(util::terminal_text(changed_field_heading(comparison, change)), options.width, 2, 4);
  if (is_long_text(change))
    return out + "    Changed:\n" + versions_text_lines(comparison, change.values, k_none_written, options);
  const auto escape = [](std::string_view text) { return util::terminal_text(text); };
  return out + util::wrap_hanging(describe_field_values(change, escape), options.width, 4, 6);
}

}  // namespace

std::string render_changes_text(const Comparison& comparison, const CompareTextOptions& options) {
  std::string out = "\n" + bold(k_changes_heading, options.colour) + "\n";
  if (comparison.row_changes.empty() && comparison.field_changes.empty())
    return out + util::wrap_hanging(k_nothing_changed, options.width, 2, 4);
  // A corrected area, perspective or period first: it says which review the rest is of.
  for (const auto& change : comparison.field_changes)
    if (analysis::is_review_identity(change)) out += field_change_text(comparison, change, options);
  for (const auto& change : comparison.row_changes) out += change_text(comparison, change, options);
  for (const auto& change : comparison.field_changes)
    if (!analysis::is_review_identity(change)) out += field_change_text(comparison, change, options);
  if (comparison.row_changes.empty()) out += "\n" + util::wrap_hanging(k_no_row_changed, options.width, 2, 4);
  return out;
}

}  // namespace coprod::render
