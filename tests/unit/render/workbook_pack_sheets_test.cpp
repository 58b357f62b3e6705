// The scores workbook says what the evidence pack says of where its scores come from: who completed each
// section and when, the reflections, the rows that moved since the earlier period and the rows with no evidence.

#include <algorithm>
#include <stdexcept>
#include <string>
#include <vector>

#include <doctest/doctest.h>

#include "analysis/scoring.hpp"
#include "render/report.hpp"
#include "render/workbook.hpp"
#include "test_support.hpp"
#include "yaml/assessment_loader.hpp"

using namespace coprod;
using render::Cell;
using render::CellStyle;

namespace {

// An ipc-coproduction file of `period` whose commitment section holds `section` (its fields and rows) and
// which ends with `rest` (reflections, say).
std::shared_ptr<const analysis::AssessmentResult> scored(const std::string& perspective, const std::string& period,
                                                         const std::string& section, const std::string& rest = "") {
  const std::string text =
      "format: coprod-assessment/1\nframework: ipc-coproduction\nframework_version: 1\narea: Northbridge\n"
      "perspective: " +
      perspective + "\nperiod: " + period + "\nsections:\n  commitment:\n" + section + rest;
  auto loaded = yaml::load_assessment(text, perspective + "-" + period + ".yaml", test::builtin_catalog());
  REQUIRE(loaded);
  return test::scored(loaded->framework, loaded->assessment);
}

const render::Sheet* find_sheet(const render::Workbook& workbook, const std::string& name) {
  for (const auto& sheet : workbook.sheets)
    if (sheet.name == name) return &sheet;
  return nullptr;
}

const render::Sheet& sheet_named(const render::Workbook& workbook, const std::string& name) {
  const auto* sheet = find_sheet(workbook, name);
  if (!sheet) FAIL("no sheet named " << name);
  return *sheet;
}

// Every text of column 0 the sheet has, for lines spread across it, each line of a cell on its own.
std::vector<std::string> first_column(const render::Sheet& sheet) {
  std::vector<std::string> texts;
  for (const auto& row : sheet.rows) {
    for (std::size_t start = 0; !row.empty() && start <= row[0].text.size();) {
      const auto end = std::min(row[0].text.find('\n', start), row[0].text.size());
      texts.push_back(row[0].text.substr(start, end - start));
      start = end + 1;
    }
  }
  return texts;
}

bool has(const std::vector<std::string>& texts, const std::string& text) {
  return std::find(texts.begin(), texts.end(), text) != texts.end();
}

const std::string k_peer_section =
    "    completed_by: Northbridge co-production peer network (8 members present)\n"
    "    last_completed: 2026-11-19\n"
    "    notes: Staff from the programme team left the room for this part.\n"
    "    rows:\n"
    "      strategy:\n        score: 2\n        evidence: Not yet ours.\n"
    "      motivation:\n        score: 3\n";
const std::string k_reflections =
    "reflections:\n"
    "  surprising: |-\n    Meeting the director made more difference than any report.\n"
    "    Nearly all our changes to the leaflet were accepted.\n"
    "  priorities: Pay expenses on time.\n";

}  // namespace

TEST_CASE("build_scores_workbook: About these scores says notes kept word for word from the earlier period") {
  render::ScoresWorkbookInput input;
  input.previous = {scored("peer-network", "2026-Q4", k_peer_section)};
  auto section = k_peer_section;
  section.replace(section.find("2026-11-19"), 10, "2027-01-22");

  SUBCASE("the date moved on, the notes and who completed it stayed: said on a line under them") {
    input.inputs = {scored("peer-network", "2027-Q1", section)};
    const auto workbook = render::build_scores_workbook(input);
    const auto& about = sheet_named(workbook, "About these scores");
    CHECK(about.rows[1][3].text ==
          "Staff from the programme team left the room for this part.\n"
          "(the same words as in 2026-Q4, as is who completed it)");
  }
  SUBCASE("new notes: nothing said") {
    section.replace(section.find("Staff from"), 10, "People from");
    input.inputs = {scored("peer-network", "2027-Q1", section)};
    const auto workbook = render::build_scores_workbook(input);
    const auto& about = sheet_named(workbook, "About these scores");
    CHECK(about.rows[1][3].text == "People from the programme team left the room for this part.");
  }
}

TEST_CASE("build_scores_workbook: About these scores says who completed each section, how many, when, and its notes") {
  render::ScoresWorkbookInput input;
  input.inputs = {scored("organisation", "2026-Q4", "    rows:\n      strategy:\n        score: 3\n"),
                  scored("peer-network", "2026-Q4", k_peer_section)};
  const auto workbook = render::build_scores_workbook(input);
  const auto& about = sheet_named(workbook, "About these scores");
  REQUIRE(about.rows.size() > 2);
  CHECK(about.rows[0][2].text == "Score, who completed it and when");
  const auto& peer = about.rows[2];  // commitment, the peer network's line
  CHECK(peer[0].text == "1. Commitment and leadership");
  CHECK(peer[1].text == "Co-production peer network, 2026-Q4");
  CHECK(peer[2].text ==
        "score 2.5 from 2 of 5 rows, 3 not scored yet; completed by Northbridge co-production peer network (8 members "
        "present); last "
        "completed 2026-11-19");
  CHECK(peer[3].text == "Staff from the programme team left the room for this part.");
  CHECK(about.rows[1][3].kind == Cell::Kind::blank);  // the organisation wrote no notes
  CHECK(about.rows[1][2].text.find("completed by: not recorded; last completed: not recorded") != std::string::npos);
  // In the pack's own words: its "Every row and its evidence" has the same line.
  render::Report report;
  report.inputs = input.inputs;
  report.comparison = analysis::compare(input.inputs, 1.5);
  CHECK(render::render_report_markdown(report).find(peer[2].text) != std::string::npos);
  CHECK(about.frozen_rows == 1);
  CHECK(about.print_scale == 0);  // one page wide
}

TEST_CASE("build_scores_workbook: Reflections lists each input's reflections, a point a line, as the pack does") {
  render::ScoresWorkbookInput input;
  input.inputs = {scored("organisation", "2026-Q4", "    rows:\n      strategy:\n        score: 3\n"),
                  scored("peer-network", "2026-Q4", k_peer_section, k_reflections)};
  const auto reflections = sheet_named(render::build_scores_workbook(input), "Reflections");
  REQUIRE(reflections.rows.size() == 4);
  CHECK(reflections.rows[1][0].text == "Organisation, 2026-Q4");
  CHECK(reflections.rows[1][2].text == "No reflections recorded yet.");
  CHECK(reflections.rows[2][1].text == "What was surprising");
  CHECK(reflections.rows[2][2].text ==
        "• Meeting the director made more difference than any report.\n"
        "• Nearly all our changes to the leaflet were accepted.");
  CHECK(reflections.rows[3][1].text == "Emerging priorities");
  CHECK(reflections.rows[3][2].text == "Pay expenses on time.");

  SUBCASE("with none written anywhere, one line says so") {
    input.inputs.pop_back();
    const auto none = sheet_named(render::build_scores_workbook(input), "Reflections");
    REQUIRE(none.rows.size() == 2);
    CHECK(none.rows[1][2].text == "No reflections recorded yet.");
  }
}

TEST_CASE("build_scores_workbook: a row scored with no evidence is marked and counted as the pack marks it") {
  render::ScoresWorkbookInput input;
  input.inputs = {scored("organisation", "2026-Q4", "    rows:\n      strategy:\n        score: 3\n"),
                  scored("peer-network", "2026-Q4", k_peer_section)};
  const auto workbook = render::build_scores_workbook(input);
  const auto& rows = sheet_named(workbook, "Rows");
  const std::size_t evidence = 5;  // Section, Row, the two signs, the organisation's score
  REQUIRE(rows.rows[0][evidence].text == "Evidence: Organisation");
  CHECK(rows.rows[1][evidence].text == "no evidence given");
  CHECK(rows.rows[1][evidence].style == CellStyle::missing_text);
  CHECK(rows.rows[1][evidence + 2].text == "Not yet ours.");
  CHECK(rows.rows[2][evidence + 2].text == "no evidence given");
  // Counted under About these scores' table as on page 1, pointing to where they are.
  CHECK(has(first_column(sheet_named(workbook, "About these scores")),
            "No supporting evidence for organisation 1 of 1 scored rows, peer network 1 of 2: see “no evidence "
            "given” on the Rows sheet."));

  SUBCASE("a pack of scores only says the evidence is left out, and has no sheets of what it leaves out") {
    input.scores_only = true;
    const auto scores_only = render::build_scores_workbook(input);
    CHECK(sheet_named(scores_only, "Rows").rows[1][evidence].text == "left out");
    CHECK(find_sheet(scores_only, "About these scores") == nullptr);
    CHECK(find_sheet(scores_only, "Reflections") == nullptr);
    for (const auto& line : first_column(sheet_named(scores_only, "Summary")))
      CHECK(line.find("No supporting evidence") == std::string::npos);
  }
}

TEST_CASE("build_scores_workbook: Row changes lists the rows that moved since the earlier period, as the pack does") {
  render::ScoresWorkbookInput input;
  input.inputs = {scored("organisation", "2026-Q4",
                         "    rows:\n      strategy:\n        score: 3.5\n        evidence: Signed off.\n"
                         "      motivation:\n        score: 2\n        evidence: Some.\n"
                         "      leaders:\n        score: 4\n        evidence: Named.\n")};
  input.previous = {scored("organisation", "2026-Q3",
                           "    rows:\n      strategy:\n        score: 2\n      motivation:\n        score: 2\n")};
  const auto workbook = render::build_scores_workbook(input);
  const auto& changes = sheet_named(workbook, "Row changes");
  REQUIRE(changes.rows.size() >= 3);
  CHECK(changes.rows[0][2].text == "Change");
  const auto& up = changes.rows[1];
  CHECK(up[0].text == "Organisation, 2026-Q4, since 2026-Q3");
  CHECK(up[1].text == "Up or down");
  CHECK(up[2].text == "Up 1.5, from 2 to 3.5");
  CHECK(up[3].text == "Row 1.1, 1. Commitment and leadership");
  CHECK(up[4].text == "Strategy has been co-developed with people with lived experience.");
  const auto& first_time = changes.rows[2];
  CHECK(first_time[1].text == "Scored now, not in 2026-Q3");
  CHECK(first_time[2].text == "Now 4, was not scored yet in 2026-Q3");
  CHECK(first_time[3].text == "Row 1.4, 1. Commitment and leadership");
  const auto lines = first_column(changes);
  CHECK(has(lines,
            "Organisation, 2026-Q4, since 2026-Q3: 1 row up, 0 down and 1 the same; 1 scored now, not in "
            "2026-Q3."));
  CHECK(has(first_column(sheet_named(workbook, "About these scores")),
            "Row by row since 2026-Q3: organisation 1 up, 1 scored for the first time: see the Row changes sheet."));
  // Beside the Change sheet, before the Rows sheet.
  CHECK(workbook.sheets[2].name == "Row changes");

  SUBCASE("without an earlier period there is no such sheet") {
    input.previous.clear();
    CHECK(find_sheet(render::build_scores_workbook(input), "Row changes") == nullptr);
  }
}
