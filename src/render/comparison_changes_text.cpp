// The changes between versions of one review (compare HEAD:F F) as text:
// every row that changed (score, evidence or seen locally), however little.

#include <fmt/format.h>

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

// "    A: the evidence", its later lines under the evidence; where names tell
// the inputs apart, "    Working copy:" and the evidence under it, 6 in. Its
// own line breaks kept.
std::string evidence_lines(const analysis::RowComparison& row, std::size_t index, const std::string& name, bool letter,
                           const CompareTextOptions& options) {
  const auto& result = *row.results[index];
  const std::string evidence =
      result.has_evidence() ? util::terminal_text(*result.response->evidence, true) : "(no evidence given)";
  const std::size_t indent = letter ? 7 : 6;
  const auto lines = util::wrap_lines(evidence, options.width > indent + 20 ? options.width - indent : 20);
  std::string out = "    " + coloured_input_name(util::terminal_text(name), index, options.colour) + ":";
  if (!letter) out += '\n';
  for (std::size_t i = 0; i < lines.size(); ++i) {
    out += lines[i].empty() ? "\n" : (i == 0 && letter ? " " : std::string(indent, ' ')) + lines[i] + '\n';
  }
  return lines.empty() && letter ? out + '\n' : out;
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
  const std::vector<std::string> names = input_short_names(comparison.inputs);
  const bool lettered = inputs_lettered(comparison.inputs);
  for (std::size_t i = 0; i < row.results.size(); ++i)
    out += evidence_lines(row, i, lettered ? names[i] : util::capitalised(names[i]), lettered, options);
  return out;
}

}  // namespace

std::string render_changes_text(const Comparison& comparison, const CompareTextOptions& options) {
  std::string out = "\n" + bold(k_changes_heading, options.colour) + "\n";
  if (comparison.row_changes.empty()) return out + util::wrap_hanging(k_no_changes, options.width, 2, 4);
  for (const auto& change : comparison.row_changes) out += change_text(comparison, change, options);
  return out;
}

}  // namespace coprod::render
