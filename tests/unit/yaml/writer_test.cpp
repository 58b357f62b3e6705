#include <doctest/doctest.h>

#include "test_support.hpp"
#include "yaml/assessment_loader.hpp"
#include "yaml/assessment_writer.hpp"
#include "yaml/builtin_frameworks.hpp"
#include "yaml/document.hpp"
#include "yaml/scalar_writer.hpp"

using namespace coprod;

namespace {

const model::FrameworkCatalog& catalog() {
  static const model::FrameworkCatalog instance = yaml::builtin_catalog();
  return instance;
}

std::string read_back_scalar(const std::string& yaml_text) {
  auto document = yaml::parse_document(yaml_text, "t.yaml");
  REQUIRE_MESSAGE(document.ok(), yaml_text);
  return document->find("key")->text;
}

}  // namespace

TEST_CASE("scalar() writes text that reads back as the same text") {
  for (const std::string text : {"Northbridge",
                                 "yes",
                                 "No",
                                 "010",
                                 "0x1A",
                                 "3",
                                 "2026-09-30",
                                 "~",
                                 "null",
                                 "n/a",
                                 "key: value",
                                 "a #hash",
                                 "#start",
                                 "- dash",
                                 "'quoted'",
                                 "\"double\"",
                                 "tab\there",
                                 "back\\slash",
                                 "trailing ",
                                 " leading",
                                 "caf\xC3\xA9 \xE2\x80\x93 dash",
                                 "ends with colon:",
                                 "[flow]",
                                 "{map}",
                                 "*star",
                                 "&amp",
                                 "!bang",
                                 "%pc",
                                 "@at",
                                 "`tick`",
                                 "|pipe",
                                 ">gt",
                                 "?q",
                                 ",comma",
                                 ".5",
                                 "+1",
                                 "-"}) {
    CAPTURE(text);
    CHECK(read_back_scalar("key: " + yaml::scalar(text) + "\n") == text);
  }
  CHECK(yaml::scalar("Northbridge") == "Northbridge");
  CHECK(yaml::scalar("yes") == "\"yes\"");
}

TEST_CASE("text_field() round-trips multi-line text, as a literal block where it can") {
  const std::string multi = "First line.\n\nSecond paragraph: with a colon.\n  indented line";
  const std::string field = yaml::text_field("key", multi, 0);
  CHECK(field.rfind("key: |-\n", 0) == 0);
  CHECK(read_back_scalar(field) == multi);
  const std::string awkward = "trailing space \nnext";
  CHECK(yaml::text_field("key", awkward, 0) == "key: \"trailing space \\nnext\"\n");
  CHECK(read_back_scalar(yaml::text_field("key", awkward, 0)) == awkward);
}

TEST_CASE("text whose first line with text is indented, after empty lines, reads back exactly") {
  // YAML takes a literal block's indentation from its first line with text,
  // so such text cannot be a block (text pasted from minutes, say).
  for (const std::string text : {"\n  Minutes, item 4", "\n\n    indented\nnot"}) {
    CAPTURE(text);
    for (const auto previous : {yaml::Style::plain, yaml::Style::literal}) {
      const std::string value = yaml::replacement_value(text, previous, 2, "\n", "");
      CHECK(value.front() == '"');
      CHECK(read_back_scalar("key: " + value + "\n") == text);
    }
  }
  CHECK(yaml::text_field("key", "\nfirst\n  second", 0) == "key: |-\n\n  first\n    second\n");
}

TEST_CASE("YAML 1.1 line breaks (U+0085, U+2028, U+2029) are written as escapes, never raw") {
  for (const std::string text : {"a\xE2\x80\xA8"
                                 "b",
                                 "a\xE2\x80\xA9"
                                 "b",
                                 "a\xC2\x85"
                                 "b",
                                 "one\ntwo\xE2\x80\xA8three"}) {
    CAPTURE(text);
    for (const auto previous : {yaml::Style::plain, yaml::Style::single_quoted, yaml::Style::literal}) {
      const std::string value = yaml::replacement_value(text, previous, 2, "\n", "");
      CHECK(value.find("\xE2\x80") == std::string::npos);
      CHECK(value.find("\xC2\x85") == std::string::npos);
      CHECK(read_back_scalar("key: " + value + "\n") == text);
    }
  }
  CHECK(yaml::scalar("a\xE2\x80\xA8"
                     "b") == "\"a\\u2028b\"");
}

TEST_CASE("a new assessment file loads, with every row not scored yet") {
  const auto& framework = *catalog().find("ipc-coproduction", 1);
  model::Assessment assessment;
  assessment.area = "North: \"bridge\"";
  assessment.perspective = model::Perspective::peer_network;
  assessment.period = *model::Period::parse("2026-Q4");
  const std::string text = yaml::write_assessment_file(framework, assessment, {"schema.json"});
  CHECK(text.rfind("# yaml-language-server: $schema=schema.json\n", 0) == 0);
  CHECK(text.find("# Warning sign: No clear vision and strategy for co-producing IPC.") != std::string::npos);
  auto loaded = yaml::load_assessment(text, "new.yaml", catalog());
  REQUIRE_MESSAGE(loaded.ok(), test::first_error(loaded.problems()));
  CHECK(loaded->assessment.area == "North: \"bridge\"");
  CHECK(loaded->assessment.sections.size() == 7);
  for (const auto& section : loaded->assessment.sections) {
    for (const auto& row : section.rows) CHECK(row.score.state() == model::Score::State::not_scored);
  }
}

TEST_CASE("values written into a file read back unchanged") {
  const auto& framework = *catalog().find("ipc-coproduction", 1);
  model::Assessment assessment;
  assessment.area = "Northbridge";
  model::SectionResponse section;
  section.section_id = "contact";
  section.completed_by = "yes";
  section.last_completed = model::Date::parse("2026-09-30");
  section.notes = "Line one.\nLine two: more.";
  model::RowResponse row;
  row.row_id = "wrong-people";
  row.score = model::Score::from_halves(5);
  row.evidence = "# not a comment\n- not a list";
  row.indicator_seen = false;
  row.warning_seen = true;
  row.warning_seen_by = model::SeenCount{1, 3};
  section.rows.push_back(row);
  assessment.sections.push_back(section);
  assessment.reflections.priorities = "010";
  const std::string text = yaml::write_assessment_file(framework, assessment, {});
  CHECK(text.find("        indicator_seen: false\n        warning_seen: true\n") != std::string::npos);
  auto loaded = yaml::load_assessment(text, "x.yaml", catalog());
  REQUIRE_MESSAGE(loaded.ok(), test::first_error(loaded.problems()));
  const auto* contact = loaded->assessment.find_section("contact");
  CHECK(contact->completed_by == "yes");
  CHECK(contact->last_completed->to_string() == "2026-09-30");
  CHECK(contact->notes == "Line one.\nLine two: more.");
  const auto* read_row = contact->find_row("wrong-people");
  CHECK(read_row->score == model::Score::from_halves(5));
  CHECK(read_row->evidence == "# not a comment\n- not a list");
  CHECK(read_row->warning_seen == true);
  CHECK(read_row->indicator_seen == false);
  CHECK(text.find("        seen_by: {warning: 1 of 3}") != std::string::npos);
  CHECK(read_row->warning_seen_by == model::SeenCount{1, 3});
  CHECK_FALSE(read_row->indicator_seen_by);
  CHECK(loaded->assessment.reflections.priorities == "010");
}

TEST_CASE("write_assessment_file: one person's response is asked for its answers in their own voice") {
  model::Framework framework = *catalog().find("ipc-coproduction", 1);
  model::Assessment assessment;
  assessment.area = "Northbridge";
  assessment.perspective = model::Perspective::individual;
  assessment.period = *model::Period::parse("2026-Q4");
  for (const bool half_points : {true, false}) {
    CAPTURE(half_points);
    framework.scale.half_points = half_points;
    const std::string text = yaml::write_assessment_file(framework, assessment, {});
    CHECK(text.find(half_points ? "#             here. Leave it empty if you are not sure.\n"
                                : "#             or n/a if the row does not apply here. Leave it empty\n"
                                  "#             if you are not sure.\n") != std::string::npos);
    CHECK(text.find("# Write as yourself (\"I ...\"), and keep notes") != std::string::npos);
    for (const std::string_view group : {"in the group", "been discussed", "conversations that followed"}) {
      CHECK_MESSAGE(text.find(group) == std::string::npos, group);
    }
    // The form writes the same bytes for one person's response from these pieces.
    const auto comments = yaml::assessment_file_comments(framework);
    CHECK(text.find(comments.individual_guidance + "format:") != std::string::npos);
    CHECK(text.find(comments.individual_reflections + "reflections:\n") != std::string::npos);
    CHECK(text.find(comments.guidance) == std::string::npos);
  }
}
