// The scores workbook says on what date it was made and its plan's statuses hold, in the evidence pack's words,
// and where the scores of the earlier periods its Summary lists are.

#include <algorithm>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include <doctest/doctest.h>

#include "analysis/comparison.hpp"
#include "analysis/plan_review.hpp"
#include "render/report.hpp"
#include "render/workbook.hpp"
#include "test_support.hpp"
#include "yaml/assessment_loader.hpp"
#include "yaml/plan_loader.hpp"

using namespace coprod;

namespace {

std::shared_ptr<const analysis::AssessmentResult> scored_example(const std::string& name,
                                                                 const std::string& period = "") {
  std::string text = test::read_file(test::source_path("examples/northbridge/" + name));
  auto loaded = yaml::load_assessment(text, name, test::builtin_catalog());
  REQUIRE(loaded);
  if (!period.empty()) loaded->assessment.period = *model::Period::parse(period);
  return test::scored(loaded->framework, std::move(loaded->assessment));
}

const render::Sheet& sheet_named(const render::Workbook& workbook, const std::string& name) {
  for (const auto& sheet : workbook.sheets)
    if (sheet.name == name) return sheet;
  FAIL("no sheet named " << name);
  throw std::logic_error("unreachable");
}

// Every text cell of the sheet's column, top to bottom.
std::vector<std::string> column_texts(const render::Sheet& sheet, std::size_t column) {
  std::vector<std::string> texts;
  for (const auto& row : sheet.rows)
    if (column < row.size() && row[column].kind == render::Cell::Kind::text) texts.push_back(row[column].text);
  return texts;
}

bool has(const std::vector<std::string>& texts, const std::string& text) {
  return std::find(texts.begin(), texts.end(), text) != texts.end();
}

// The Northbridge pack of 2026-Q4 with its plan, its statuses on `date` when one is given.
struct NorthbridgePack {
  analysis::AssessmentResults inputs = {scored_example("2026-Q4-organisation.coprod.yaml"),
                                        scored_example("2026-Q4-peer-network.coprod.yaml")};
  yaml::LoadedPlan plan = load_plan();
  std::optional<analysis::PlanReview> review;

  static yaml::LoadedPlan load_plan() {
    const std::string text = test::read_file(test::source_path("examples/northbridge/2026-Q3-action-plan.yaml"));
    auto loaded = yaml::load_plan(text, "plan.yaml", test::builtin_catalog());
    REQUIRE(loaded);
    return std::move(*loaded);
  }

  render::ScoresWorkbookInput workbook_input(const std::optional<std::string>& date) {
    render::ScoresWorkbookInput input;
    input.inputs = inputs;
    input.plan = &plan.plan;
    if (date) {
      input.date = model::Date::parse(*date);
      review = analysis::review_plan(plan.plan, plan.framework, {}, inputs, *input.date);
      input.review = &*review;
    }
    return input;
  }
};

}  // namespace

TEST_CASE("build_scores_workbook: the Summary gives the report date under the title, as the pack's first page does") {
  NorthbridgePack pack;
  const auto undated = render::build_scores_workbook(pack.workbook_input(std::nullopt)).sheets.front();
  const auto dated = render::build_scores_workbook(pack.workbook_input("2026-12-15")).sheets.front();
  // On the line of the months under the title, after them (a line more pushed the table, or the chart, on to
  // the next printed page).
  REQUIRE(dated.rows.size() == undated.rows.size());
  CHECK(undated.rows[1][0].text == "2026-Q4: October to December 2026");
  CHECK(dated.rows[1].size() == 1);
  CHECK(dated.rows[1][0].text == "2026-Q4: October to December 2026. Report date: 2026-12-15");
  CHECK(dated.rows[1][0].kind == render::Cell::Kind::text);
  // The rest as before, and the date kept in sight with the title and the headings.
  CHECK(dated.rows[2] == undated.rows[2]);
  CHECK(dated.frozen_rows == undated.frozen_rows);
  CHECK(dated.rows[dated.frozen_rows - 1] == undated.rows[undated.frozen_rows - 1]);
  CHECK(dated.spans == undated.spans);  // the line wrapped across the table, as each ask and the note are
  // Undated: no date is made up.
  CHECK(std::none_of(undated.rows.begin(), undated.rows.end(),
                     [](const auto& row) { return !row.empty() && row[0].text.rfind("Report date", 0) == 0; }));
}

TEST_CASE("build_scores_workbook: the Plan sheet opens with the date its statuses hold on, in the pack's words") {
  NorthbridgePack pack;
  SUBCASE("an action due 2026-12-15 is in progress on that day and overdue on 2027-02-01, and the sheet says so") {
    const auto on_the_day = render::build_scores_workbook(pack.workbook_input("2026-12-15"));
    const auto later = render::build_scores_workbook(pack.workbook_input("2027-02-01"));
    const auto& day_sheet = sheet_named(on_the_day, "Plan");
    const auto& later_sheet = sheet_named(later, "Plan");
    CHECK(day_sheet.rows[0][0].text.rfind("Statuses on 2026-12-15: ", 0) == 0);
    CHECK(later_sheet.rows[0][0].text.rfind("Statuses on 2027-02-01: ", 0) == 0);
    // The headings under it, frozen and printed atop every page; the line wrapped across the table.
    CHECK(day_sheet.rows[1][0].text == "Action");
    CHECK(day_sheet.frozen_rows == 2);
    CHECK(std::any_of(day_sheet.spans.begin(), day_sheet.spans.end(), [&](const render::CellSpan& span) {
      return span.row == 0 && span.column == 0 && span.last_column == day_sheet.widths.size() - 1;
    }));
    REQUIRE(day_sheet.rows[1][6].text == "Status");
    CHECK(day_sheet.rows[3][6].text.find("overdue") == std::string::npos);  // contact-1, due 2026-12-15
    CHECK(later_sheet.rows[3][6].text.find("overdue") != std::string::npos);
  }
  SUBCASE("the same words as the evidence pack's plan part") {
    const auto workbook = render::build_scores_workbook(pack.workbook_input("2027-02-01"));
    const std::string line = sheet_named(workbook, "Plan").rows[0][0].text;
    render::Report report;
    report.title = "Northbridge";
    report.date = "2027-02-01";
    report.inputs = pack.inputs;
    report.comparison = analysis::compare(pack.inputs, 1.5);
    report.plan = &pack.plan.plan;
    report.plan_review = pack.review;
    const std::string html = render::render_report_html(report);
    CHECK(html.find("<p>" + line + "</p>") != std::string::npos);
    CHECK(html.find(">Report date: 2027-02-01<") != std::string::npos);
  }
  SUBCASE("undated: the statuses are as written, and the line says an action past its due date is not marked") {
    const auto workbook = render::build_scores_workbook(pack.workbook_input(std::nullopt));
    const auto& sheet = sheet_named(workbook, "Plan");
    CHECK(sheet.rows[0][0].text.rfind("Statuses as written in the plan", 0) == 0);
    CHECK(sheet.rows[0][0].text.find("not marked overdue") != std::string::npos);
  }
  SUBCASE("the line's words do not widen the Action column") {
    const auto dated = render::build_scores_workbook(pack.workbook_input("2027-02-01"));
    const auto undated = render::build_scores_workbook(pack.workbook_input(std::nullopt));
    CHECK(sheet_named(dated, "Plan").widths == sheet_named(undated, "Plan").widths);
  }
}

TEST_CASE("build_scores_workbook: the Summary says where the scores of the earlier periods it lists are") {
  render::ScoresWorkbookInput input;
  input.inputs = {scored_example("2026-Q4-organisation.coprod.yaml"),
                  scored_example("2026-Q4-peer-network.coprod.yaml")};
  const auto summary_texts = [&] { return column_texts(render::build_scores_workbook(input).sheets.front(), 0); };
  const std::string on_change_sheet = "Scores in 2026-Q3, and the change since: see the Change sheet.";
  SUBCASE("no earlier period: no such line") {
    const auto texts = summary_texts();
    CHECK(std::none_of(texts.begin(), texts.end(), [](const auto& text) { return text.rfind("Scores in", 0) == 0; }));
  }
  SUBCASE("one earlier period: on the Change sheet, its months under the title") {
    input.previous = {scored_example("2026-Q3-organisation.coprod.yaml"),
                      scored_example("2026-Q3-peer-network.coprod.yaml")};
    const auto texts = summary_texts();
    CHECK(texts[1] == "2026-Q4: October to December 2026; 2026-Q3: July to September 2026");
    CHECK(has(texts, on_change_sheet));
    CHECK(sheet_named(render::build_scores_workbook(input), "Change").name == "Change");
  }
  SUBCASE("two earlier periods: the latest on the Change sheet, the other in the pack's table of every period") {
    input.previous = {scored_example("2026-Q3-organisation.coprod.yaml"),
                      scored_example("2026-Q3-organisation.coprod.yaml", "2026-Q2")};
    const auto texts = summary_texts();
    CHECK(has(texts, on_change_sheet));
    CHECK(has(texts, "Scores in 2026-Q2: see “Part 3: Section scores in every period” in the evidence pack."));
  }
}
