#include "yaml/text_fields.hpp"

#include <doctest/doctest.h>

#include "test_support.hpp"
#include "yaml/document.hpp"

using namespace coprod;

namespace {

const std::string k_file =
    "area: Northbridge\n"
    "sections:\n"
    "  commitment:\n"
    "    completed_by: Lead  # coprod: reviewed\n"
    "    rows:\n"
    "      strategy:\n"
    "        score: 3\n"
    "        evidence: |-  # coprod: reviewed phone, email\n"
    "          First line 01632 960123.\n"
    "          Second line.\n"
    "\n"
    "      # Early indicator: a comment, not text\n"
    "      motivation:\n"
    "        evidence: One line.\n";

}  // namespace

TEST_CASE("find_text_fields: paths, raw lines and reviewed markers") {
  auto document = yaml::parse_document(k_file, "a.yaml");
  REQUIRE(document.ok());
  const auto fields = yaml::find_text_fields(k_file, *document);
  REQUIRE(fields.size() == 4);
  CHECK(fields[0].path == "area");
  CHECK(fields[1].path == "sections.commitment.completed_by");
  CHECK(fields[1].is_reviewed("attribution"));
  const auto& evidence = fields[2];
  CHECK(evidence.path == "sections.commitment.rows.strategy.evidence");
  CHECK(evidence.is_reviewed("phone"));
  CHECK(evidence.is_reviewed("email"));
  CHECK_FALSE(evidence.is_reviewed("postcode"));
  REQUIRE(evidence.lines.size() == 3);  // the indicator line, then the two lines of text; the comment is left out
  CHECK(evidence.lines[1].line == 9);
  CHECK(evidence.lines[1].text == "          First line 01632 960123.");
  CHECK(fields[3].path == "sections.commitment.rows.motivation.evidence");
  CHECK(fields[3].lines.at(0).column == 19);
  CHECK(fields[3].value == "One line.");
  CHECK(fields[3].position.line == 14);
}

TEST_CASE("find_text_fields: the fields hold their own text, so they outlive the text and the tree") {
  std::vector<model::TextField> fields;
  {
    const std::string text = k_file;
    const auto document = yaml::parse_document(text, "a.yaml");
    REQUIRE(document.ok());
    fields = yaml::find_text_fields(text, *document);
  }
  REQUIRE(fields.size() == 4);
  CHECK(fields[0].value == "Northbridge");
  CHECK(fields[0].position.line == 1);
  CHECK(fields[0].lines.at(0).text == "Northbridge");
  CHECK(fields[2].value == "First line 01632 960123.\nSecond line.");
  CHECK(fields[2].lines.at(2).text == "          Second line.");
}

TEST_CASE("find_text_fields: a '#' after one space cuts plain text short; two spaces make a comment") {
  const std::string text =
      "\xEF\xBB\xBF"
      "area: North #2\n"
      "notes: Agreed at meeting #3 with the board\n"
      "owner: Lead  # a comment meant as one\n"
      "what: \"Quoted\" #3 after quotes\n"
      "learnt: Phone 01632 960123 # coprod: reviewed phone\n";
  auto document = yaml::parse_document(text, "a.yaml");
  REQUIRE(document.ok());
  const auto fields = yaml::find_text_fields(text, *document);
  REQUIRE(fields.size() == 5);
  CHECK(fields[0].cut_off.line == 1);
  CHECK(fields[0].cut_off.column == 13);  // the byte-order mark is not a column
  CHECK(fields[0].cut_off.text == "#2");
  CHECK(fields[1].value == "Agreed at meeting");
  CHECK(fields[1].cut_off.line == 2);
  CHECK(fields[1].cut_off.column == 26);
  CHECK(fields[1].cut_off.text == "#3 with the board");
  CHECK(fields[2].cut_off.line == 0);
  CHECK(fields[3].cut_off.line == 0);
  CHECK(fields[4].cut_off.line == 0);
}
