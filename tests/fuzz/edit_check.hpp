#pragma once
// The property every in-place edit must have, checked on any YAML text: the
// fuzz target fuzz_edit and the unit test "in-place edits keep the rest of
// the file" both call check_edits().
//
// From the text's own bytes (so a given input always makes the same
// changes), it picks up to three values of the file, and for each either
// writes a new value (awkward ones: a ' #', a leading quote, several lines,
// a null word, ...), clears it, removes its entry, or adds a new key beside
// it; then it calls yaml::change_values(). Refusing is always allowed. If the
// edit is made, then, checked independently of change_values()'s own check:
//   - the edited text parses to the tree returned;
//   - each changed value reads back as written, every other value as before;
//   - no comment is lost unless its entry was removed (a '# coprod: reviewed'
//     mark goes with the free text it vouched for), the byte-order mark
//     and the line endings (all CRLF or none) are kept.
// Returns whether the edit was made and what went wrong, if anything.

#include <algorithm>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/text_field.hpp"
#include "util/text.hpp"
#include "yaml/document.hpp"
#include "yaml/text_fields.hpp"
#include "yaml/tree_edit.hpp"

namespace coprod::test {

namespace edit_check_detail {

using Path = std::vector<std::string>;

// Every scalar or empty value reached through mappings only, by its path of keys.
inline void collect_values(const yaml::Node& node, Path& path, std::map<Path, const yaml::Node*>& values) {
  for (const auto& entry : node.entries) {
    path.push_back(entry.key.text);
    if (entry.value.is_scalar() || entry.value.is_null()) values[path] = &entry.value;
    else collect_values(entry.value, path, values);
    path.pop_back();
  }
}

inline std::map<Path, const yaml::Node*> values_of(const yaml::Node& root) {
  std::map<Path, const yaml::Node*> values;
  Path path;
  collect_values(root, path, values);
  return values;
}

inline std::vector<std::string> comment_texts(std::string_view text, const yaml::Node& root) {
  std::vector<std::string> texts;
  for (const auto& comment : yaml::find_comments(text, root)) texts.push_back(comment.text);
  std::sort(texts.begin(), texts.end());
  return texts;
}

inline bool has_bare_line_feed(std::string_view text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n' && (i == 0 || text[i - 1] != '\r')) return true;
  }
  return false;
}

// A small deterministic generator seeded from the text.
class Choices {
 public:
  explicit Choices(std::string_view text) {
    for (const char c : text) m_state = (m_state ^ static_cast<unsigned char>(c)) * 0x100000001B3ULL;
    if (m_state == 0) m_state = 1;
  }
  std::size_t next(std::size_t bound) {
    m_state ^= m_state << 13;
    m_state ^= m_state >> 7;
    m_state ^= m_state << 17;
    return bound == 0 ? 0 : static_cast<std::size_t>(m_state % bound);
  }

 private:
  std::uint64_t m_state = 0xCBF29CE484222325ULL;
};

inline const std::vector<std::string>& awkward_texts() {
  static const std::vector<std::string> texts = {
      "Agreed at the September meeting.",
      "We held 3 meetings # of 4 planned",
      "'Quoted' at the start",
      "\"Double\" at the start",
      "First line\nSecond line",
      "First line\n\nafter an empty line",
      "Ends with a space ",
      "null",
      "~",
      "key: value",
      "- a dash",
      "caf\u00e9 \u2014 UTF-8",
      "[not a list]",
      "tab\there",
      "#hash first",
      "  leading spaces",
      "line\nending with a break\n",
  };
  return texts;
}

inline const std::vector<std::string>& words() {
  static const std::vector<std::string> list = {"4", "2.5", "n/a", "true", "false", "2026-09-30", "0"};
  return list;
}

struct Plan {
  std::vector<yaml::ValueChange> changes;
  std::map<Path, std::optional<std::string>> expected;  // the value each changed path must read back as
  std::vector<Path> new_parents;                        // empty values that get a first key of their own
  bool removes = false;
};

inline bool is_new_parent(const Plan& plan, const Path& path) {
  return std::find(plan.new_parents.begin(), plan.new_parents.end(), path) != plan.new_parents.end();
}

inline Plan plan_changes(std::string_view text, const std::map<Path, const yaml::Node*>& values) {
  Plan plan;
  if (values.empty()) return plan;
  std::vector<Path> paths;
  for (const auto& [path, node] : values) paths.push_back(path);
  Choices choose(text);
  const std::size_t count = 1 + choose.next(3);
  for (std::size_t i = 0; i < count; ++i) {
    Path path = paths[choose.next(paths.size())];
    yaml::ValueChange change;
    switch (choose.next(5)) {
      case 0:  // a word, written as given
        change.value = words()[choose.next(words().size())];
        break;
      case 1:  // cleared
        change.value = "";
        change.form = yaml::ValueChange::Form::text;
        break;
      case 2:  // removed
        change.value = std::nullopt;
        break;
      case 3:  // a new key beside it, or under it when it is empty
        if (values.at(path)->is_null() && choose.next(2) == 0) {
          if (plan.expected.contains(path)) continue;  // already changed
          plan.new_parents.push_back(path);
          path.push_back("new_key");
        } else {
          change.after = {path.back()};
          path.back() = "new_key";
        }
        [[fallthrough]];
      default:  // free text
        change.value = awkward_texts()[choose.next(awkward_texts().size())];
        change.form = yaml::ValueChange::Form::text;
        break;
    }
    // One change per value, and none to a value that gets keys of its own.
    if (plan.expected.contains(path) || is_new_parent(plan, path)) continue;
    change.path = path;
    plan.removes = plan.removes || !change.value;
    plan.expected[path] = change.value;
    plan.changes.push_back(std::move(change));
  }
  return plan;
}

// The comments of the text before the edit as they must be after it: each
// as it was, less the '# coprod: reviewed' mark of free text changed.
inline std::vector<std::string> expected_comments(std::string_view text, const yaml::Node& original, const Plan& plan) {
  auto comments = comment_texts(text, original);
  const auto before = values_of(original);
  for (const auto& change : plan.changes) {
    const auto old = before.find(change.path);
    if (change.form != yaml::ValueChange::Form::text || old == before.end() || !change.value ||
        *change.value == old->second->text)
      continue;
    const std::string& comment = old->second->comment;  // '#' included; comment_texts() leaves it out
    const auto mark = comment.find(model::k_reviewed_marker);
    const auto at =
        std::find(comments.begin(), comments.end(), comment.substr(std::min<std::size_t>(1, comment.size())));
    if (mark == std::string::npos || at == comments.end()) continue;
    std::string kept = comment.substr(1, mark == 0 ? 0 : mark - 1);
    while (!kept.empty() && (kept.back() == ' ' || kept.back() == '\t')) kept.pop_back();
    if (mark == 0) comments.erase(at);
    else *at = kept;
  }
  std::sort(comments.begin(), comments.end());
  return comments;
}

}  // namespace edit_check_detail

inline std::optional<std::string> check_edited(std::string_view text, const yaml::Node& original,
                                               const edit_check_detail::Plan& plan, const yaml::EditedText& edited) {
  using namespace edit_check_detail;
  const auto before = values_of(original);

  const auto reparsed = yaml::parse_document(edited.text, "edit.yaml");
  if (!reparsed.ok() || !(*reparsed == edited.root)) return "the edited text does not parse to the tree returned";
  const auto after = values_of(*reparsed);
  for (const auto& [path, value] : plan.expected) {
    const auto found = after.find(path);
    if (!value) {
      if (found != after.end()) return "the removed entry " + util::join(path, ".") + " is still there";
      continue;
    }
    if (found == after.end()) return util::join(path, ".") + " is missing after it was set";
    const bool reads_back = value->empty() ? found->second->is_null() : found->second->text == *value;
    if (!reads_back)
      return util::join(path, ".") + " reads back as '" + found->second->text + "', not '" + *value + "'";
  }
  for (const auto& [path, node] : before) {
    if (plan.expected.contains(path) || is_new_parent(plan, path)) continue;
    const auto found = after.find(path);
    if (found == after.end()) return util::join(path, ".") + " disappeared";
    if (found->second->kind != node->kind || found->second->text != node->text)
      return util::join(path, ".") + " changed";
  }
  if (!plan.removes && expected_comments(text, original, plan) != comment_texts(edited.text, *reparsed))
    return "a comment was lost or changed";
  const bool had_mark = text.starts_with("\xEF\xBB\xBF");
  if (had_mark != std::string_view(edited.text).starts_with("\xEF\xBB\xBF")) return "the byte-order mark changed";
  if (text.find('\n') != std::string_view::npos && !has_bare_line_feed(text) && has_bare_line_feed(edited.text))
    return "a file with CRLF line endings got a line ending in LF alone";
  if (text.find("\r\n") == std::string_view::npos && edited.text.find("\r\n") != std::string::npos)
    return "a file with LF line endings got a line ending in CRLF";
  return std::nullopt;
}

struct EditCheck {
  bool made = false;                   // false when there was nothing to edit or the edit was refused
  std::optional<std::string> problem;  // what went wrong when it was made
};

inline EditCheck check_edits(std::string_view text) {
  const auto parsed = yaml::parse_document(text, "edit.yaml");
  if (!parsed.ok()) return {};
  const auto plan = edit_check_detail::plan_changes(text, edit_check_detail::values_of(*parsed));
  if (plan.changes.empty()) return {};
  const auto edited = yaml::change_values(text, *parsed, "edit.yaml", plan.changes);
  if (!edited.ok()) return {};  // refused: the file is left as it was
  return {true, check_edited(text, *parsed, plan, *edited)};
}

}  // namespace coprod::test
