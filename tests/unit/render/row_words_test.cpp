#include "render/row_words.hpp"

#include <algorithm>
#include <regex>
#include <string>
#include <vector>

#include <doctest/doctest.h>

#include "analysis/attention.hpp"
#include "analysis/comparison.hpp"
#include "render/plan.hpp"
#include "render/report.hpp"
#include "render/workbook.hpp"
#include "test_support.hpp"
#include "util/escape.hpp"
#include "yaml/assessment_loader.hpp"
#include "yaml/plan_loader.hpp"

using namespace coprod;

namespace {

std::string strategic(const std::string& name) {
  return test::read_file(test::source_path("tests/unit/data/strategic/" + name));
}

std::shared_ptr<const analysis::AssessmentResult> assessment(const std::string& name) {
  auto file = yaml::load_assessment(strategic(name), name, test::builtin_catalog());
  REQUIRE(file);
  return test::scored(file->framework, std::move(file->assessment));
}

// The page without its <style> and <script> elements, contents and all. Not by std::regex: its lazy
// "[\s\S]*?" goes one call deeper for each character it passes, which overflowed the stack on the pack's
// script (under AddressSanitizer at -O1).
std::string without_style_and_script(const std::string& html) {
  std::string kept;
  std::size_t from = 0;
  for (;;) {
    const auto style = html.find("<style", from);
    const auto script = html.find("<script", from);
    const auto start = std::min(style, script);
    if (start == std::string::npos) return kept + html.substr(from);
    const std::string end_tag = start == style ? "</style>" : "</script>";
    const auto end = html.find(end_tag, start);
    kept += html.substr(from, start - from) + " ";
    if (end == std::string::npos) return kept;
    from = end + end_tag.size();
  }
}

// What a reader is given of a pack: its text and what a screen reader reads (captions, labels, alt text) or a phone
// shows (a stacked table's data-label), without
// the markup, style and scripts, whose "row" (role="row", <th scope="row">, class="row-id") no one reads.
std::string read_aloud(std::string html) {
  html = without_style_and_script(html);
  std::string attributes;
  const std::regex read_attribute("(aria-label|alt|title|data-label)=\"([^\"]*)\"");
  for (auto it = std::sregex_iterator(html.begin(), html.end(), read_attribute); it != std::sregex_iterator(); ++it)
    attributes += " " + (*it)[2].str();
  return std::regex_replace(html, std::regex("<[^>]*>"), " ") + attributes;
}

// Each place the text says "row" or "rows", with the words around it.
std::vector<std::string> rows_said(const std::string& text) {
  std::vector<std::string> found;
  const std::regex row("[^\\n]{0,40}\\b[Rr]ows?\\b[^\\n]{0,40}");
  for (auto it = std::sregex_iterator(text.begin(), text.end(), row); it != std::sregex_iterator(); ++it)
    found.push_back(it->str());
  return found;
}

}  // namespace

TEST_CASE("row_words: sections where every section is its one row, else rows") {
  const auto& catalog = test::builtin_catalog();
  const auto& ipc = *catalog.find_latest("ipc-coproduction");
  const render::RowWords rows = render::row_words(ipc);
  CHECK_FALSE(rows.sections);
  CHECK(rows.counted(1) == "1 row");
  CHECK(rows.counted(6) == "6 rows");
  CHECK(rows.capital_many() == "Rows");
  CHECK(rows.named(ipc.sections.front(), ipc.sections.front().rows[3]) == "row 1.4");
  CHECK(rows.number(ipc.sections.front(), ipc.sections.front().rows[3]) == "1.4");
  for (const std::string id : {"strategic-coproduction", "making-coproduction-work"}) {
    CAPTURE(id);
    const auto& framework = *catalog.find_latest(id);
    const render::RowWords sections = render::row_words(framework);
    CHECK(sections.sections);
    CHECK(sections.counted(1) == "1 section");
    CHECK(sections.counted(6) == "6 sections");
    CHECK(sections.capital_one() == "Section");
    CHECK(sections.named(framework.sections[4], framework.sections[4].rows.front()) == "section 5");
    CHECK(sections.number(framework.sections[4], framework.sections[4].rows.front()) == "5");
  }
}

TEST_CASE("render_report_html and render_report_markdown: a pack whose every section is its row says no 'row'") {
  // strategic-coproduction with an earlier period, a plan, rows without evidence and differences: every part
  // that counts or names a row. A reader of it has only ever seen sections.
  auto loaded = yaml::load_plan(strategic("2026-Q4-action-plan.yaml"), "plan.yaml", test::builtin_catalog());
  REQUIRE(loaded);
  render::Report report;
  report.title = "Co-production reflection: Ærdale & Søuth Vale <b>ICB</b>, 2026-Q4";
  report.date = "2026-12-10";
  report.inputs = {assessment("2026-Q4-organisation.coprod.yaml"), assessment("2026-Q4-peer-network.coprod.yaml")};
  report.previous = {assessment("2026-Q3-organisation.coprod.yaml"), assessment("2026-Q3-peer-network.coprod.yaml")};
  report.comparison = analysis::compare(report.inputs, 1.5);
  report.plan = &loaded->plan;
  const std::string html = render::render_report_html(report);
  const std::string markdown = render::render_report_markdown(report);
  // Every part that used to say it is there, in its section's words.
  CHECK(html.find("Part 3: Sections whose score changed") != std::string::npos);
  CHECK(html.find("6 sections up, 0 down and 3 the same.") != std::string::npos);
  CHECK(html.find("Part 4: Scored sections with no evidence") != std::string::npos);
  CHECK(html.find("Part 6: Every section and its evidence") != std::string::npos);
  CHECK(html.find("Action on this section:") != std::string::npos);
  CHECK(html.find("<caption class=\"visually-hidden\">Section 5: evidence by perspective</caption>") !=
        std::string::npos);
  CHECK(markdown.find("Section by section since 2026-Q3:") != std::string::npos);
  CHECK(markdown.find("No action in the plan names this section.") != std::string::npos);
  // The actions' sections say it all: no Rows column.
  CHECK(markdown.find("| Action | Sections | Owner | Due | Status | Score hoped for |") != std::string::npos);
  CHECK(html.find("columnheader\">Rows</th>") == std::string::npos);
  // Page 1 names each section that is its row once, by its whole title, without the leaflet's ";": not cut short
  // and then said again after "Early indicator:".
  CHECK(markdown.find("A point of contact with the system;") == std::string::npos);
  CHECK(markdown.find("- **7. A point of contact with the system** (") != std::string::npos);
  CHECK(markdown.find("Early indicator") == std::string::npos);
  CHECK(rows_said(read_aloud(html)) == std::vector<std::string>{});
  CHECK(rows_said(markdown) == std::vector<std::string>{});
}

TEST_CASE("build_scores_workbook: a workbook whose every section is its row says no 'row'") {
  // The same files as the pack above: every sheet that names or counts a row (the Rows and Row changes sheets, the
  // Plan sheet's Rows column, the notes under the tables) is there, in its section's words.
  auto loaded = yaml::load_plan(strategic("2026-Q4-action-plan.yaml"), "plan.yaml", test::builtin_catalog());
  REQUIRE(loaded);
  render::ScoresWorkbookInput input;
  input.inputs = {assessment("2026-Q4-organisation.coprod.yaml"), assessment("2026-Q4-peer-network.coprod.yaml")};
  input.previous = {assessment("2026-Q3-organisation.coprod.yaml"), assessment("2026-Q3-peer-network.coprod.yaml")};
  input.plan = &loaded->plan;
  const render::Workbook workbook = render::build_scores_workbook(input);
  std::vector<std::string> names;
  std::string text = workbook.title + "\n" + workbook.subject + "\n" + workbook.page_header + "\n";
  for (const auto& sheet : workbook.sheets) {
    names.push_back(sheet.name);
    text += sheet.name + "\n";
    for (const auto& row : sheet.rows)
      for (const auto& cell : row) text += cell.text + "\n";
    if (sheet.chart) text += sheet.chart->title + "\n";
  }
  CHECK(names == std::vector<std::string>{"Summary", "Change", "Section changes", "Sections", "About these scores",
                                          "Reflections", "Plan", "Web data", "Abbreviations"});
  CHECK(text.find("see the Section changes sheet.") != std::string::npos);
  CHECK(rows_said(text) == std::vector<std::string>{});
  // A section's number and title, once: no column of "5.1"s beside it.
  const auto& sections = workbook.sheets[3];
  CHECK(sections.rows.front().front().text == "Section");
  CHECK(sections.rows.front()[1].text == "Score: Organisation");
  CHECK(sections.frozen_columns == 1);
  // A title ending in the leaflet's "." takes no second mark before the words after it.
  CHECK(text.find(".:") == std::string::npos);
}

TEST_CASE("plan sheet: a framework whose every section is its one row names sections, never rows") {
  const analysis::AssessmentResults inputs{assessment("2026-Q4-organisation.coprod.yaml"),
                                           assessment("2026-Q4-peer-network.coprod.yaml")};
  auto earlier = yaml::load_plan(strategic("2026-Q4-action-plan.yaml"), "plan.yaml", test::builtin_catalog());
  REQUIRE(earlier);
  render::PlanSheet sheet{inputs, analysis::rank_sections(inputs), 3, std::nullopt};
  render::PlanSheetCarried carried{"earlier.yaml", earlier->plan.period, earlier->plan.actions, std::nullopt};
  // An action naming only a row is carried under that row's section.
  carried.actions.front().sections.clear();
  for (auto& action : carried.actions) action.carried_from = earlier->plan.period;
  sheet.carried = carried;
  const auto& framework = *inputs.front()->framework;
  CHECK_FALSE(render::plan_lists_rows(framework));
  REQUIRE_FALSE(sheet.sections.front().rows.empty());  // JSON keeps them
  CHECK(render::plan_rows_listed(sheet, sheet.sections.front()).empty());
  CHECK(render::plan_sheet_shows(framework) == "why it needs attention");
  CHECK(render::plan_action_sections(carried.actions.front(), framework) ==
        "4. Feedback and ongoing conversation - to understand what has been changed, what can't be changed and why.");
  // ... first, as its section comes first, and in that section's box of actions.
  REQUIRE(sheet.sections.front().section->id == "feedback");
  CHECK(render::plan_carried_groups(sheet).front().actions == std::vector<std::size_t>{0});
  CHECK(render::plan_carried_at_section(sheet, "feedback") == std::vector<std::size_t>{0});

  const std::string html = render::render_plan_sheet_html(sheet);
  CHECK(html.find("<li>The first 3 sections follow, each with why it is here and a box for the actions agreed.</li>") !=
        std::string::npos);
  CHECK(rows_said(read_aloud(html)) == std::vector<std::string>{});
  CHECK(rows_said(render::render_plan_sheet_text(sheet, 100)) == std::vector<std::string>{});
  CHECK(rows_said(render::render_plan_sheet_markdown(sheet)) == std::vector<std::string>{});
  CHECK(render::render_plan_sheet_json(sheet).find("\"rows\"") != std::string::npos);
}

TEST_CASE("plan sheet: the main guide's sections still list the rows that pull each down") {
  const auto& ipc = *test::builtin_catalog().find_latest("ipc-coproduction");
  CHECK(render::plan_lists_rows(ipc));
  CHECK(render::plan_sheet_shows(ipc) ==
        "why it needs attention and the rows that pull it down, with the guide's advice where it gives some");
  model::Action action;
  action.rows = {"contact.excluded-groups"};
  CHECK(render::plan_action_sections(action, ipc).empty());
}
