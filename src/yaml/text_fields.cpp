#include "yaml/text_fields.hpp"

#include <algorithm>
#include <set>

#include "util/text.hpp"

namespace coprod::yaml {

namespace {

const std::set<std::string_view> k_free_text_keys = {
    "area", "completed_by", "notes", "evidence", "surprising", "challenging", "learnt", "priorities", "what", "owner"};

struct Walker {
  std::string_view text;
  std::vector<model::TextField> fields;

  void walk(const Node& node, const std::string& path) {
    for (std::size_t i = 0; i < node.items.size(); ++i) walk(node.items[i], join(path, std::to_string(i)));
    for (const auto& entry : node.entries) {
      const std::string child = join(path, entry.key.text);
      if (entry.value.is_scalar() && k_free_text_keys.contains(entry.key.text)) add(child, entry.value);
      else walk(entry.value, child);
    }
  }

  static std::string join(const std::string& path, const std::string& key) {
    return path.empty() ? key : path + "." + key;
  }

  // The lines the value is written on (its first from where it starts, the
  // others whole), less blank lines.
  void add(const std::string& path, const Node& value) {
    model::TextField field{path, value.text, value.position, {}, {}, value.position.line};
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
    const bool block_scalar = value.style == Style::literal || value.style == Style::folded;
    if (!field.lines.empty()) field.marker_line = block_scalar ? field.lines.front().line : field.lines.back().line;
    read_marker(value.comment, field);
    fields.push_back(std::move(field));
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

}  // namespace

std::vector<model::TextField> find_text_fields(std::string_view text, const Node& root) {
  Walker walker{text, {}};
  walker.walk(root, "");
  return std::move(walker.fields);
}

}  // namespace coprod::yaml
