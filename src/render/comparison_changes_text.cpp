// The changes between versions of one review (compare HEAD:F F) as text:
// every row that changed (score, evidence or seen locally), however little.

#include <fmt/format.h>

#include "render/comparison.hpp"
#include "util/escape.hpp"
#include "util/text.hpp"

namespace coprod::render {

namespace {

using analysis::Comparison;

std::string bold(std::string_view text, bool colour) {
  return colour ? fmt::format("\x1b[1m{}\x1b[0m", text) : std::string(text);
}

// "    A: the evidence", its later lines under the evidence; its own line breaks kept.
std::string evidence_lines(const analysis::RowComparison& row, std::size_t index, const CompareTextOptions& options) {
  const auto& result = *row.results[index];
  const std::string evidence =
      result.has_evidence() ? util::terminal_text(*result.response->evidence, true) : "(no evidence given)";
  const auto lines = util::wrap_lines(evidence, options.width > 7 + 20 ? options.width - 7 : 20);
  std::string out = "    " + coloured_input_letter(index, options.colour) + ":";  // the letter, coloured
  for (std::size_t i = 0; i < lines.size(); ++i) {
    out += lines[i].empty() ? "\n" : (i == 0 ? " " : "       ") + lines[i] + '\n';
  }
  return lines.empty() ? out + '\n' : out;
}

std::string change_text(const Comparison& comparison, const analysis::RowChange& change,
                        const CompareTextOptions& options) {
  const auto& row = comparison.rows[change.row];
  std::vector<std::string> phrases = {describe_score_change(row, change)};
  for (auto& phrase : describe_other_changes(row, change)) phrases.push_back(std::move(phrase));
  std::string out =
      "\n" + util::wrap_hanging(fmt::format("{}: {}", row.reference(), util::join(phrases, "; ")), options.width, 2, 4);
  if (!change.evidence_changed) return out;
  for (std::size_t i = 0; i < row.results.size(); ++i) out += evidence_lines(row, i, options);
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
