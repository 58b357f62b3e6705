#include "yaml/assessment_editor.hpp"

#include <cstdlib>
#include <map>
#include <set>

#include <fmt/format.h>

#include "util/escape.hpp"
#include "util/text.hpp"
#include "yaml/document.hpp"
#include "yaml/text_fields.hpp"

namespace coprod::yaml {

namespace {

using Form = ValueChange::Form;

// What the mapping at `path` is called in messages: "the row 'contact.reach'".
std::string place_name(const std::vector<std::string>& path) {
  if (path.empty()) return dotted_name(path);
  const bool in_sections = path.front() == "sections";
  if (in_sections && path.size() == 2) return fmt::format("the section '{}'", path[1]);
  if (in_sections && path.size() == 3) return fmt::format("'rows' of the section '{}'", path[1]);
  if (in_sections && path.size() == 4) return fmt::format("the row '{}.{}'", path[1], path[3]);
  return fmt::format("'{}'", path.back());
}

// Removes the field `key` (by default its spread) of `mapping`, which is at `path`, if it has one.
void remove_field(const Node& mapping, std::vector<std::string> path, std::vector<ValueChange>& changes,
                  const std::string& key = "spread") {
  if (!mapping.find(key)) return;
  path.push_back(key);
  changes.push_back({std::move(path), std::nullopt, Form::word, {}});
}

// Removes every spread, the sections' and the rows', and the rows' counts of people who see each sign.
void remove_spreads(const Node& root, std::vector<ValueChange>& changes) {
  const Node* sections = root.find("sections");
  if (!sections) return;
  for (const auto& section : sections->entries) {
    remove_field(section.value, {"sections", section.key.text}, changes);
    const Node* rows = section.value.find("rows");
    if (!rows) continue;
    for (const auto& row : rows->entries) {
      remove_field(row.value, {"sections", section.key.text, "rows", row.key.text}, changes);
      remove_field(row.value, {"sections", section.key.text, "rows", row.key.text}, changes, "seen_by");
    }
  }
}

// Whether the row's score is `score` as the file writes it (3.50 is 3.5).
bool has_score(const Node& row, const std::string& score) {
  const Node* written = row.find("score");
  const std::string text = written && written->is_scalar() && !written->quoted() ? written->text : "";
  if (text == score) return true;
  return util::is_plain_number(text) && util::is_plain_number(score) &&
         std::strtod(text.c_str(), nullptr) == std::strtod(score.c_str(), nullptr);
}

// The key of a row's `seen_by` that counts the sign `field` answers for:
// "indicator" for indicator_seen, "warning" for warning_seen; "" for other fields.
std::string seen_count_key(const std::string& field) {
  if (field == "indicator_seen") return "indicator";
  if (field == "warning_seen") return "warning";
  return "";
}

// Takes the counts `keys` out of the row's `seen_by` (at `row_path`), the
// others kept as they were: one entry fewer in a `seen_by:` of lines, the
// mapping written again without them when it is on one line, as coprod
// combine writes it ({indicator: 1 of 3, warning: 1 of 3}); `seen_by`
// itself when no count is left.
void remove_seen_counts(const Node& row, const std::vector<std::string>& row_path, const std::set<std::string>& keys,
                        std::vector<ValueChange>& changes) {
  const Node* seen_by = row.find("seen_by");
  if (!seen_by) return;
  std::vector<std::string> kept;
  for (const auto& entry : seen_by->entries)
    if (!keys.contains(entry.key.text)) kept.push_back(entry.key.text + ": " + entry.value.text);
  if (kept.size() == seen_by->entries.size()) return;
  if (kept.empty()) return remove_field(row, row_path, changes, "seen_by");
  std::vector<std::string> path = row_path;
  path.push_back("seen_by");
  if (seen_by->style == Style::flow) {
    changes.push_back({path, "{" + util::join(kept, ", ") + "}", Form::flow, {}});
    return;
  }
  for (const auto& key : keys) remove_field(*seen_by, path, changes, key);
}

// For each row `more` gives a new answer to whether a sign is seen, removes
// the count of people who see that sign ('seen_by', written by coprod
// combine), which gave the old answer; the other sign's count stays.
void remove_seen_counts(const Node& root, const std::vector<ValueChange>& more, std::vector<ValueChange>& changes) {
  std::map<std::vector<std::string>, std::set<std::string>> dropped;  // by row, the counts to take out
  for (const auto& change : more) {
    const auto& path = change.path;
    if (path.size() != 5 || seen_count_key(path[4]).empty()) continue;
    const std::vector<std::string> row_path(path.begin(), path.end() - 1);
    const Node* row = root.find_path(row_path);
    const Node* seen = row ? row->find(path[4]) : nullptr;
    if (row && (!seen || seen->text != change.value.value_or(""))) dropped[row_path].insert(seen_count_key(path[4]));
  }
  for (const auto& [row_path, keys] : dropped) remove_seen_counts(*root.find_path(row_path), row_path, keys, changes);
}

}  // namespace

std::optional<util::Diagnostic> row_not_editable(const Node& root, const std::string& source,
                                                 const std::string& section_id, const std::string& row_id) {
  return mapping_not_editable(root, {"sections", section_id, "rows", row_id}, source, place_name);
}

util::Result<EditedText> apply_row_edits(std::string_view text, const Node& root, const std::string& source,
                                         const std::vector<RowEdit>& edits, const std::vector<ValueChange>& more) {
  std::vector<ValueChange> changes;
  for (const auto& edit : edits) {
    const auto path = [&](const std::string& key) {
      return std::vector<std::string>{"sections", edit.section_id, "rows", edit.row_id, key};
    };
    if (auto why = row_not_editable(root, source, edit.section_id, edit.row_id)) return *why;
    const Node& section = *root.find("sections")->find(edit.section_id);
    const Node& row = *section.find("rows")->find(edit.row_id);
    if (edit.score && !has_score(row, *edit.score)) {
      changes.push_back({path("score"), *edit.score, Form::word, {}});
      remove_field(row, {"sections", edit.section_id, "rows", edit.row_id}, changes);
      remove_field(section, {"sections", edit.section_id}, changes);
    }
    if (edit.evidence) changes.push_back({path("evidence"), *edit.evidence, Form::text, {"score"}});
  }
  remove_seen_counts(root, more, changes);
  changes.insert(changes.end(), more.begin(), more.end());
  return change_values(text, root, source, changes, place_name);
}

namespace {

constexpr std::string_view k_schema_comment = " yaml-language-server: $schema=";

// The comment on the file's first line, if it is the schema line.
std::optional<model::TextLine> schema_comment(std::string_view text, const Node& root) {
  const auto comments = find_comments(text, root);
  if (comments.empty() || comments.front().line != 1 || comments.front().column != 2 ||
      !comments.front().text.starts_with(k_schema_comment))
    return std::nullopt;  // a line of its own, '#' in column 1
  return comments.front();
}

// The text with its schema line pointing at `schema` (a new first line when
// it has none), or without it when "".
std::string with_schema_line(std::string text, const Node& root, const std::string& schema) {
  const auto comment = schema_comment(text, root);
  const std::size_t start = text.starts_with(k_byte_order_mark) ? k_byte_order_mark.size() : 0;
  const std::string line = "#" + std::string(k_schema_comment) + schema;
  if (!comment) {
    if (schema.empty()) return text;
    const std::size_t first_break = text.find('\n');
    const bool crlf = first_break != std::string::npos && first_break > 0 && text[first_break - 1] == '\r';
    return text.insert(start, line + (crlf ? "\r\n" : "\n"));
  }
  const std::size_t begin = start + static_cast<std::size_t>(comment->column - 2);  // its '#'
  const std::size_t end = begin + 1 + comment->text.size();
  if (!schema.empty()) return text.replace(begin, end - begin, line);
  const std::size_t line_end = text.find('\n', end);
  return text.erase(begin, line_end == std::string::npos ? std::string::npos : line_end + 1 - begin);
}

}  // namespace

std::optional<std::string> schema_location_of(std::string_view text, const Node& root) {
  const auto comment = schema_comment(text, root);
  if (!comment) return std::nullopt;
  return std::string(util::trim(comment->text.substr(k_schema_comment.size())));
}

util::Result<std::string> carry_forward(std::string_view previous_text, const Node& previous, const std::string& source,
                                        const model::Period& next_period, const std::optional<std::string>& schema) {
  std::vector<ValueChange> changes = {{{"period"}, next_period.to_string(), Form::word, {}}};
  if (previous.find("combined_from")) changes.push_back({{"combined_from"}, std::nullopt, Form::word, {}});
  remove_spreads(previous, changes);
  if (const Node* reflections = previous.find("reflections")) {
    for (const auto& entry : reflections->entries)
      changes.push_back({{"reflections", entry.key.text}, "", Form::text, {}});
  }
  auto edited = change_values(previous_text, previous, source, changes, place_name);
  if (!edited) return edited.problems();
  if (!schema) return std::move(edited->text);
  std::string text = with_schema_line(std::move(edited->text), edited->root, *schema);
  auto reparsed = parse_document(text, source);  // only a comment line changed, so nothing else may have
  if (!reparsed || !same_values(*reparsed, edited->root))
    return util::Diagnostic{util::Severity::error, source, {1, 1}, "the schema line could not be changed in place"};
  return text;
}

}  // namespace coprod::yaml
