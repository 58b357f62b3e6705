#include "yaml/mail_damage.hpp"

#include <string>

#include <doctest/doctest.h>

#include "model/mail_damage_words.hpp"
#include "yaml/document.hpp"

using namespace coprod;
using coprod::yaml::find_mail_damage;
using coprod::yaml::find_no_break_space_key;

namespace {

const std::string k_wrapped_message(model::k_mail_wrapped_line);

// A row whose evidence line is `evidence` (written after "        evidence: "), then `after`.
std::string row_with(std::string_view evidence, std::string_view after) {
  return "sections:\n  commitment:\n    rows:\n      strategy:\n        evidence: " + std::string(evidence) + "\n" +
         std::string(after);
}

}  // namespace

TEST_CASE("find_mail_damage") {
  SUBCASE("a long line wrapped to the first column: at the wrapped line, however far below it YAML stopped") {
    const auto text = row_with("We met the peer network in September and agreed the plan",
                               "together with them.\nand more.\n        score: 3\n");
    const auto damage = find_mail_damage(text, 8);
    REQUIRE(damage);
    CHECK(damage->position == util::Position{6, 1});
    CHECK(damage->message == k_wrapped_message);
    CHECK(find_mail_damage(text, 6)->position == util::Position{6, 1});
  }
  SUBCASE("two lines wrapped to the first column: at the first, wherever the reader stopped") {
    const std::string top =
        "# For each row, read the early indicator (a sign things are on the right \ntrack).\n"
        "# A section's score is the average of its scored rows, worked out every \ntime.\nformat: x\n";
    REQUIRE(find_mail_damage(top, 4));
    CHECK(find_mail_damage(top, 4)->position == util::Position{2, 1});
    CHECK(find_mail_damage(top, 2)->position == util::Position{2, 1});
    const auto indented = row_with("We met the peer network in September and agreed the plan",
                                   "together with them.\n        score: 3\n        notes: The group said it was "
                                   "clearer than the old one and much\n  shorter.\n");
    CHECK(find_mail_damage(indented, 9)->position == util::Position{6, 1});
  }
  SUBCASE("wrapped to a column left of the line above, not the first") {
    const auto damage = find_mail_damage(
        row_with("We met the peer network in September and agreed the plan", "  together with them.\n"), 6);
    REQUIRE(damage);
    CHECK(damage->position == util::Position{6, 3});
  }
  SUBCASE("not after a short line: the line above was not long enough for an e-mail program to wrap") {
    CHECK_FALSE(find_mail_damage(row_with("We met them", "in September.\n"), 6));
  }
  SUBCASE("not a line that starts as YAML starts one (a key, a list item, a comment)") {
    const auto long_line = "We met the peer network in September and agreed the plan together";
    CHECK_FALSE(find_mail_damage(row_with(long_line, "     motivation:\n"), 6));
    CHECK_FALSE(find_mail_damage(row_with(long_line, "  - item\n"), 6));
    CHECK_FALSE(find_mail_damage(row_with(long_line, "# a note\n"), 6));
    CHECK_FALSE(find_mail_damage(row_with(std::string(long_line) + "\r", "     motivation:\r\n"), 6));
  }
  SUBCASE("not above a line that starts as YAML does, between the error and the wrapped line") {
    const auto text = row_with("We met the peer network in September and agreed the plan",
                               "together.\n      motivation:\n        score: 3\n        evidence: x\n");
    CHECK_FALSE(find_mail_damage(text, 9));
  }
  SUBCASE("indentation of no-break spaces: at the first such line up to the error, at its first no-break space") {
    const std::string text =
        "a:\n  b: 1\n  \xC2\xA0\xC2\xA0"
        "c: 2\n\xC2\xA0"
        "d: 3\n";
    const auto damage = find_mail_damage(text, 4);
    REQUIRE(damage);
    CHECK(damage->position == util::Position{3, 3});
    CHECK(damage->message == model::k_mail_no_break_spaces);
    CHECK_FALSE(find_mail_damage(text, 2));
  }
  SUBCASE("not a document marker, nor an indented key with spaces in it (a plan's perspective names)") {
    const auto long_line = "We met the peer network in September and agreed the plan together";
    CHECK_FALSE(find_mail_damage(row_with(long_line, "--- a: 1\n"), 6));
    CHECK_FALSE(find_mail_damage(row_with(long_line, "...\n"), 6));
    CHECK_FALSE(find_mail_damage(row_with(long_line, "    co-production peer network:\n"), 6));
    CHECK_FALSE(find_mail_damage(row_with(long_line, "    peer network: 2.5\n"), 6));
  }
  SUBCASE("a comment wrapped: its rule of dashes, or its words at the first column after a comment there") {
    const std::string rule(74, '-');
    const auto indented = "a:\n  b: 1\n  # \n" + rule + "\n  c: 2\n";
    const auto damage = find_mail_damage(indented, 4);
    REQUIRE(damage);
    CHECK(damage->position == util::Position{4, 1});
    const std::string top =
        "# averages out every time ('coprod score FILE'), so do not write them \nhere.\nformat: x\n";
    REQUIRE(find_mail_damage(top, 2));
    CHECK(find_mail_damage(top, 2)->position == util::Position{2, 1});
    CHECK_FALSE(find_mail_damage("# a short note\nhere.\n", 2));
  }
  SUBCASE("a no-break space starting text in a block, indented as the block is, is the text's own") {
    const std::string text =
        "notes: |-\n  \xC2\xA0Scored by the lead.\n  Checked with the steering group, which now includes two network\n"
        "members.\n";
    const auto damage = find_mail_damage(text, 4);
    REQUIRE(damage);
    CHECK(damage->position == util::Position{4, 1});  // the wrapped line, not the no-break space
  }
  SUBCASE("a no-break space inside a line's text is not indentation") {
    CHECK_FALSE(find_mail_damage("a:\n  b: 1\xC2\xA0m\n  c: 2\n", 3));
  }
}

TEST_CASE("find_no_break_space_key") {
  SUBCASE("a key starting with a no-break space, at that key") {
    auto root = yaml::parse_with_yaml_cpp(
        "a:\n  b: 1\n\xC2\xA0\xC2\xA0"
        "c: 2\n",
        "f.yaml");
    REQUIRE(root.ok());
    const auto damage = find_no_break_space_key(*root);
    REQUIRE(damage);
    CHECK(damage->position == util::Position{3, 1});
    CHECK(damage->message == model::k_mail_no_break_spaces);
  }
  SUBCASE("a no-break space in a value or inside a key is not indentation") {
    auto root = yaml::parse_with_yaml_cpp(
        "a:\n  b: \xC2\xA0x\n  c\xC2\xA0"
        "d: 2\nl:\n  - \xC2\xA0y\n",
        "f.yaml");
    REQUIRE(root.ok());
    CHECK_FALSE(find_no_break_space_key(*root));
  }
}

TEST_CASE("parse_document names the e-mail's damage in place of the parser's message") {
  const auto wrapped = row_with("We met the peer network in September and agreed the plan",
                                "three things together: a plan and a date.\n        score: 3\n");
  auto result = yaml::parse_document(wrapped, "f.yaml");
  REQUIRE_FALSE(result.ok());
  CHECK(result.problems().front().position == util::Position{6, 1});
  CHECK(result.problems().front().message == k_wrapped_message);

  auto keyed = yaml::parse_document(
      "a:\n  b: 1\n\xC2\xA0\xC2\xA0"
      "c: 2\n",
      "f.yaml");
  REQUIRE_FALSE(keyed.ok());
  CHECK(keyed.problems().front().position == util::Position{3, 1});

  // A comment's rule of dashes wrapped onto a line of its own reads to YAML as a second document's '---'.
  auto rule = yaml::parse_document("a:\n  b: 1\n  # \n" + std::string(74, '-') + "\n  c: 2\n", "f.yaml");
  REQUIRE_FALSE(rule.ok());
  CHECK(rule.problems().front().position == util::Position{4, 1});
  CHECK(rule.problems().front().message == k_wrapped_message);
}
