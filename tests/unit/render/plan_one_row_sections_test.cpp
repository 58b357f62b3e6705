#include <regex>
#include <string>
#include <vector>

#include <doctest/doctest.h>

#include "analysis/attention.hpp"
#include "ipc_assessments.hpp"
#include "render/plan.hpp"
#include "test_support.hpp"
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

// What a reader of the printed sheet reads: its text, without the markup and style, whose "row" (class="row-title",
// a table's <tr>) no one reads.
std::string read(std::string html) {
  html = std::regex_replace(html, std::regex("<style[^>]*>[\\s\\S]*?</style>"), " ");
  return std::regex_replace(html, std::regex("<[^>]*>"), " ");
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
  CHECK(rows_said(read(html)) == std::vector<std::string>{});
  CHECK(rows_said(render::render_plan_sheet_text(sheet, 100)) == std::vector<std::string>{});
  CHECK(rows_said(render::render_plan_sheet_markdown(sheet)) == std::vector<std::string>{});
  CHECK(render::render_plan_sheet_json(sheet).find("\"rows\"") != std::string::npos);
}

TEST_CASE("plan sheet: the main guide's sections still list the rows that pull each down") {
  const auto& ipc = *test::ipc();
  CHECK(render::plan_lists_rows(ipc));
  CHECK(render::plan_sheet_shows(ipc) ==
        "why it needs attention and the rows that pull it down, with the guide's advice where it gives some");
  model::Action action;
  action.rows = {"contact.excluded-groups"};
  CHECK(render::plan_action_sections(action, ipc).empty());
}
