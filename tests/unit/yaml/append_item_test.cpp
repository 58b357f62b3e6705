#include <doctest/doctest.h>

#include "test_support.hpp"
#include "yaml/document.hpp"
#include "yaml/tree_edit.hpp"

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

TEST_CASE("append_item refuses what it cannot add to in place") {
  CHECK(refusal("actions: [{id: a-1}]\n") ==
        "'actions' is written in brackets ([...]); write each of its items on lines of its own, starting '- ', to add "
        "one with coprod");
  CHECK(refusal("area: A\n") == "'actions' is not in the file; add a line 'actions:' to add to it");
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
