#include <string>

#include <doctest/doctest.h>

#include "render/workbook.hpp"
#include "test_support.hpp"
#include "yaml/assessment_loader.hpp"
#include "yaml/builtin_frameworks.hpp"
#include "yaml/plan_loader.hpp"

using namespace coprod;
using test::scored_example;

TEST_CASE("build_scores_workbook: the Summary opens with what the board is asked to do") {
  model::Plan plan;
  plan.asks_of_the_board = {"=Agree to fund travel", "Note the leaflet"};
  render::ScoresWorkbookInput input;
  input.inputs = {scored_example("2026-Q4-organisation.coprod.yaml"),
                  scored_example("2026-Q4-peer-network.coprod.yaml")};
  const auto without = render::build_scores_workbook(input).sheets.front();
  input.plan = &plan;
  const auto summary = render::build_scores_workbook(input).sheets.front();
  REQUIRE(summary.rows.size() == without.rows.size() + 4);
  CHECK(summary.rows[1][0].text == "2026-Q4: October to December 2026");  // the months under the title first
  CHECK(summary.rows[2][0].text == "What we ask the board to do");
  CHECK(summary.rows[3][0].text == "1. =Agree to fund travel");  // text, never a formula
  CHECK(summary.rows[3][0].kind == render::Cell::Kind::text);
  CHECK(summary.rows[4][0].text == "2. Note the leaflet");
  CHECK(summary.rows[5].empty());
  CHECK(summary.rows[6] == without.rows[2]);  // the note, then the table, as before
  CHECK(summary.frozen_rows == without.frozen_rows + 4);
  // A plan without asks: nothing added.
  plan.asks_of_the_board.clear();
  CHECK(render::build_scores_workbook(input).sheets.front().rows == without.rows);
}
