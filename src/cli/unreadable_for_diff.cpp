#include "cli/unreadable_for_diff.hpp"

#include <algorithm>
#include <optional>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include "analysis/scoring.hpp"
#include "cli/files.hpp"
#include "render/scores.hpp"
#include "util/escape.hpp"
#include "util/text.hpp"
#include "yaml/assessment_loader.hpp"
#include "yaml/document.hpp"
#include "yaml/text_fields.hpp"

namespace coprod::cli {

namespace {

// Rounds of leaving values out (an error can hide another behind it).
constexpr int k_most_rounds = 10;

using Range = std::pair<std::size_t, std::size_t>;  // bytes [first, second)

// What to leave out for an error at `position`: the value there, or the
// whole entry when the error is at its key; nullopt when no value is there.
std::optional<Range> range_at(const yaml::Node& root, const util::Position& position) {
  std::optional<Range> found;
  yaml::for_each_node(root, [&](const yaml::Node& node) {
    for (const auto& entry : node.entries) {
      if (found) return;
      if (entry.key.position == position) found = Range{entry.key.begin, std::max(entry.key.end, entry.value.end)};
      else if (entry.value.is_scalar() && entry.value.position == position)
        found = Range{entry.value.begin, entry.value.end};
    }
  });
  return found;
}

// The text with `range` blanked: only its line breaks stay, so every line
// keeps its number.
void blank(std::string& text, const Range& range) {
  std::string kept;
  for (std::size_t i = range.first; i < range.second && i < text.size(); ++i)
    if (text[i] == '\n') kept += '\n';
  text.replace(range.first, std::min(range.second, text.size()) - range.first, kept);
}

// Line `number` (from 1) of `text`, trimmed.
std::string line_of(std::string_view text, int number) {
  for (int line = 1; line < number; ++line) {
    const auto end = text.find('\n');
    if (end == std::string_view::npos) return {};
    text.remove_prefix(end + 1);
  }
  return std::string(util::trim(text.substr(0, text.find('\n'))));
}

// The summary without the values the errors point at, under a line for
// each; nullopt when an error points at no value, or the file still cannot
// be read.
std::optional<std::string> summary_without_errors(const std::string& text, const std::string& path,
                                                  const model::FrameworkCatalog& catalog) {
  std::string current = text;
  std::string notes;
  for (int round = 0; round < k_most_rounds; ++round) {
    const auto tree = yaml::parse_document(current, path);
    if (!tree) return std::nullopt;
    auto loaded = yaml::load_assessment(*tree, path, catalog);
    if (loaded) {
      if (notes.empty()) return std::nullopt;
      return notes + render::render_score_diff_item(
                         analysis::score_assessment(std::move(loaded->framework), std::move(loaded->assessment)),
                         yaml::find_text_fields(current, *tree));
    }
    std::vector<Range> ranges;
    for (const auto& problem : loaded.problems()) {
      if (problem.severity != util::Severity::error) continue;
      const auto range = range_at(*tree, problem.position);
      if (!range || range->first >= range->second) return std::nullopt;
      ranges.push_back(*range);
      notes += util::terminal_text(fmt::format("# coprod could not read this file: line {}: {}; left out below: {}",
                                               problem.position.line, problem.message,
                                               line_of(text, problem.position.line))) +
               "\n";
    }
    if (ranges.empty()) return std::nullopt;
    std::sort(ranges.begin(), ranges.end(), [](const Range& a, const Range& b) { return a.first > b.first; });
    for (const auto& range : ranges) blank(current, range);
  }
  return std::nullopt;
}

}  // namespace

std::string unreadable_file_for_diff(const std::string& path, const Error& error,
                                     const model::FrameworkCatalog& catalog) {
  const std::string reason = error.diagnostics().empty() ? error.what() : error.diagnostics().front().message;
  const auto text = read_input_file(path);
  const bool binary = text && (text->find('\0') != std::string::npos || util::find_invalid_utf8(*text));
  if (binary) {
    return util::terminal_text(fmt::format("# coprod could not read this file ({}); it is not text ({} bytes), so "
                                           "it is not shown",
                                           reason, text->size())) +
           "\n";
  }
  if (text) {
    if (auto summary = summary_without_errors(*text, path, catalog)) return *summary;
  }
  std::string out =
      util::terminal_text(fmt::format("# coprod could not read this file ({}); showing it as it is", reason)) + "\n";
  if (text) out += util::terminal_text(*text, true);
  if (!out.ends_with('\n')) out += '\n';
  return out;
}

}  // namespace coprod::cli
