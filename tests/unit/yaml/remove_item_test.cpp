#include <doctest/doctest.h>

#include "test_support.hpp"
#include "yaml/document.hpp"
#include "yaml/tree_edit.hpp"

using namespace coprod;

namespace {

util::Result<yaml::EditedText> removed(const std::string& file, std::size_t index) {
  const auto tree = yaml::parse_document(file, "plan.yaml");
  REQUIRE_MESSAGE(tree.ok(), test::first_error(tree.problems()));
  return yaml::remove_item(file, *tree, "plan.yaml", {"actions"}, index);
}

std::string removed_ok(const std::string& file, std::size_t index) {
  auto result = removed(file, index);
  REQUIRE_MESSAGE(result.ok(), test::first_error(result.problems()));
  const auto reparsed = yaml::parse_document(result->text, "plan.yaml");
  REQUIRE(reparsed.ok());
  CHECK(yaml::same_values(result->root, *reparsed));
  return result->text;
}

std::string refusal(const std::string& file, std::size_t index) {
  auto result = removed(file, index);
  REQUIRE_FALSE(result.ok());
  return result.problems().front().message;
}

const std::string k_head = "# Our plan.\nformat: coprod-plan/1\nactions:\n";

}  // namespace

TEST_CASE("remove_item") {
  SUBCASE("the item goes with the comment above it at its '-', one blank line and its own comments") {
    const std::string first = "\n  # 1. Commitment.\n  - id: commitment-1\n    what: Invite\n";
    const std::string second =
        "\n  # 2. Contact.\n  # agreed in March\n  - id: contact-1\n    what:   # a sentence\n    # our note\n";
    const std::string third = "\n  - id: knowledge-1\n    notes: |\n      Two\n      lines\n";
    const std::string tail = "# The actions end here.\nreflections:\n  learnt: x\n";
    CHECK(removed_ok(k_head + first + second + third + tail, 1) == k_head + first + third + tail);
    CHECK(removed_ok(k_head + first + second + third + tail, 0) == k_head + second + third + tail);
    CHECK(removed_ok(k_head + first + second + third + tail, 2) == k_head + first + second + tail);
  }
  SUBCASE("items without blank lines or comments, and a comment deeper than the '-' above an item stays") {
    const std::string file = k_head + "- id: a\n  # a's own note\n- id: b\n- id: c\n";
    CHECK(removed_ok(file, 1) == k_head + "- id: a\n  # a's own note\n- id: c\n");
    CHECK(removed_ok(file, 0) == k_head + "- id: b\n- id: c\n");
  }
  SUBCASE("line endings, a byte-order mark and a last line with no line break are kept") {
    const std::string crlf =
        "\xEF\xBB\xBF"
        "format: coprod-plan/1\r\nactions:\r\n\r\n  - id: a\r\n\r\n  - id: b\r\n";
    CHECK(removed_ok(crlf, 1) ==
          "\xEF\xBB\xBF"
          "format: coprod-plan/1\r\nactions:\r\n\r\n  - id: a\r\n");
    CHECK(removed_ok(k_head + "  - id: a\n  - id: b", 1) == k_head + "  - id: a\n");
  }
  SUBCASE("the last item taken out leaves the key with an empty value, and its comment") {
    const std::string file =
        "format: coprod-plan/1\nactions:  # agreed\n\n  # 1. Commitment.\n  - id: a\nreflections:\n";
    const std::string text = removed_ok(file, 0);
    CHECK(text == "format: coprod-plan/1\nactions:  # agreed\nreflections:\n");
    CHECK(yaml::parse_document(text, "plan.yaml")->find("actions")->is_null());
  }
  SUBCASE("refused: no such item, a list in brackets, not a list, no list") {
    CHECK(refusal(k_head + "  - id: a\n", 1) == "'actions' has no item 2");
    CHECK(refusal("actions: [{id: a}]\n", 0) ==
          "'actions' is written in brackets; write each of its items on lines of its own, starting '- ', to take one "
          "out with coprod");
    CHECK(refusal("actions: none\n", 0).starts_with("'actions' is "));
    CHECK(refusal("format: coprod-plan/1\n", 0) == "'actions' is not in the file");
  }
}
