#include "yaml/text_edit.hpp"

#include <algorithm>

#include "util/text.hpp"

namespace coprod::yaml {

std::optional<std::size_t> offset_of(std::string_view text, util::Position position) {
  if (position.line < 1 || position.column < 1) return std::nullopt;
  std::size_t offset = 0;
  for (int line = 1; line < position.line; ++line) {
    const auto newline = text.find('\n', offset);
    if (newline == std::string_view::npos) return std::nullopt;
    offset = newline + 1;
  }
  offset += static_cast<std::size_t>(position.column - 1);
  if (offset > text.size()) return std::nullopt;
  return offset;
}

std::optional<TextRange> scalar_extent(std::string_view text, const Node& scalar) {
  if (!scalar.is_scalar()) return std::nullopt;
  const auto begin = offset_of(text, scalar.position);
  if (!begin || *begin >= text.size()) return std::nullopt;
  const auto line_end = std::min(text.find('\n', *begin), text.size());
  const char first = text[*begin];
  if (first == '"' || first == '\'') {
    for (std::size_t i = *begin + 1; i < line_end; ++i) {
      if (first == '"' && text[i] == '\\') {
        ++i;
      } else if (text[i] == first) {
        if (first == '\'' && i + 1 < line_end && text[i + 1] == '\'') {
          ++i;
        } else {
          return TextRange{*begin, i + 1};
        }
      }
    }
    return std::nullopt;  // the quoted value continues on the next line
  }
  if (first == '|' || first == '>') return std::nullopt;
  if (text.substr(*begin, scalar.text.size()) != scalar.text) return std::nullopt;
  const std::size_t end = *begin + scalar.text.size();
  // A plain scalar that continues on the next line would not match above.
  const auto rest = util::trim(text.substr(end, line_end - end));
  if (!rest.empty() && rest.front() != '#') return std::nullopt;
  return TextRange{*begin, end};
}

std::optional<TextRange> top_level_entry_extent(std::string_view text, const Node& root, std::string_view key) {
  if (!root.is_mapping()) return std::nullopt;
  for (std::size_t i = 0; i < root.entries.size(); ++i) {
    if (root.entries[i].key.text != key) continue;
    const auto begin = offset_of(text, {root.entries[i].key.position.line, 1});
    if (!begin) return std::nullopt;
    std::size_t end = text.size();
    if (i + 1 < root.entries.size()) {
      end = offset_of(text, {root.entries[i + 1].key.position.line, 1}).value_or(text.size());
      // Leave the comments and blank lines that lead into the next key.
      while (end > *begin) {
        const auto previous_start = text.rfind('\n', end >= 2 ? end - 2 : 0);
        const std::size_t line_start = previous_start == std::string_view::npos ? 0 : previous_start + 1;
        const auto line = util::trim(text.substr(line_start, end - line_start));
        if (line_start <= *begin || !(line.empty() || line.front() == '#')) break;
        end = line_start;
      }
    }
    return TextRange{*begin, end};
  }
  return std::nullopt;
}

std::string apply_edits(std::string_view text, std::vector<std::pair<TextRange, std::string>> edits) {
  std::stable_sort(edits.begin(), edits.end(), [](const auto& a, const auto& b) { return a.first.begin < b.first.begin; });
  std::string out;
  std::size_t cursor = 0;
  for (const auto& [range, replacement] : edits) {
    out.append(text.substr(cursor, range.begin - cursor));
    out += replacement;
    cursor = range.end;
  }
  out.append(text.substr(cursor));
  return out;
}

}  // namespace coprod::yaml
