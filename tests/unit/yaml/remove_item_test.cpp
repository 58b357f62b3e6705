#include <doctest/doctest.h>
#include <fmt/format.h>

#include "test_support.hpp"
#include "util/text.hpp"
#include "yaml/document.hpp"
#include "yaml/tree_edit.hpp"
#include "yaml/yaml_inputs.hpp"

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

// Every block list with items, by its path of keys (through mappings only).
void collect_lists(const yaml::Node& node, std::vector<std::string>& path,
                   std::vector<std::vector<std::string>>& lists) {
  for (const auto& entry : node.entries) {
    path.push_back(entry.key.text);
    if (entry.value.is_sequence() && !entry.value.items.empty()) lists.push_back(path);
    collect_lists(entry.value, path, lists);
    path.pop_back();
  }
}

yaml::Node& node_at(yaml::Node& root, const std::vector<std::string>& path) {
  yaml::Node* node = &root;
  for (const auto& key : path) node = &node->find_entry(key)->value;
  return *node;
}

bool starts_line(const std::string& text, std::size_t offset) {
  return offset == 0 || offset == text.size() || text[offset - 1] == '\n';
}

// What went wrong taking item `index` out of the list at `path`, checked apart
// from remove_item()'s own comparison: the text is the old one with one run of
// whole lines cut out, and parses to the old tree less that item (an empty
// list now an empty value). "" when nothing did, or the removal was refused.
std::string removal_problem(const std::string& text, const yaml::Node& root, const std::vector<std::string>& path,
                            std::size_t index) {
  auto result = yaml::remove_item(text, root, "in.yaml", path, index);
  if (!result) return "";
  const std::string& edited = result->text;
  if (edited.size() >= text.size()) return "nothing was cut out";
  std::size_t prefix = 0;
  while (prefix < edited.size() && edited[prefix] == text[prefix]) ++prefix;
  const std::size_t cut = text.size() - edited.size();
  // The cut may start earlier than the first difference where the lines repeat: move it back to a line start.
  while (prefix > 0 &&
         !(starts_line(text, prefix) && text.compare(prefix + cut, std::string::npos, edited, prefix) == 0))
    --prefix;
  if (text.compare(prefix + cut, std::string::npos, edited, prefix) != 0 || text.compare(0, prefix, edited, 0, prefix))
    return "more than one run of text changed";
  if (!starts_line(text, prefix) || !starts_line(text, prefix + cut)) return "what was cut out is not whole lines";
  auto after = yaml::parse_document(edited, "in.yaml");
  if (!after || !yaml::same_values(result->root, *after)) return "the text does not parse to the tree returned";
  yaml::Node expected = root;
  yaml::Node& list = node_at(expected, path);
  list.items.erase(list.items.begin() + static_cast<std::ptrdiff_t>(index));
  if (list.items.empty()) list = node_at(*after, path);  // an empty value now, with its key's comment
  if (!yaml::same_values(expected, *after)) return "something besides the item changed";
  return "";
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
  SUBCASE("comment lines with no blank line above them are notes on the list, and stay") {
    const std::string notes = "  # Our actions, agreed at the December meeting.\n";
    CHECK(removed_ok(k_head + notes + "  - id: a\n  - id: b\n", 0) == k_head + notes + "  - id: b\n");
    const std::string under_a = "  - id: a\n  # b was agreed later\n";
    CHECK(removed_ok(k_head + under_a + "  - id: b\n", 1) == k_head + under_a);
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

TEST_CASE("remove_item cuts out only whole lines of the item, on every list of every test input") {
  int made = 0;
  int tried = 0;
  for (const auto& [name, text] : test::all_yaml_inputs()) {
    const auto root = yaml::parse_document(text, "in.yaml");
    if (!root) continue;
    std::vector<std::vector<std::string>> lists;
    std::vector<std::string> path;
    collect_lists(*root, path, lists);
    for (const auto& list : lists) {
      yaml::Node copy = *root;
      const std::size_t count = node_at(copy, list).items.size();
      for (const std::size_t index : {std::size_t{0}, count - 1}) {
        ++tried;
        const std::string problem = removal_problem(text, *root, list, index);
        if (!problem.empty())
          FAIL_CHECK(name << ", " << util::join(list, ".") << " item " << index << ": " << problem << "\n" << text);
        made += yaml::remove_item(text, *root, "in.yaml", list, index).ok() ? 1 : 0;
      }
    }
  }
  MESSAGE(fmt::format("took an item out of {} of {} lists", made, tried));
  CHECK(made > 50);
}
