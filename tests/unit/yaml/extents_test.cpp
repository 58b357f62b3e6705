#include <doctest/doctest.h>
#include <fmt/format.h>

#include "test_support.hpp"
#include "yaml/document.hpp"
#include "yaml/yaml_inputs.hpp"

using namespace coprod;
using yaml::Node;
using yaml::Style;

namespace {

// What every node's range must satisfy, whichever reader built the tree.
void check_extents(std::string_view text, const Node& node, std::size_t floor, std::size_t ceiling) {
  CAPTURE(node.position.line);
  CAPTURE(node.position.column);
  REQUIRE(node.begin <= node.end);
  REQUIRE(node.end <= text.size());
  CHECK(node.begin >= floor);
  CHECK(node.end <= ceiling);
  const std::string_view written = text.substr(node.begin, node.end - node.begin);
  switch (node.kind) {
    case yaml::NodeKind::scalar:
      if (node.style == Style::plain && written.find('\n') == std::string_view::npos) CHECK(written == node.text);
      if (node.style == Style::double_quoted) CHECK((written.front() == '"' && written.back() == '"'));
      if (node.style == Style::single_quoted) CHECK((written.front() == '\'' && written.back() == '\''));
      if (node.style == Style::literal) CHECK(written.front() == '|');
      if (node.style == Style::folded) CHECK(written.front() == '>');
      break;
    case yaml::NodeKind::null:
      CHECK((written.empty() || written == "~" || written == "null" || written == "Null" || written == "NULL"));
      break;
    case yaml::NodeKind::sequence:
    case yaml::NodeKind::mapping:
      if (node.style == Style::flow) CHECK((written.back() == ']' || written.back() == '}'));
      break;
  }
  std::size_t cursor = node.begin;
  for (const auto& item : node.items) {
    check_extents(text, item, cursor, node.end);
    cursor = std::max(cursor, item.end);
  }
  for (const auto& entry : node.entries) {
    check_extents(text, entry.key, cursor, node.end);
    check_extents(text, entry.value, entry.key.end, node.end);
    cursor = std::max(entry.key.end, entry.value.end);
  }
}

}  // namespace

TEST_CASE("every node's byte range holds what was parsed, inside its parent, in order") {
  int parsed = 0;
  for (const auto& [name, text] : test::all_yaml_inputs()) {
    const auto root = yaml::parse_document(text, name);
    if (!root) continue;
    ++parsed;
    INFO(name);
    check_extents(text, *root, 0, text.size());
  }
  MESSAGE(fmt::format("{} inputs parsed and checked", parsed));
  CHECK(parsed > 200);
}

TEST_CASE("ranges, styles and comments of each kind of value") {
  const std::string text =
      "\xEF\xBB\xBF"  // a byte-order mark counts in the offsets
      "plain: two words  # a note\r\n"
      "single: 'it''s'\r\n"
      "double: \"a\\tb\"\r\n"
      "empty:   # YYYY-MM-DD\r\n"
      "tilde: ~\r\n"
      "block: |-  # coprod: reviewed\r\n"
      "  one\r\n"
      "\r\n"
      "  two\r\n"
      "# a comment after the block\r\n"
      "folded: >\r\n"
      "  a\r\n"
      "flow: {min: 2, max: 4}\r\n"
      "wrapped: first\r\n"
      "  second\r\n";
  const auto root = yaml::parse_document(text, "f.yaml");
  REQUIRE_MESSAGE(root.ok(), test::first_error(root.problems()));
  const auto range = [&](const char* key) {
    const Node* node = root->find(key);
    REQUIRE(node);
    return text.substr(node->begin, node->end - node->begin);
  };
  CHECK(range("plain") == "two words");
  CHECK(root->find("plain")->comment == "# a note");
  CHECK(root->find("plain")->style == Style::plain);
  CHECK(range("single") == "'it''s'");
  CHECK(root->find("single")->style == Style::single_quoted);
  CHECK(range("double") == "\"a\\tb\"");
  CHECK(root->find("double")->style == Style::double_quoted);
  CHECK(range("empty").empty());
  CHECK(root->find("empty")->begin == text.find("empty:") + 6);
  CHECK(root->find("empty")->comment == "# YYYY-MM-DD");
  CHECK(range("tilde") == "~");
  CHECK(root->find("tilde")->is_null());
  CHECK(range("block") == "|-  # coprod: reviewed\r\n  one\r\n\r\n  two");
  CHECK(root->find("block")->style == Style::literal);
  CHECK(root->find("block")->comment == "# coprod: reviewed");
  CHECK(range("folded") == ">\r\n  a");
  CHECK(root->find("folded")->style == Style::folded);
  CHECK(range("flow") == "{min: 2, max: 4}");
  CHECK(root->find("flow")->style == Style::flow);
  CHECK(range("wrapped") == "first\r\n  second");
  CHECK(root->find("wrapped")->text == "first second");
  CHECK(root->style == Style::block);
  CHECK(root->end == text.size() - 2);
}
