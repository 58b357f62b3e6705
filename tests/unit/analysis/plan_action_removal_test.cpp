#include "analysis/plan_action_removal.hpp"

#include <doctest/doctest.h>

using namespace coprod;

namespace {

model::Plan plan_with_actions() {
  model::Plan plan;
  const auto add = [&plan](const std::string& id, model::ActionStatus status, std::string what = "Do it") {
    plan.actions.emplace_back();
    plan.actions.back().id = id;
    plan.actions.back().status = status;
    plan.actions.back().what = std::move(what);
  };
  add("commitment-1", model::ActionStatus::done);
  add("contact-1", model::ActionStatus::open);
  plan.actions.back().carried_from = model::Period::parse("2026-Q3");
  add("contact-2", model::ActionStatus::open, "");
  add("knowledge-1", model::ActionStatus::open);
  add("started-1", model::ActionStatus::in_progress);
  add("dropped-1", model::ActionStatus::dropped);
  return plan;
}

std::string refusal(std::string_view id) {
  const auto removable = analysis::removable_action(plan_with_actions(), id);
  REQUIRE(std::holds_alternative<std::string>(removable));
  return std::get<std::string>(removable);
}

}  // namespace

TEST_CASE("removable_action") {
  SUBCASE("a draft or open action agreed in this plan, by its place") {
    CHECK(std::get<std::size_t>(analysis::removable_action(plan_with_actions(), "contact-2")) == 2);
    CHECK(std::get<std::size_t>(analysis::removable_action(plan_with_actions(), " knowledge-1 ")) == 3);
  }
  SUBCASE("not one started, finished or carried from an earlier plan") {
    CHECK(refusal("contact-1").starts_with("the action 'contact-1' was carried from the 2026-Q3 plan"));
    CHECK(refusal("contact-1")
              .ends_with("set its status to dropped instead (--set contact-1.status=dropped), so that "
                         "the plan still shows it"));
    CHECK(refusal("started-1").starts_with("the action 'started-1' is in progress"));
    CHECK(refusal("commitment-1").starts_with("the action 'commitment-1' is done, and stays in the plan"));
    CHECK(refusal("dropped-1").starts_with("the action 'dropped-1' is dropped, and stays in the plan"));
  }
  SUBCASE("asked in 'plan --edit --interactive': drop it at the Status question, not with an option") {
    const auto removable =
        analysis::removable_action(plan_with_actions(), "started-1", analysis::DropAdvice::interactive);
    REQUIRE(std::holds_alternative<std::string>(removable));
    CHECK(std::get<std::string>(removable).ends_with(
        "set its status to dropped instead (type dropped at its Status question), so that the plan still shows it"));
    CHECK(std::get<std::string>(removable).find("--set") == std::string::npos);
  }
  SUBCASE("an id the plan does not have") {
    CHECK(refusal("knowlege-1") == "the plan has no action 'knowlege-1'; did you mean 'knowledge-1'?");
    // Only the actions that could be removed are offered: contact-1 (carried) is as near to contact-3 as contact-2.
    CHECK(refusal("zzz") == "the plan has no action 'zzz'; the actions that can be removed are contact-2, knowledge-1");
    CHECK(refusal("contact-3") == "the plan has no action 'contact-3'; did you mean 'contact-2'?");
    CHECK(std::get<std::string>(analysis::removable_action(model::Plan{}, "a")) == "the plan has no actions to remove");
  }
}
