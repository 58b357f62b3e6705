#include "yaml/comments.hpp"

#include <algorithm>
#include <cstddef>

namespace coprod::yaml {

namespace {

struct Range {
  std::size_t begin = 0;
  std::size_t end = 0;
};

// The byte ranges of every scalar, keys included; a block scalar's range
// starts on the line after its indicator, where a comment may stand.
void collect_scalars(std::string_view text, const Node& node, std::vector<Range>& ranges) {
  if (node.is_scalar()) {
    std::size_t begin = node.begin;
    if (node.style == Style::literal || node.style == Style::folded) {
      const std::size_t newline = text.find('\n', begin);
      begin = newline == std::string_view::npos ? node.end : newline + 1;
    }
    if (begin < node.end) ranges.push_back({begin, node.end});
  }
  for (const auto& item : node.items) collect_scalars(text, item, ranges);
  for (const auto& entry : node.entries) {
    collect_scalars(text, entry.key, ranges);
    collect_scalars(text, entry.value, ranges);
  }
}

model::TextLine comment_at(std::string_view text, std::size_t hash, std::size_t line_start, int line) {
  std::size_t end = std::min(text.find('\n', hash), text.size());
  if (end > hash + 1 && text[end - 1] == '\r') --end;
  return {line, static_cast<int>(hash - line_start) + 2, std::string(text.substr(hash + 1, end - hash - 1))};
}

}  // namespace

std::vector<model::TextLine> find_comments(std::string_view text, const Node& root) {
  std::vector<Range> scalars;
  collect_scalars(text, root, scalars);
  std::sort(scalars.begin(), scalars.end(), [](const Range& a, const Range& b) { return a.begin < b.begin; });
  std::vector<model::TextLine> comments;
  auto scalar = scalars.begin();
  int line = 1;
  std::size_t line_start = text.starts_with("\xEF\xBB\xBF") ? 3 : 0;  // a byte-order mark
  bool in_comment = false;
  for (std::size_t pos = 0; pos < text.size(); ++pos) {
    while (scalar != scalars.end() && scalar->end <= pos) ++scalar;
    const char c = text[pos];
    if (c == '\n') {
      ++line;
      line_start = pos + 1;
      in_comment = false;
    } else if (c == '#' && !in_comment && (scalar == scalars.end() || pos < scalar->begin) &&
               (pos == line_start || text[pos - 1] == ' ' || text[pos - 1] == '\t')) {
      comments.push_back(comment_at(text, pos, line_start, line));
      in_comment = true;
    }
  }
  return comments;
}

}  // namespace coprod::yaml
