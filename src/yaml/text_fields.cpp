#include "yaml/text_fields.hpp"

#include <algorithm>
#include <set>

#include "util/text.hpp"

namespace coprod::yaml {

namespace {

const std::set<std::string_view> k_free_text_keys = {"area",       "completed_by", "notes",  "evidence", "surprising",
                                                     "challenging", "learnt",      "priorities", "what",   "owner"};

void collect_starts(const Node& node, std::vector<util::Position>& starts) {
  starts.push_back(node.position);
  for (const auto& item : node.items) collect_starts(item, starts);
  for (const auto& entry : node.entries) {
    starts.push_back(entry.key.position);
    collect_starts(entry.value, starts);
  }
}

struct Walker {
  std::string_view text;
  std::vector<std::string_view> lines;
  std::vector<util::Position> starts;  // every node and key, in file order
  std::vector<TextField> fields;

  void walk(const Node& node, const std::string& path) {
    for (std::size_t i = 0; i < node.items.size(); ++i) walk(node.items[i], join(path, std::to_string(i)));
    for (const auto& entry : node.entries) {
      const std::string child = join(path, entry.key.text);
      if (entry.value.is_scalar() && k_free_text_keys.contains(entry.key.text)) add(child, entry.value);
      else walk(entry.value, child);
    }
  }

  static std::string join(const std::string& path, const std::string& key) { return path.empty() ? key : path + "." + key; }

  // The lines from the value's start to just before the next node starts.
  void add(const std::string& path, const Node& value) {
    TextField field{path, &value, {}, {}, value.position.line};
    const int first = value.position.line;
    const auto next = std::upper_bound(starts.begin(), starts.end(), value.position, [](const auto& a, const auto& b) {
      return std::pair(a.line, a.column) < std::pair(b.line, b.column);
    });
    const int last = next == starts.end() ? static_cast<int>(lines.size()) : std::max(first, next->line - (next->line > first ? 1 : 0));
    bool block_scalar = false;
    std::size_t block_indent = std::string_view::npos;  // of a block scalar's first text line
    for (int line = first; line <= last && line <= static_cast<int>(lines.size()); ++line) {
      std::string_view content = lines[static_cast<std::size_t>(line - 1)];
      int column = 1;
      if (line == first) {
        const auto start = static_cast<std::size_t>(std::max(0, value.position.column - 1));
        content = start < content.size() ? content.substr(start) : std::string_view();
        column = value.position.column;
        block_scalar = !content.empty() && (content.front() == '|' || content.front() == '>');
      }
      const auto trimmed = util::trim(content);
      if (trimmed.empty()) continue;
      const std::size_t indent = content.find_first_not_of(' ');
      if (line != first && block_scalar && block_indent == std::string_view::npos) block_indent = indent;
      // In a block scalar a line starting with # is text when indented as
      // far as the text; elsewhere (and less indented) it is a comment.
      const bool text_line = block_scalar && indent >= block_indent;
      if (line != first && trimmed.front() == '#' && !text_line) continue;
      field.lines.push_back({line, column, content});
    }
    // A comment may follow a block scalar's indicator, or end a plain or
    // quoted value (on its last line); anywhere else it would be text.
    if (!field.lines.empty()) {
      const TextLine& marker = block_scalar ? field.lines.front() : field.lines.back();
      field.marker_line = marker.line;
      read_marker(marker.text, field);
    }
    fields.push_back(std::move(field));
  }

  static void read_marker(std::string_view line, TextField& field) {
    const auto at = line.find(k_reviewed_marker);
    if (at == std::string_view::npos) return;
    std::string rules(util::trim(line.substr(at + k_reviewed_marker.size())));
    if (rules.empty()) {
      field.reviewed.push_back("*");
      return;
    }
    for (auto& c : rules) c = c == ',' ? ' ' : c;
    for (const auto& word : util::wrap_words(rules, 1)) field.reviewed.push_back(word);
  }
};

}  // namespace

bool TextField::is_reviewed(std::string_view rule) const {
  return std::any_of(reviewed.begin(), reviewed.end(), [rule](const std::string& r) { return r == "*" || r == rule; });
}

std::vector<TextField> find_text_fields(std::string_view text, const Node& root) {
  Walker walker{text, util::split_lines(text), {}, {}};
  collect_starts(root, walker.starts);
  std::sort(walker.starts.begin(), walker.starts.end(),
            [](const auto& a, const auto& b) { return std::pair(a.line, a.column) < std::pair(b.line, b.column); });
  walker.walk(root, "");
  return std::move(walker.fields);
}

}  // namespace coprod::yaml
