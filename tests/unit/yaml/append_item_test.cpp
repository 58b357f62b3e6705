#include <doctest/doctest.h>
#include <fmt/format.h>

#include "edit_check.hpp"
#include "test_support.hpp"
#include "yaml/document.hpp"
#include "yaml/tree_edit.hpp"
#include "yaml/yaml_inputs.hpp"

using namespace coprod;

namespace {

// A new action as 'plan --write' writes one: a blank line, a comment, the item at column 2.
const std::string k_item =
    "\n  # 2. Involvement.\n  - id: contact-2\n    what:      # the action agreed\n    sections: [contact]\n";

util::Result<yaml::EditedText> appended(const std::string& file, const std::string& item = k_item) {
  const auto tree = yaml::parse_document(file, "plan.yaml");
  REQUIRE_MESSAGE(tree.ok(), test::first_error(tree.problems()));
  return yaml::append_item(file, *tree, "plan.yaml", {"actions"}, item);
}

std::string appended_ok(const std::string& file, const std::string& item = k_item) {
  auto result = appended(file, item);
  REQUIRE_MESSAGE(result.ok(), test::first_error(result.problems()));
  // The tree returned is the text's, with every item before the new one as it was.
  const auto reparsed = yaml::parse_document(result->text, "plan.yaml");
  REQUIRE(reparsed.ok());
  CHECK(yaml::same_values(result->root, *reparsed));
  const auto before = yaml::parse_document(file, "plan.yaml");
  const yaml::Node& old_list = before->find("actions") ? *before->find("actions") : yaml::Node{};
  const yaml::Node& new_list = *result->root.find("actions");
  REQUIRE(new_list.items.size() == old_list.items.size() + 1);
  for (std::size_t i = 0; i < old_list.items.size(); ++i)
    CHECK(yaml::same_values(old_list.items[i], new_list.items[i]));
  CHECK(new_list.items.back().find("id")->text == "contact-2");
  return result->text;
}

std::string refusal(const std::string& file) {
  auto result = appended(file);
  REQUIRE_FALSE(result.ok());
  return result.problems().front().message;
}

const std::string k_new_lines =
    "\n  # 2. Involvement.\n  - id: contact-2\n    what:      # the action agreed\n    sections: [contact]\n";

}  // namespace

TEST_CASE("append_item adds an item after the last of a block list, keeping every other byte") {
  const std::string head = "\xEF\xBB\xBF# Our plan.\nformat: coprod-plan/1\nactions:\n\n  # 1. Commitment.\n";
  const std::string first = "  - id: commitment-1\n    what: Invite the director  # agreed\n";
  SUBCASE("before what follows the list: a comment, then a key") {
    const std::string tail = "# The end of the actions.\nreflections:\n  learnt: x\n";
    CHECK(appended_ok(head + first + tail) == head + first + k_new_lines + tail);
  }
  SUBCASE("after the last item's own comments, indented past its '-'") {
    const std::string own = "    # more to come\n";
    CHECK(appended_ok(head + first + own + "# after\n") == head + first + own + k_new_lines + "# after\n");
  }
  SUBCASE("at the end of the file, with and without a final line break") {
    CHECK(appended_ok(head + first) == head + first + k_new_lines);
    const std::string unended = head + first.substr(0, first.size() - 1);
    CHECK(appended_ok(unended) == unended + "\n" + k_new_lines.substr(0, k_new_lines.size() - 1));
  }
  SUBCASE("after a last item that ends in a block of text") {
    const std::string block = "    notes: |\n      First line.\n\n      Second line.\n";
    CHECK(appended_ok(head + first + block + "\nnext: 1\n") == head + first + block + k_new_lines + "\nnext: 1\n");
    CHECK(appended_ok(head + first + block) == head + first + block + k_new_lines);
  }
  SUBCASE("a list of lists takes the item at the column of its own '-'") {
    CHECK(appended_ok("actions:\n- - a\n- - b\n", "- id: contact-2\n") == "actions:\n- - a\n- - b\n- id: contact-2\n");
  }
  SUBCASE("a list written at its key's column takes the item there") {
    CHECK(appended_ok("actions:\n- id: a-1\n  what: x\n") ==
          "actions:\n- id: a-1\n  what: x\n\n# 2. Involvement.\n- id: contact-2\n  what:      # the action agreed\n"
          "  sections: [contact]\n");
  }
  SUBCASE("a file with CRLF line breaks keeps them, on the new lines too") {
    const std::string crlf = "actions:\r\n  - id: a-1\r\n    what: x\r\nnext: 1\r\n";
    CHECK(appended_ok(crlf) ==
          "actions:\r\n  - id: a-1\r\n    what: x\r\n\r\n  # 2. Involvement.\r\n  - id: contact-2\r\n    what:      # "
          "the "
          "action agreed\r\n    sections: [contact]\r\nnext: 1\r\n");
  }
}

TEST_CASE("append_item starts an empty list below its key") {
  for (const std::string empty : {"actions:", "actions: []", "actions: ~", "actions:  # none yet"}) {
    CAPTURE(empty);
    const std::string key = empty == "actions:  # none yet" ? empty : "actions:";
    CHECK(appended_ok("area: A\n" + empty + "\nnext: 1\n") == "area: A\n" + key + "\n" + k_new_lines + "next: 1\n");
  }
  // A comment after the brackets stays on the key's line.
  CHECK(appended_ok("actions: []  # none yet\r\n") ==
        "actions:  # none yet\r\n\r\n  # 2. Involvement.\r\n  - id: contact-2\r\n    what:      # the action agreed\r\n"
        "    sections: [contact]\r\n");
  CHECK(appended_ok("area: A\nactions:") == "area: A\nactions:\n" + k_new_lines.substr(0, k_new_lines.size() - 1));
}

TEST_CASE("append_item starts a list below any comments under its empty key") {
  CHECK(appended_ok("actions:\n  # none agreed yet\n  # (add them)\nnext: 1\n") ==
        "actions:\n  # none agreed yet\n  # (add them)\n" + k_new_lines + "next: 1\n");
  CHECK(appended_ok("area: A\nactions:\n  # none agreed yet") ==
        "area: A\nactions:\n  # none agreed yet\n" + k_new_lines.substr(0, k_new_lines.size() - 1));
  // A comment at the key's column is the next key's, not the list's.
  CHECK(appended_ok("actions:\n# Reflections.\nnext: 1\n") == "actions:\n" + k_new_lines + "# Reflections.\nnext: 1\n");
}

TEST_CASE("append_item adds the key of a list that is not in the file, after its mapping's last entry") {
  SUBCASE("at the end of the file, with and without a final line break") {
    CHECK(appended_ok("format: coprod-plan/1\narea: A\n") ==
          "format: coprod-plan/1\narea: A\nactions:\n" + k_new_lines);
    CHECK(appended_ok("area: A") == "area: A\nactions:\n" + k_new_lines.substr(0, k_new_lines.size() - 1));
  }
  SUBCASE("after the last entry's own lines and comments, before a comment at the key's column") {
    const std::string last = "area: A\nreflections:\n  learnt: |\n    One.\n\n    Two.\n  # more to come\n";
    CHECK(appended_ok(last + "# The end.\n") == last + "actions:\n" + k_new_lines + "# The end.\n");
  }
  SUBCASE("a file with CRLF line breaks keeps them, on the new lines too") {
    CHECK(appended_ok("area: A\r\nperiod: 2026-Q3  # this quarter\r\n") ==
          "area: A\r\nperiod: 2026-Q3  # this quarter\r\nactions:\r\n\r\n  # 2. Involvement.\r\n  - id: contact-2\r\n"
          "    what:      # the action agreed\r\n    sections: [contact]\r\n");
  }
  SUBCASE("in a mapping inside the file, at the column of its keys") {
    const std::string file = "plan:\n    area: A\nnext: 1\n";
    const auto tree = yaml::parse_document(file, "plan.yaml");
    const auto result = yaml::append_item(file, *tree, "plan.yaml", {"plan", "actions"}, "- id: x\n");
    REQUIRE_MESSAGE(result.ok(), test::first_error(result.problems()));
    CHECK(result->text == "plan:\n    area: A\n    actions:\n      - id: x\nnext: 1\n");
  }
}

TEST_CASE("append_item starts a list whose key is not in the file after the keys named, below its heading") {
  const auto started = [](const std::string& file, const yaml::NewListPlace& place) {
    const auto tree = yaml::parse_document(file, "plan.yaml");
    REQUIRE(tree.ok());
    auto result = yaml::append_item(file, *tree, "plan.yaml", {"asks"}, "  - Agree\n", yaml::dotted_name, place);
    REQUIRE_MESSAGE(result.ok(), test::first_error(result.problems()));
    CHECK(result->root.entries.size() == tree->entries.size() + 1);
    return result->text;
  };
  const yaml::NewListPlace place{{"area", "reflections"}, "\n# What we ask.\n"};
  const std::string asks = "\n# What we ask.\nasks:\n  - Agree\n";
  SUBCASE("after the last of the keys named there, and its own lines and comments") {
    const std::string head = "area: A\nreflections:\n  learnt: x\n  # more\n";
    CHECK(started(head + "\nactions:\n  - a\n", place) == head + asks + "\nactions:\n  - a\n");
    CHECK(started("reflections: x\narea: A\nactions: []\n", place) ==
          "reflections: x\narea: A\n" + asks + "actions: []\n");
  }
  SUBCASE("after the mapping's last entry when none of them is there, or none is named") {
    CHECK(started("format: 1\nactions: []\n", place) == "format: 1\nactions: []\n" + asks);
    CHECK(started("area: A\nactions: []\n", {{}, "\n"}) == "area: A\nactions: []\n\nasks:\n  - Agree\n");
  }
  SUBCASE("the heading at the key's column, with the file's line breaks") {
    CHECK(started("area: A\r\nactions: []\r\n", place) ==
          "area: A\r\n\r\n# What we ask.\r\nasks:\r\n  - Agree\r\nactions: []\r\n");
    CHECK(started("area: A", place) == "area: A\n" + asks.substr(0, asks.size() - 1));
    const std::string nested = "plan:\n    area: A\nnext: 1\n";
    const auto tree = yaml::parse_document(nested, "plan.yaml");
    const auto result =
        yaml::append_item(nested, *tree, "plan.yaml", {"plan", "asks"}, "- Agree\n", yaml::dotted_name, place);
    REQUIRE(result.ok());
    CHECK(result->text == "plan:\n    area: A\n\n    # What we ask.\n    asks:\n      - Agree\nnext: 1\n");
  }
}

TEST_CASE("append_item refuses what it cannot add to in place") {
  CHECK(refusal("actions: [{id: a-1}]\n") ==
        "'actions' is written in brackets ([...]); write each of its items on lines of its own, starting '- ', to add "
        "one with coprod");
  CHECK(refusal("{area: A}\n") ==
        "the file is written on one line ({...}); write it as 'key: value' lines to edit it with coprod");
  CHECK(refusal("actions: none\n") ==
        "'actions' is 'none', not a list; write it as lines starting '- ' to add to it with coprod");
  CHECK(refusal("actions:\n  id: a-1\n") ==
        "'actions' is a mapping (key: value pairs), not a list; write it as lines starting '- ' to add to it with "
        "coprod");
  const auto tree = yaml::parse_document("actions:\n", "plan.yaml");
  const auto two = yaml::append_item("actions:\n", *tree, "plan.yaml", {"actions"}, "- a\n- b\n");
  REQUIRE_FALSE(two.ok());
  CHECK(two.problems().front().message == "the new item is not one list item");
}

namespace {

// Every key's path (through mappings only) whose value is a list or empty.
void collect_lists(const yaml::Node& node, std::vector<std::string>& path,
                   std::vector<std::vector<std::string>>& lists) {
  for (const auto& entry : node.entries) {
    path.push_back(entry.key.text);
    if (entry.value.is_sequence() || entry.value.is_null()) lists.push_back(path);
    collect_lists(entry.value, path, lists);
    path.pop_back();
  }
}

yaml::Node& node_at(yaml::Node& root, const std::vector<std::string>& path) {
  yaml::Node* node = &root;
  for (const auto& key : path) node = &node->find_entry(key)->value;
  return *node;
}

// What went wrong appending to the list at `path` of `text`, checked apart
// from append_item()'s own comparison: the text parses to the tree returned;
// it is the old tree with the item at the end of that list (an empty one now
// a list of lines), and nothing else; every comment, the byte-order mark and
// the line endings are kept. "" when nothing did, or the append was refused.
std::string append_problem(const std::string& text, const yaml::Node& root, const std::vector<std::string>& path) {
  namespace check = test::edit_check_detail;
  const std::string item = "# added\n- id: new\n  notes: |\n    two\n    lines\n";
  auto result = yaml::append_item(text, root, "in.yaml", path, item);
  if (!result) return "";
  auto after = yaml::parse_document(result->text, "in.yaml");
  if (!after || !yaml::same_values(result->root, *after)) return "the text does not parse to the tree returned";
  yaml::Node expected = root;
  yaml::Node& list = node_at(expected, path);
  if (list.items.empty()) list = node_at(*after, path);  // its style and comment may change
  else list.items.push_back(node_at(*after, path).items.back());
  if (!yaml::same_values(expected, *after)) return "something besides the new item changed";
  const auto new_item = yaml::parse_document(item, "item.yaml");
  if (!yaml::same_values(new_item->items.front(), node_at(*after, path).items.back()))
    return "the new item does not read back as given";
  auto comments = check::comment_texts(text, root);
  comments.push_back(" added");
  std::sort(comments.begin(), comments.end());
  if (comments != check::comment_texts(result->text, *after)) return "a comment was lost or changed";
  if (text.starts_with(yaml::k_byte_order_mark) != result->text.starts_with(yaml::k_byte_order_mark))
    return "the byte-order mark was not kept";
  if (text.find("\r\n") != std::string::npos && !check::has_bare_line_feed(text) &&
      check::has_bare_line_feed(result->text))
    return "a CRLF file got a bare line feed";
  if (text.find('\n') != std::string::npos && text.find("\r\n") == std::string::npos &&
      result->text.find("\r\n") != std::string::npos)
    return "an LF file got a CRLF";
  return "";
}

}  // namespace

TEST_CASE("append_item keeps the rest of the file, on every list of every test input") {
  int made = 0;
  int tried = 0;
  for (const auto& [name, text] : test::all_yaml_inputs()) {
    const auto root = yaml::parse_document(text, "in.yaml");
    if (!root) continue;
    std::vector<std::vector<std::string>> lists;
    std::vector<std::string> path;
    collect_lists(*root, path, lists);
    for (const auto& list : lists) {
      ++tried;
      const std::string problem = append_problem(text, *root, list);
      if (!problem.empty()) FAIL_CHECK(name << ", " << util::join(list, ".") << ": " << problem << "\n" << text);
      made += yaml::append_item(text, *root, "in.yaml", list, "- x\n").ok() ? 1 : 0;
    }
  }
  MESSAGE(fmt::format("appended to {} of {} lists", made, tried));
  CHECK(made > 50);
}

namespace {

// Every block mapping's path (through mappings only), the file's own included.
void collect_mappings(const yaml::Node& node, std::vector<std::string>& path,
                      std::vector<std::vector<std::string>>& mappings) {
  if (node.is_mapping() && node.style == yaml::Style::block && !node.entries.empty()) mappings.push_back(path);
  for (const auto& entry : node.entries) {
    path.push_back(entry.key.text);
    collect_mappings(entry.value, path, mappings);
    path.pop_back();
  }
}

// What went wrong starting a list under a new key of the mapping at `path`:
// the text parses to the tree returned, which is the old tree with the new key
// last in that mapping, holding the item, and every comment is kept.
std::string new_list_problem(const std::string& text, const yaml::Node& root, std::vector<std::string> path) {
  namespace check = test::edit_check_detail;
  path.push_back("coprod-new-list");
  const std::string item = "# added\n- id: new\n";
  auto result = yaml::append_item(text, root, "in.yaml", path, item);
  if (!result) return "";
  auto after = yaml::parse_document(result->text, "in.yaml");
  if (!after || !yaml::same_values(result->root, *after)) return "the text does not parse to the tree returned";
  yaml::Node expected = root;
  yaml::Node& mapping = node_at(expected, {path.begin(), path.end() - 1});
  mapping.entries.push_back(node_at(*after, {path.begin(), path.end() - 1}).entries.back());
  if (mapping.entries.back().key.text != path.back()) return "the new key is not the mapping's last";
  if (!yaml::same_values(expected, *after)) return "something besides the new list changed";
  auto comments = check::comment_texts(text, root);
  comments.push_back(" added");
  std::sort(comments.begin(), comments.end());
  if (comments != check::comment_texts(result->text, *after)) return "a comment was lost or changed";
  return "";
}

}  // namespace

TEST_CASE("append_item starts a list under a new key of every mapping of every test input, keeping the rest") {
  int made = 0;
  for (const auto& [name, text] : test::all_yaml_inputs()) {
    const auto root = yaml::parse_document(text, "in.yaml");
    if (!root) continue;
    std::vector<std::vector<std::string>> mappings;
    std::vector<std::string> path;
    collect_mappings(*root, path, mappings);
    for (const auto& mapping : mappings) {
      const std::string problem = new_list_problem(text, *root, mapping);
      if (!problem.empty()) FAIL_CHECK(name << ", " << util::join(mapping, ".") << ": " << problem << "\n" << text);
      auto key = mapping;
      key.push_back("coprod-new-list");
      made += yaml::append_item(text, *root, "in.yaml", key, "- x\n").ok() ? 1 : 0;
    }
  }
  MESSAGE(fmt::format("started {} lists", made));
  CHECK(made > 50);
}
