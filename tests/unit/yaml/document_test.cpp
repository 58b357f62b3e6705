#include "yaml/document.hpp"

#include <doctest/doctest.h>

#include "test_support.hpp"

using namespace coprod;
using coprod::yaml::parse_document;

namespace {

std::string error_of(std::string_view text) {
  auto result = parse_document(text, "f.yaml");
  REQUIRE_FALSE(result.ok());
  return test::first_error(result.problems());
}

}  // namespace

TEST_CASE("parse_document keeps positions, order and quoting") {
  auto result = parse_document("a: 1\nb:\n  - x\n  - \"3\"\nc:\n", "f.yaml");
  REQUIRE(result.ok());
  const auto& root = *result;
  REQUIRE(root.is_mapping());
  REQUIRE(root.entries.size() == 3);
  CHECK(root.entries[0].key.text == "a");
  CHECK(root.entries[0].value.text == "1");
  CHECK(root.entries[0].value.position.line == 1);
  CHECK(root.entries[0].value.position.column == 4);
  const auto* list = root.find("b");
  REQUIRE(list);
  REQUIRE(list->is_sequence());
  CHECK(list->items[1].text == "3");
  CHECK(list->items[1].quoted());
  CHECK_FALSE(list->items[0].quoted());
  CHECK(root.find("c")->is_null());
}

TEST_CASE("find_path follows mapping keys from a node, and only mapping keys") {
  auto result = parse_document("sections:\n  contact:\n    rows:\n      reach: {score: 3}\nlist: [a, b]\n", "f.yaml");
  REQUIRE(result.ok());
  const auto& root = *result;
  const auto* score = root.find_path({"sections", "contact", "rows", "reach", "score"});
  REQUIRE(score);
  CHECK(score->text == "3");
  CHECK(score->position == util::Position{4, 22});
  CHECK(root.find_path({}) == &root);
  CHECK(root.find("sections")->find_path({"contact", "rows"}) == root.find_path({"sections", "contact", "rows"}));
  CHECK_FALSE(root.find_path({"sections", "impact"}));
  CHECK_FALSE(root.find_path({"sections", "contact", "rows", "reach", "score", "more"}));  // past a scalar
  CHECK_FALSE(root.find_path({"list", "0"}));  // a list's items are not keys
}

TEST_CASE("the escapes \\N and \\_ read as UTF-8, as every other character does") {
  auto result = parse_document("a: \"x\\Ny\\_z \\u00e9\\N\"\n", "f.yaml");
  REQUIRE(result.ok());
  CHECK(result->find("a")->text == "x\xC2\x85y\xC2\xA0z \xC3\xA9\xC2\x85");
}

TEST_CASE("scalars stay text: no YAML 1.1 booleans or octal") {
  auto result = parse_document("a: yes\nb: 010\nc: 0x1A\n", "f.yaml");
  REQUIRE(result.ok());
  CHECK(result->find("a")->text == "yes");
  CHECK(result->find("b")->text == "010");
  CHECK(result->find("c")->text == "0x1A");
}

TEST_CASE("duplicate keys are an error at the second key") {
  CHECK(error_of("a: 1\nb: 2\na: 3\n") ==
        "f.yaml:3:1: error: the key 'a' appears twice in the same mapping (first on line 1); keep one of them");
}

TEST_CASE("anchors, aliases and tags are refused") {
  CHECK(error_of("a: &x 1\nb: 2\n") ==
        "f.yaml:1:4: error: anchors (&name) are not allowed in coprod files; write the value out in full");
  CHECK(error_of("a: [1]\nb: *x\n").find("aliases (*name) are not allowed") != std::string::npos);
  CHECK(error_of("a: !!str 1\n") ==
        "f.yaml:1:4: error: YAML tags such as 'tag:yaml.org,2002:str' are not allowed in coprod files; remove the tag");
}

TEST_CASE("an alias bomb is refused at its first anchor, without expanding anything") {
  const std::string bomb =
      "a: &a [\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\"]\n"
      "b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\n"
      "c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n"
      "d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n";
  CHECK(error_of(bomb).find("f.yaml:1:4: error: anchors") == 0);
}

TEST_CASE("deep nesting is refused with the limit in the message") {
  std::string deep;
  for (int i = 0; i < 40; ++i) deep += "[";
  for (int i = 0; i < 40; ++i) deep += "]";
  CHECK(error_of(deep).find("nested more than 32 levels deep") != std::string::npos);
  std::string deeper;
  for (int i = 0; i < 10000; ++i) deeper += "[";
  CHECK_FALSE(parse_document(deeper, "f.yaml").ok());
}

TEST_CASE("a tab in indentation is named as such") {
  CHECK(error_of("a:\n\tb: 1\n") ==
        "f.yaml:2:1: error: a tab character is used for indentation; YAML indents with spaces only, so replace "
        "the tab with spaces");
}

TEST_CASE("syntax errors are explained in plain words at their place") {
  CHECK(error_of("a: [1, 2\n") == "f.yaml:2:1: error: a list that opens with '[' has no closing ']'");
  CHECK(error_of("a: \"bad \\q escape\"\n").find("unknown escape sequence") != std::string::npos);
  CHECK(error_of("key: |x\n  t\n").find("unexpected character after '|' or '>'") != std::string::npos);
  CHECK(error_of("a: b: c\n").find("a ':' appears where YAML does not expect one") != std::string::npos);
  // yaml-cpp takes these as comments; YAML does not (yaml-test-suite X4QW).
  CHECK(error_of("block: ># comment\n  scalar\n") ==
        "f.yaml:1:9: error: a comment after '|' or '>' needs a space before its '#'");
  CHECK(error_of("a: 1\nblock: |-2#\n    text\n").find("f.yaml:2:11: error: a comment after") == 0);
  CHECK(parse_document("block: > # comment\n  scalar\n", "f.yaml").ok());
}

TEST_CASE("an unclosed quote is an error, not a silent swallow of the rest of the file") {
  CHECK(error_of("a: 'open\nb: 2\n") ==
        "f.yaml:1:4: error: the quoted text starting here has no closing '; add it where the text ends");
  CHECK(error_of("\xC3\xA9: ok\nb: \"open \\\" still open\n").find("f.yaml:2:4: error: the quoted text") == 0);
  auto closed = parse_document("a: 'it''s'\nb: \"say \\\"hi\\\"\"\n", "f.yaml");
  REQUIRE(closed.ok());
  CHECK(closed->find("a")->text == "it's");
  CHECK(closed->find("b")->text == "say \"hi\"");
}

TEST_CASE("input yaml-cpp cannot read is refused, not looped over") {
  CHECK(error_of(",") ==
        "f.yaml:1:1: error: this is not YAML that coprod can read (no key: value content was found); check the start "
        "of the file");
}

TEST_CASE("text checks before parsing") {
  CHECK(error_of(std::string("a: 1\nb: \0\n", 10)) ==
        "f.yaml:2:4: error: the file contains a NUL byte, so it is not a text file; check that this is the YAML file "
        "you meant");
  CHECK(error_of("a: caf\xE9\n") ==
        "f.yaml:1:7: error: the file is not valid UTF-8 text; save it as UTF-8 in your editor");
}

TEST_CASE("a byte-order mark and CRLF line ends are fine") {
  auto result = parse_document(
      "\xEF\xBB\xBF"
      "a: 1\r\nb: two words\r\n",
      "f.yaml");
  REQUIRE(result.ok());
  CHECK(result->find("a")->text == "1");
  CHECK(result->find("b")->text == "two words");
  // Two marks (yaml-cpp skips the second too): places still count every byte.
  auto twice = parse_document(
      "\xEF\xBB\xBF\xEF\xBB\xBF"
      "a: 1\nb: 2  # c\n",
      "f.yaml");
  REQUIRE(twice.ok());
  CHECK(twice->find_entry("a")->key.begin == 6);
  CHECK(twice->find("b")->begin == 14);
  CHECK(twice->find("b")->comment == "# c");
}

// Found by fuzz_edit: yaml-cpp 0.7.0 kept "Cr\r\r\n" as the text "Cr\r".
TEST_CASE("a carriage return without a line feed is refused at its place") {
  CHECK(error_of("a: 1\ntitle: Cr\r\r\n# next\n") ==
        "f.yaml:2:10: error: a line ends with a carriage return alone (old Mac line endings); save the file with Unix "
        "(LF) or Windows (CRLF) line endings");
  CHECK(error_of("a: 1\rb: 2").find("f.yaml:1:5: error: a line ends with a carriage return alone") == 0);
  CHECK(error_of("a: 1\r").find("f.yaml:1:5: error: a line ends") == 0);
}

TEST_CASE("empty input and comment-only input are an empty document") {
  CHECK(parse_document("", "f.yaml")->is_null());
  CHECK(parse_document("# just a comment\n", "f.yaml")->is_null());
}

TEST_CASE("a second document is refused at the '---' that starts it") {
  CHECK(error_of("a: 1\nb: 2\n---\nc: 3\n") ==
        "f.yaml:3:1: error: the file holds more than one YAML document (a line '---' starts a new one); keep one "
        "assessment per file");
}

TEST_CASE("a key typed without its ':' is named on its own line, with the fix") {
  CHECK(error_of("row:\n  score 2.5\n  evidence: Some.\n") ==
        "f.yaml:2:3: error: 'score 2.5' has no ':' after its name; write it as 'score: 2.5'");
  // A comment or blank line between changes nothing.
  CHECK(error_of("row:\n  score 2.5\n\n  # why\n  evidence: Some.\n") ==
        "f.yaml:2:3: error: 'score 2.5' has no ':' after its name; write it as 'score: 2.5'");
  // Text that may be meant to go on from the line above: both ways out.
  const std::string either =
      "this line has no ':' ('the strategy together'); if it goes on with the text of the line above, indent it "
      "further than that line; if it starts a new entry, write it as 'name: value'";
  CHECK(error_of("row:\n  evidence: We agreed\n  the strategy together\n  score: 2\n") ==
        "f.yaml:3:3: error: " + either);
  CHECK(error_of("row:\n  score: 2\n  the strategy together\n  evidence: x\n") == "f.yaml:3:3: error: " + either);
  CHECK(error_of("row:\n  evidence: We agreed\n  together\n  score: 2\n").find("if it goes on with the text") !=
        std::string::npos);
  // A list item is not a key: the usual message.
  CHECK(error_of("a:\n  - x\n  y: 1\n").find("has no ':'") == std::string::npos);
}

TEST_CASE("a row's or a section's field indented as far as its name is named on its own line, with how far") {
  const std::string rows = "sections:\n  commitment:\n    rows:\n      strategy:\n";
  const std::string row_message =
      "f.yaml:5:7: error: 'score' is indented as far as the names of the rows, so YAML reads it as a row and "
      "line 6 as more of its value; it looks like a field of the row 'strategy' above, indented too little; indent "
      "it one level further in than 'strategy:', where that row's other fields are: 2 spaces more, as far as "
      "'evidence:' on line 6";
  CHECK(error_of(rows + "      score: 4\n        evidence: Some.\n") == row_message);
  CHECK(error_of("sections:\r\n  commitment:\r\n    rows:\r\n      strategy:\r\n      score: 4\r\n"
                 "        evidence: Some.\r\n") == row_message);
  // Comments and blank lines between the row's name and the field change nothing.
  CHECK(error_of("sections:\n  commitment:\n    rows:\n      strategy:  # agreed\n\n      # 4 in March\n"
                 "      score: 4\n        evidence: Some.\n")
            .starts_with("f.yaml:7:7: error: 'score' is indented as far as the names of the rows, so YAML reads it "
                         "as a row and line 8 as more of its value; it looks like a field of the row "
                         "'strategy' above"));
  CHECK(error_of("sections:\n  commitment:\n  completed_by: Programme lead\n    last_completed: 2026-09-29\n") ==
        "f.yaml:3:3: error: 'completed_by' is indented as far as the names of the sections, so YAML reads it as a "
        "section and line 4 as more of its value; it looks like a field of the section 'commitment' above, indented "
        "too little; indent it one level further in than 'commitment:', where that section's other fields are: 2 "
        "spaces more, as far as 'last_completed:' on line 4");
  // With a value YAML does not go on onto the next line (quoted, before a comment, flow), that line has no place.
  for (const std::string field : {"score: \"4\"", "score: 4  # four", "score: '4' # x", "score: [4]"}) {
    CAPTURE(field);
    CHECK(error_of(rows + "      " + field + "\n\n        # why\n        evidence: Some.\n") ==
          "f.yaml:5:7: error: 'score' is indented as far as the names of the rows, so YAML reads it as a row and "
          "line 8 as out of place; it looks like a field of the row 'strategy' above, indented too little; "
          "indent it one level further in than 'strategy:', where that row's other fields are: 2 spaces more, as "
          "far as 'evidence:' on line 8");
  }
  CHECK(error_of(rows + "      evidence: 'We met'\n        score: ~\n")
            .starts_with("f.yaml:5:7: error: 'evidence' is indented as far as the names of the rows, so YAML reads it "
                         "as a row and line 6 as out of place;"));
  CHECK(error_of(rows + "      score: ~\n        evidence: 'We met'\n") == row_message);
  // Where the lines around do not say so for certain, yaml-cpp's message is given.
  for (const std::string& uncertain : std::vector<std::string>{
           rows + "      score: \"4\"\n        text: Some.\n",
           "sections:\n  commitment:\n    rows:\n      strategy: 3\n      score: \"4\"\n        evidence: Some.\n",
           "sections:\n  commitment:\n    other:\n      strategy:\n      score: 4  # four\n        evidence: x\n",
       }) {
    CAPTURE(uncertain);
    CHECK(error_of(uncertain).find("a mapping is not closed") != std::string::npos);
  }
  const std::string usual = "a ':' appears where YAML does not expect one";
  for (const std::string& uncertain : std::vector<std::string>{
           rows + "      score: 4\n        text: Some.\n",          // not a row's field below
           rows + "      indicator: 4\n        evidence: Some.\n",  // not a row's field
           "sections:\n  commitment:\n    other:\n      strategy:\n      score: 4\n        evidence: Some.\n",
           "sections:\n  commitment:\n    rows:\n      strategy: 3\n      score: 4\n        evidence: Some.\n",
           "sections:\n  commitment:\n  rows:\n    strategy: x\n  score: 4\n    evidence: Some.\n",
       }) {
    CAPTURE(uncertain);
    CHECK(error_of(uncertain).find(usual) != std::string::npos);
  }
}

TEST_CASE("a line indented a space more or less than its neighbours names both lines") {
  CHECK(
      error_of("rows:\n  a:\n     score: 2.5\n    evidence: Some.\n") ==
      "f.yaml:4:5: error: this line is indented 4 spaces, but line 3 above it is indented 5 spaces; lines that belong "
      "together must start at the same column: check the spaces at the start of lines 3 and 4");
  CHECK(
      error_of("rows:\n  a:\n    score: 2.5\n   evidence: Some.\n") ==
      "f.yaml:4:4: error: this line is indented 3 spaces, but line 3 above it is indented 4 spaces; lines that belong "
      "together must start at the same column: check the spaces at the start of lines 3 and 4");
  CHECK(error_of("a:\n  b: 1\n c: 2\n") ==
        "f.yaml:3:2: error: this line is indented 1 space, but line 2 above it is indented 2 spaces; lines that belong "
        "together must start at the same column: check the spaces at the start of lines 2 and 3");
}
