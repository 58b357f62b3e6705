#include "yaml/text_fields.hpp"

#include <algorithm>
#include <cstddef>
#include <set>

#include "util/text.hpp"

namespace coprod::yaml {

namespace {

const std::set<std::string_view> k_free_text_keys = {
    "area", "completed_by", "notes", "evidence", "surprising", "challenging", "learnt", "priorities", "what", "owner"};

// Lists whose items are each free text.
const std::set<std::string_view> k_free_text_lists = {"asks_of_the_board"};

struct Walker {
  std::string_view text;
  std::vector<model::TextField> fields;

  void walk(const Node& node, const std::string& path) {
    for (std::size_t i = 0; i < node.items.size(); ++i) walk(node.items[i], join(path, std::to_string(i)));
    for (const auto& entry : node.entries) {
      const std::string child = join(path, entry.key.text);
      if (entry.value.is_scalar() && k_free_text_keys.contains(entry.key.text)) add(child, entry.value);
      else if (entry.value.is_sequence() && k_free_text_lists.contains(entry.key.text)) add_items(child, entry.value);
      else walk(entry.value, child);
    }
  }

  // Each text item of a list of free texts ('asks_of_the_board.0').
  void add_items(const std::string& path, const Node& list) {
    for (std::size_t i = 0; i < list.items.size(); ++i) {
      if (list.items[i].is_scalar()) add(join(path, std::to_string(i)), list.items[i]);
    }
  }

  static std::string join(const std::string& path, const std::string& key) {
    return path.empty() ? key : path + "." + key;
  }

  // The lines the value is written on (its first from where it starts, the
  // others whole), less blank lines.
  void add(const std::string& path, const Node& value) {
    model::TextField field{path, value.text, value.position, {}, {}, value.position.line, {}};
    std::size_t start = std::min(value.begin, text.size());
    int column = value.position.column;
    for (int line = value.position.line;; ++line) {
      const auto newline = text.find('\n', start);
      const std::size_t end = newline == std::string_view::npos ? text.size() : newline;
      const std::string_view content = text.substr(start, end - start);
      if (!util::trim(content).empty()) field.lines.push_back({line, column, std::string(content)});
      if (newline == std::string_view::npos || newline >= value.end) break;
      start = newline + 1;
      column = 1;
    }
    // A comment may follow a block scalar's indicator, or end a plain or
    // quoted value (on its last line); anywhere else it would be text.
    const bool block_scalar = is_block(value.style);
    if (!field.lines.empty()) field.marker_line = block_scalar ? field.lines.front().line : field.lines.back().line;
    read_marker(value.comment, field);
    if (!field.lines.empty()) field.cut_off = cut_off(value, field.lines.back().line);
    fields.push_back(std::move(field));
  }

  // The comment that cuts the value short, at its '#' (see cut_short_by_comment()).
  model::TextLine cut_off(const Node& value, int line) const {
    if (!cut_short_by_comment(text, value)) return {};
    const std::size_t hash = value.end + 1;
    const std::size_t newline = text.rfind('\n', hash);
    const std::size_t first_line_start = text.starts_with(k_byte_order_mark) ? k_byte_order_mark.size() : 0;
    const std::size_t line_start = newline == std::string_view::npos ? first_line_start : newline + 1;
    return {line, static_cast<int>(hash - line_start) + 1, value.comment};
  }

  static void read_marker(std::string_view line, model::TextField& field) {
    const auto at = line.find(model::k_reviewed_marker);
    if (at == std::string_view::npos) return;
    std::string rules(util::trim(line.substr(at + model::k_reviewed_marker.size())));
    if (rules.empty()) {
      field.reviewed.push_back("*");
      return;
    }
    for (auto& c : rules) c = c == ',' ? ' ' : c;
    for (const auto& word : util::wrap_words(rules, 1)) field.reviewed.push_back(word);
  }
};

struct Range {
  std::size_t begin = 0;
  std::size_t end = 0;
};

model::TextLine comment_at(std::string_view text, std::size_t hash, std::size_t line_start, int line) {
  const std::size_t end = std::min(text.find_first_of("\r\n", hash), text.size());  // YAML ends a line at either
  return {line, static_cast<int>(hash - line_start) + 2, std::string(text.substr(hash + 1, end - hash - 1))};
}

}  // namespace

bool cut_short_by_comment(std::string_view text, const Node& value) {
  return value.is_scalar() && value.style == Style::plain && !value.comment.empty() &&
         text.substr(value.end, 2) == " #" && value.comment.find(model::k_reviewed_marker) == std::string::npos;
}

std::vector<model::TextField> find_text_fields(std::string_view text, const Node& root) {
  Walker walker{text, {}};
  walker.walk(root, "");
  return std::move(walker.fields);
}

std::vector<model::TextLine> find_comments(std::string_view text, const Node& root) {
  // The byte ranges of every scalar, keys included; a block scalar's range
  // starts on the line after its indicator, where a comment may stand.
  std::vector<Range> scalars;
  for_each_node(root, [&](const Node& node) {
    if (!node.is_scalar()) return;
    std::size_t begin = node.begin;
    if (is_block(node.style)) {
      const std::size_t newline = text.find('\n', begin);
      begin = newline == std::string_view::npos ? node.end : newline + 1;
    }
    if (begin < node.end) scalars.push_back({begin, node.end});
  });
  std::sort(scalars.begin(), scalars.end(), [](const Range& a, const Range& b) { return a.begin < b.begin; });
  std::vector<model::TextLine> comments;
  auto scalar = scalars.begin();
  int line = 1;
  std::size_t line_start = text.starts_with(k_byte_order_mark) ? k_byte_order_mark.size() : 0;
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
