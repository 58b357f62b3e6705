#include "cli/editable_assessment.hpp"

#include <fstream>

#include <doctest/doctest.h>

#include "cli/error.hpp"
#include "cli/loading.hpp"
#include "cli/temp_dir.hpp"
#include "test_support.hpp"
#include "yaml/assessment_fields.hpp"

using namespace coprod;

namespace {

std::string new_assessment(const test::TempDir& dir) {
  const auto path = dir.path("shared.coprod.yaml");
  REQUIRE(test::run_cli({"init", path, "--perspective", "organisation", "--area", "Northbridge", "--period", "2026-Q3",
                         "--schema", "none"})
              .status == 0);
  return path;
}

yaml::RowEdit score_edit(const std::string& section, const std::string& row, const std::string& score) {
  yaml::RowEdit edit;
  edit.section_id = section;
  edit.row_id = row;
  edit.score = score;
  return edit;
}

std::string score_in(const cli::EditableAssessment& file, const std::string& section, const std::string& row) {
  const auto* found = file.loaded().assessment.find_section(section);
  const auto* response = found ? found->find_row(row) : nullptr;
  return response ? response->score.to_string() : "";
}

}  // namespace

TEST_CASE("EditableAssessment::apply makes its change on top of a colleague's save to another row") {
  test::TempDir dir;
  const auto path = new_assessment(dir);
  const auto catalog = cli::load_catalog({});
  cli::CapturingConsole console;
  cli::EditableAssessment file(path, catalog, console);
  // A colleague saves another row after this file was read.
  REQUIRE(test::run_cli({"score", path, "--set", "commitment.motivation=2"}).status == 0);
  CHECK_FALSE(file.apply({score_edit("commitment", "strategy", "4")}).has_value());
  CHECK(console.stderr_text ==
        path + " was changed by someone else meanwhile; their changes are kept and yours are made on top of them\n");
  cli::EditableAssessment reread(path, catalog, console);
  CHECK(score_in(reread, "commitment", "motivation") == "2");
  CHECK(score_in(reread, "commitment", "strategy") == "4");
  CHECK(dir.entry_count() == 1);  // no temporary file left
}

TEST_CASE("EditableAssessment::apply refuses to write over a field a colleague changed meanwhile") {
  test::TempDir dir;
  const auto path = new_assessment(dir);
  const auto catalog = cli::load_catalog({});
  cli::CapturingConsole console;
  cli::EditableAssessment file(path, catalog, console);
  REQUIRE(test::run_cli({"score", path, "--set", "commitment.strategy=2"}).status == 0);
  const std::string theirs = test::read_file(path);

  SUBCASE("the score") {
    const auto not_saved = file.apply({score_edit("commitment", "strategy", "4")});
    REQUIRE(not_saved.has_value());
    REQUIRE(not_saved->conflict.has_value());
    const auto& conflict = not_saved->conflict;
    CHECK(conflict->row == "commitment.strategy");
    CHECK(conflict->now_has == "score 2");
    CHECK(test::read_file(path) == theirs);                  // nothing saved
    CHECK(score_in(file, "commitment", "strategy") == "2");  // the file as they left it
    // Answering again, knowing their answer, is saved.
    CHECK_FALSE(file.apply({score_edit("commitment", "strategy", "3")}).has_value());
    CHECK(score_in(cli::EditableAssessment(path, catalog, console), "commitment", "strategy") == "3");
  }
  SUBCASE("the evidence, while the score was not touched") {
    REQUIRE(test::run_cli({"score", path, "--set-evidence", "commitment.resources=Budget agreed"}).status == 0);
    yaml::RowEdit edit;
    edit.section_id = "commitment";
    edit.row_id = "resources";
    edit.evidence = "Our own note";
    const auto not_saved = file.apply({edit});
    REQUIRE(not_saved.has_value());
    REQUIRE(not_saved->conflict.has_value());
    const auto& conflict = not_saved->conflict;
    CHECK(conflict->row == "commitment.resources");
    CHECK(conflict->now_has == "new evidence");
  }
}

TEST_CASE("EditableAssessment::apply refuses when a colleague left the file invalid") {
  test::TempDir dir;
  const auto path = new_assessment(dir);
  const auto catalog = cli::load_catalog({});
  cli::CapturingConsole console;
  cli::EditableAssessment file(path, catalog, console);
  dir.write("shared.coprod.yaml", "format: coprod-assessment/1\narea: [\n");
  CHECK_THROWS_WITH_AS(file.apply({score_edit("commitment", "strategy", "4")}),
                       (path +
                        " was changed by someone else since coprod read it, and is now not a valid assessment, "
                        "so nothing was saved; run 'coprod check " +
                        path + "', put the file right, then make your change again")
                           .c_str(),
                       cli::Error);
  CHECK(test::read_file(path) == "format: coprod-assessment/1\narea: [\n");
}

TEST_CASE("EditableAssessment::apply on a file with errors refuses when a colleague saved it meanwhile") {
  test::TempDir dir;
  const auto path = new_assessment(dir);
  REQUIRE(test::run_cli({"score", path, "--set", "commitment.strategy=3"}).status == 0);
  const std::string with_error = [&] {
    std::string text = test::read_file(path);
    text.replace(text.find("score: 3"), 8, "score: \"3\"");
    return text;
  }();
  dir.write("shared.coprod.yaml", with_error);
  const auto catalog = cli::load_catalog({});
  cli::CapturingConsole console;
  cli::EditableAssessment file(path, catalog, console);
  REQUIRE_FALSE(file.problems().empty());
  const std::string theirs = with_error + "# a colleague's note\n";
  dir.write("shared.coprod.yaml", theirs);
  CHECK_THROWS_WITH_AS(
      file.apply({score_edit("commitment", "strategy", "4")}),
      (path + " was changed by someone else since coprod read it, so nothing was saved; look at it, then "
              "make your change again if it is still needed")
          .c_str(),
      cli::Error);
  CHECK(test::read_file(path) == theirs);
}

TEST_CASE("EditableAssessment::apply refuses to write over a section field a colleague changed meanwhile") {
  test::TempDir dir;
  const auto path = new_assessment(dir);
  const auto catalog = cli::load_catalog({});
  cli::CapturingConsole console;
  cli::EditableAssessment file(path, catalog, console);
  const auto notes = yaml::find_assessment_field("commitment.notes", file.framework());
  REQUIRE(notes.has_value());
  REQUIRE(test::run_cli({"score", path, "--set", "commitment.notes=Their note"}).status == 0);
  const std::string theirs = test::read_file(path);
  const auto not_saved = file.apply({}, {yaml::field_change(*notes, "Our note")});
  REQUIRE(not_saved.has_value());
  REQUIRE(not_saved->conflict.has_value());
  const auto& conflict = not_saved->conflict;
  CHECK(conflict->row == "sections.commitment.notes");
  CHECK(conflict->now_has == "'Their note'");
  CHECK(test::read_file(path) == theirs);
  SUBCASE("another section's field is made on top of their change") {
    const auto purpose = yaml::find_assessment_field("purpose.notes", file.framework());
    REQUIRE(purpose.has_value());
    CHECK_FALSE(file.apply({}, {yaml::field_change(*purpose, "Ours")}).has_value());
    const cli::EditableAssessment reread(path, catalog, console);
    const auto* section = reread.loaded().assessment.find_section("purpose");
    REQUIRE(section != nullptr);
    CHECK(section->notes == "Ours");
  }
}

TEST_CASE("EditableAssessment::apply says why a change cannot be made in the file as it is, and saves nothing") {
  test::TempDir dir;
  const auto path = new_assessment(dir);
  std::string text = test::read_file(path);
  const std::string row = "      strategy:\n        score:\n        evidence:\n";
  REQUIRE(text.find(row) != std::string::npos);
  text.replace(text.find(row), row.size(), "      strategy: {score: 1}\n");
  std::ofstream(path, std::ios::binary) << text;
  const auto catalog = cli::load_catalog({});
  cli::CapturingConsole console;
  cli::EditableAssessment file(path, catalog, console);
  const auto not_saved = file.apply({score_edit("commitment", "strategy", "4")});
  REQUIRE(not_saved.has_value());
  CHECK_FALSE(not_saved->conflict.has_value());
  REQUIRE(not_saved->refused.size() == 1);
  CHECK(not_saved->refused.front().message.find("is written on one line") != std::string::npos);
  CHECK(test::read_file(path) == text);
  CHECK(score_in(file, "commitment", "strategy") == "1");
}
