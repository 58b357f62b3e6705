#include "yaml/assessment_editor.hpp"

#include <fmt/format.h>

#include "util/text.hpp"
#include "yaml/document.hpp"
#include "yaml/scalar_writer.hpp"
#include "yaml/text_edit.hpp"

namespace coprod::yaml {

namespace {

using Edit = std::pair<TextRange, std::string>;

util::Diagnostic problem(const std::string& source, util::Position position, std::string message) {
  return {util::Severity::error, source, position, std::move(message)};
}

const Entry* find_entry(const Node& mapping, std::string_view key) {
  for (const auto& entry : mapping.entries) {
    if (entry.key.text == key) return &entry;
  }
  return nullptr;
}

std::size_t line_start(std::string_view text, std::size_t offset) {
  const auto newline = text.rfind('\n', offset == 0 ? 0 : offset - 1);
  return offset == 0 || newline == std::string_view::npos ? 0 : newline + 1;
}

std::size_t next_line(std::string_view text, std::size_t offset) {
  const auto newline = text.find('\n', offset);
  return newline == std::string_view::npos ? text.size() : newline + 1;
}

std::size_t indentation(std::string_view line) {
  const auto first = line.find_first_not_of(' ');
  return first == std::string_view::npos ? line.size() : first;
}

// The text of a block-style entry: its key's line and every following line
// that is blank or indented more than the key (a block scalar, a multi-line
// value), less trailing blank lines.
TextRange entry_lines(std::string_view text, const Entry& entry) {
  const std::size_t begin = line_start(text, *offset_of(text, entry.key.position));
  const std::size_t key_indent = static_cast<std::size_t>(entry.key.position.column - 1);
  std::size_t end = next_line(text, begin);
  std::size_t last_content_end = end;
  while (end < text.size()) {
    const std::size_t after = next_line(text, end);
    std::string_view line = text.substr(end, after - end);
    if (util::trim(line).empty()) {
      end = after;
      continue;
    }
    if (indentation(line) <= key_indent) break;
    end = after;
    last_content_end = after;
  }
  return {begin, last_content_end};
}

std::string child_indent(const Entry& row) {
  if (row.value.is_mapping() && !row.value.entries.empty()) {
    return std::string(static_cast<std::size_t>(row.value.entries.front().key.position.column - 1), ' ');
  }
  return std::string(static_cast<std::size_t>(row.key.position.column - 1 + 2), ' ');
}

std::optional<Edit> score_edit(std::string_view text, const Entry& row, const std::string& score, std::string& error) {
  const Entry* entry = row.value.is_mapping() ? find_entry(row.value, "score") : nullptr;
  if (!entry) {
    // Insert a line before the row's first key.
    const std::size_t at = row.value.entries.empty() ? next_line(text, *offset_of(text, row.key.position))
                                                     : line_start(text, *offset_of(text, row.value.entries.front().key.position));
    if (score.empty()) return std::nullopt;
    return Edit{{at, at}, fmt::format("{}score: {}\n", child_indent(row), score)};
  }
  const std::size_t key_end = *offset_of(text, entry->key.position) + entry->key.text.size();
  if (key_end >= text.size() || text[key_end] != ':') {
    error = "the score's key is written in a way coprod cannot edit";
    return std::nullopt;
  }
  if (entry->value.is_null()) {
    if (score.empty()) return std::nullopt;
    return Edit{{key_end + 1, key_end + 1}, " " + score};
  }
  const auto extent = scalar_extent(text, entry->value);
  if (!extent) {
    error = "the score is written over several lines; edit it by hand";
    return std::nullopt;
  }
  if (score.empty()) return Edit{{key_end + 1, extent->end}, ""};
  return Edit{*extent, score};
}

std::optional<Edit> evidence_edit(std::string_view text, const Entry& row, const std::string& evidence) {
  const Entry* entry = row.value.is_mapping() ? find_entry(row.value, "evidence") : nullptr;
  const std::string indent = child_indent(row);
  const std::string field = evidence.empty() ? indent + "evidence:\n" : text_field("evidence", evidence, indent.size());
  if (entry) return Edit{entry_lines(text, *entry), field};
  // After the score line, or after the row's key when it has no score.
  const Entry* score = row.value.is_mapping() ? find_entry(row.value, "score") : nullptr;
  const std::size_t at = score ? entry_lines(text, *score).end : next_line(text, *offset_of(text, row.key.position));
  return Edit{{at, at}, field};
}

}  // namespace

util::Result<std::string> apply_row_edit(std::string_view text, const std::string& source, const RowEdit& edit) {
  auto document = parse_document(text, source);
  if (!document) return document.problems();
  const Node* sections = document->find("sections");
  const Entry* section = sections && sections->is_mapping() ? find_entry(*sections, edit.section_id) : nullptr;
  const Node* rows = section && section->value.is_mapping() ? section->value.find("rows") : nullptr;
  const Entry* row = rows && rows->is_mapping() ? find_entry(*rows, edit.row_id) : nullptr;
  const std::string reference = edit.section_id + "." + edit.row_id;
  if (!row) {
    return problem(source, {0, 0}, fmt::format("the file has no entry for the row '{}'; add it by hand, or start "
                                               "from a complete file made by 'coprod init'",
                                               reference));
  }
  const bool block_style = row->value.is_null() ||
                           (row->value.is_mapping() && (row->value.entries.empty() ||
                                                        row->value.entries.front().key.position.line > row->key.position.line));
  if (!block_style) {
    return problem(source, row->key.position,
                   fmt::format("the row '{}' is written on one line ({{...}}); write it as 'key: value' lines to edit it "
                               "with coprod",
                               reference));
  }
  std::vector<Edit> edits;
  std::string error;
  if (edit.score) {
    if (auto change = score_edit(text, *row, *edit.score, error)) edits.push_back(*change);
    if (!error.empty()) return problem(source, row->key.position, fmt::format("{} ({})", error, reference));
  }
  if (edit.evidence) {
    if (auto change = evidence_edit(text, *row, *edit.evidence)) edits.push_back(*change);
  }
  // Two insertions at the same place keep score before evidence.
  return apply_edits(text, std::move(edits));
}

}  // namespace coprod::yaml
