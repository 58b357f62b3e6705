#include <doctest/doctest.h>

#include "test_support.hpp"
#include "yaml/plan_loader.hpp"
#include "yaml/plan_writer.hpp"

using namespace coprod;

namespace {

// A plan's opening lines, up to the items of its actions.
const std::string k_actions_head = test::k_plan_head + "actions:\n";

}  // namespace

TEST_CASE("a plan's carried_from") {
  SUBCASE("written by write_action_item() and read back by load_plan()") {
    model::Action action;
    action.id = "contact-1";
    action.what = "Ask GP practices";
    action.sections = {"contact"};
    action.status = model::ActionStatus::in_progress;
    action.carried_from = model::Period::parse("2026-Q3");
    const std::string item = yaml::write_action_item(action, "");
    CHECK(item.find("    carried_from: 2026-Q3") != std::string::npos);
    auto loaded = yaml::load_plan(k_actions_head + item, "plan.yaml", test::builtin_catalog());
    REQUIRE_MESSAGE(loaded.ok(), test::first_error(loaded.problems()));
    REQUIRE(loaded->plan.actions.size() == 1);
    CHECK(loaded->plan.actions[0].carried_from == model::Period::parse("2026-Q3"));
    CHECK(loaded->plan.actions[0].status == model::ActionStatus::in_progress);
  }
  SUBCASE("absent or empty: not carried") {
    auto loaded =
        yaml::load_plan(k_actions_head + "  - id: a\n    carried_from:\n", "plan.yaml", test::builtin_catalog());
    REQUIRE(loaded.ok());
    CHECK_FALSE(loaded->plan.actions[0].carried_from);
  }
  SUBCASE("not a period: refused at its place, saying what to write") {
    auto loaded = yaml::load_plan(k_actions_head + "  - id: a\n    carried_from: last quarter\n", "plan.yaml",
                                  test::builtin_catalog());
    REQUIRE_FALSE(loaded.ok());
    const auto& problem = loaded.problems().front();
    CHECK(problem.position.line == 8);
    CHECK(
        problem.message.starts_with("'carried_from' of the action 'a' should be the period of the plan it was "
                                    "carried from, such as 2026-Q3; write "));
  }
}
