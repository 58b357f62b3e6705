#include <string>
#include <vector>

#include <doctest/doctest.h>

#include "yaml/document.hpp"
#include "yaml/text_fields.hpp"

using namespace coprod::yaml;
namespace model = coprod::model;

namespace {

std::vector<model::TextLine> comments_of(std::string_view text) {
  const auto document = parse_document(text, "a.yaml");
  REQUIRE(document.ok());
  return find_comments(text, *document);
}

std::vector<std::string> comment_texts(std::string_view text) {
  std::vector<std::string> texts;
  for (const auto& comment : comments_of(text)) texts.emplace_back(comment.text);
  return texts;
}

}  // namespace

TEST_CASE("find_comments") {
  SUBCASE("whole-line and end-of-line comments, with their place") {
    const auto comments = comments_of("# top\nkey: value  # after\n  # indented\n");
    REQUIRE(comments.size() == 3);
    CHECK(comments[0].text == " top");
    CHECK(comments[0].line == 1);
    CHECK(comments[0].column == 2);
    CHECK(comments[1].text == " after");
    CHECK(comments[1].line == 2);
    CHECK(comments[1].column == 14);
    CHECK(comments[2].line == 3);
  }
  SUBCASE("a '#' inside a word or quotes is not a comment") {
    CHECK(comment_texts("a: item#3\nb: \"x # y\"\nc: 'it''s # here'\n").empty());
    CHECK(comment_texts("a: \"x # y\" # real\n") == std::vector<std::string>{" real"});
  }
  SUBCASE("block scalar lines are text, but the indicator line may have a comment") {
    const std::string text =
        "evidence: |-  # note\n"
        "  Meeting #3 was good.\n"
        "\n"
        "  # still text\n"
        "next: 1  # after the block\n";
    CHECK(comment_texts(text) == std::vector<std::string>{" note", " after the block"});
  }
  SUBCASE("comments between and inside flow collections, and a '#' in a multi-line plain value") {
    CHECK(comment_texts("a: [1, # one\n  2]  # two\nb: this is\n  item#3 # end\n") ==
          std::vector<std::string>{" one", " two", " end"});
    CHECK(comment_texts("- \"a\\\" # b\"  #c\n- '#x' # y\n") == std::vector<std::string>{"c", " y"});
  }
  SUBCASE("a byte-order mark does not move the columns") {
    const auto comments = comments_of(
        "\xEF\xBB\xBF"
        "a: 1 # x\n");
    REQUIRE(comments.size() == 1);
    CHECK(comments[0].column == 7);  // as the tree's columns: the mark is not part of the line
  }
  SUBCASE("a comment ending with CR loses it") {
    CHECK(comment_texts("a: 1 # x\r\n") == std::vector<std::string>{" x"});
  }
}
