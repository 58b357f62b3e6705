#include "analysis/plan_carried_actions.hpp"

#include <doctest/doctest.h>

using namespace coprod;

namespace {

model::Action action(const std::string& id, model::ActionStatus status, const std::string& section = "contact") {
  model::Action made;
  made.id = id;
  made.what = "Do " + id;
  made.sections = {section};
  made.status = status;
  return made;
}

model::Plan plan_for(const std::string& period, std::vector<model::Action> actions = {}) {
  model::Plan plan;
  plan.framework_id = "ipc-coproduction";
  plan.area = "Northbridge";
  plan.period = *model::Period::parse(period);
  plan.actions = std::move(actions);
  return plan;
}

std::vector<model::Action> carried_ok(const model::Plan& earlier, const model::Plan& later) {
  auto carried = analysis::carried_actions(earlier, later);
  const auto* problem = std::get_if<std::string>(&carried);
  REQUIRE_MESSAGE(!problem, (problem ? *problem : ""));
  return std::get<std::vector<model::Action>>(carried);
}

std::string refusal(const model::Plan& earlier, const model::Plan& later) {
  auto carried = analysis::carried_actions(earlier, later);
  REQUIRE(std::holds_alternative<std::string>(carried));
  return std::get<std::string>(carried);
}

}  // namespace

TEST_CASE("carried_actions") {
  SUBCASE("every action neither done nor dropped, in order, as it was, marked with the earlier plan's period") {
    auto open = action("contact-1", model::ActionStatus::open);
    open.owner = "Programme lead";
    open.due = model::Date::parse("2026-12-15");
    open.notes = "Agreed in March.";
    open.target = model::Score::from_halves(7);
    const auto earlier = plan_for("2026-Q3", {action("commitment-1", model::ActionStatus::done), open,
                                              action("dropped-1", model::ActionStatus::dropped),
                                              action("started-1", model::ActionStatus::in_progress)});
    const auto carried = carried_ok(earlier, plan_for("2026-Q4"));
    REQUIRE(carried.size() == 2);
    CHECK(carried[0].id == "contact-1");
    CHECK(carried[0].what == open.what);
    CHECK(carried[0].owner == open.owner);
    CHECK(carried[0].due == open.due);
    CHECK(carried[0].notes == open.notes);
    CHECK(carried[0].target == open.target);
    CHECK(carried[0].sections == open.sections);
    CHECK(carried[0].carried_from == model::Period::parse("2026-Q3"));
    CHECK(carried[1].id == "started-1");
    CHECK(carried[1].status == model::ActionStatus::in_progress);
  }
  SUBCASE("a draft with nothing written was never agreed, and is not carried") {
    auto blank = action("knowledge-1", model::ActionStatus::open, "knowledge");
    blank.what.clear();
    const auto carried =
        carried_ok(plan_for("2026-Q3", {blank, action("contact-1", model::ActionStatus::open)}), plan_for("2026-Q4"));
    REQUIRE(carried.size() == 1);
    CHECK(carried[0].id == "contact-1");
  }
  SUBCASE("an area written with other capitals or spaces is the same area") {
    auto earlier = plan_for("2026-Q3", {action("contact-1", model::ActionStatus::open)});
    earlier.area = " northbridge";
    CHECK(carried_ok(earlier, plan_for("2026-Q4")).size() == 1);
  }
  SUBCASE("an action carried into the earlier plan keeps the period it was first agreed in") {
    auto older = action("contact-1", model::ActionStatus::open);
    older.carried_from = model::Period::parse("2026-Q2");
    const auto carried = carried_ok(plan_for("2026-Q3", {older}), plan_for("2026-Q4"));
    REQUIRE(carried.size() == 1);
    CHECK(carried[0].carried_from == model::Period::parse("2026-Q2"));
  }
  SUBCASE("refused: another framework, another area, a period not earlier") {
    auto other_framework = plan_for("2026-Q3");
    other_framework.framework_id = "strategic";
    CHECK(refusal(other_framework, plan_for("2026-Q4")).starts_with("it is for the framework 'strategic'"));
    auto other_area = plan_for("2026-Q3");
    other_area.area = "Southbridge";
    CHECK(refusal(other_area, plan_for("2026-Q4")) ==
          "it is for Southbridge and the assessments for Northbridge; give Northbridge's earlier plan");
    CHECK(refusal(plan_for("2026-Q4"), plan_for("2026-Q4")) ==
          "it is the plan for 2026-Q4, the same period as the assessments' period; give the plan of an earlier period");
    CHECK(refusal(plan_for("2027-Q1"), plan_for("2026-Q4"))
              .starts_with("it is the plan for 2027-Q1, later than the assessments' period"));
  }
}

TEST_CASE("number_after") {
  std::vector<model::Action> drafts = {
      action("contact-1", model::ActionStatus::open), action("commitment-1", model::ActionStatus::open, "commitment"),
      action("knowledge-1", model::ActionStatus::open, "knowledge"), action("contact-1", model::ActionStatus::open)};
  analysis::number_after(drafts, {"contact-1", "contact-3", "commitment-1", "coproduce-1"});
  CHECK(drafts[0].id == "contact-4");
  CHECK(drafts[1].id == "commitment-2");
  CHECK(drafts[2].id == "knowledge-1");
  CHECK(drafts[3].id == "contact-5");
}
