#include "analysis/plan_new_action.hpp"

#include <doctest/doctest.h>

#include "ipc_assessments.hpp"

using namespace coprod;

namespace {

model::Plan plan_with(const std::vector<std::string>& ids) {
  model::Plan plan;
  for (const auto& id : ids) {
    model::Action action;
    action.id = id;
    plan.actions.push_back(action);
  }
  return plan;
}

model::Action added_ok(const model::Plan& plan, std::string_view section, const std::vector<std::string>& rows = {}) {
  auto made = analysis::new_plan_action(plan, *test::ipc(), section, rows);
  const auto* problem = std::get_if<std::string>(&made);
  REQUIRE_MESSAGE(!problem, (problem ? *problem : ""));
  return std::get<model::Action>(made);
}

std::string refusal(std::string_view section, const std::vector<std::string>& rows = {}) {
  auto made = analysis::new_plan_action(plan_with({}), *test::ipc(), section, rows);
  REQUIRE(std::holds_alternative<std::string>(made));
  return std::get<std::string>(made);
}

}  // namespace

TEST_CASE("new_plan_action") {
  SUBCASE("the section by its id, number, title or label, in any capitals") {
    for (const std::string_view given : {"contact", "2", " Contact and connect ", "2. contact and CONNECT"}) {
      CAPTURE(given);
      const auto action = added_ok(plan_with({}), given);
      CHECK(action.id == "contact-1");
      CHECK(action.sections == std::vector<std::string>{"contact"});
      CHECK(action.rows.empty());
      CHECK(action.what.empty());
    }
    CHECK(added_ok(plan_with({}), "facilitate the process").id == "facilitate-1");
  }
  SUBCASE("the id takes one more than the highest number the section's actions have") {
    CHECK(added_ok(plan_with({"contact-1", "commitment-7"}), "contact").id == "contact-2");
    CHECK(added_ok(plan_with({"contact-1", "contact-3", "contact-x", "contact-"}), "contact").id == "contact-4");
    CHECK(added_ok(plan_with({"commitment-1"}), "contact").id == "contact-1");
  }
  SUBCASE("rows by reference, by id in the section, or by number, each once, in the order given") {
    const auto action = added_ok(plan_with({}), "contact", {"2.3", "wrong-people", " contact.wrong-people"});
    CHECK(action.rows == std::vector<std::string>{"contact.partners-invite", "contact.wrong-people"});
    // A row of another section is refused: most likely a typo (3.1 for 2.1; review).
    CHECK(refusal("contact", {"1.1"}) ==
          "the row '1.1' is in 1. Commitment and leadership, not in 2. Contact and connect, the section of the new "
          "action; give a row of 2. Contact and connect (2.1 to 2.3)");
    CHECK(added_ok(plan_with({}), "facilitate", {"F.2"}).rows ==
          std::vector<std::string>{"facilitate.safe-to-explore"});
  }
  SUBCASE("a section is also named by the letter the pack shows it by, in any capitals") {
    CHECK(added_ok(plan_with({}), "F", {}).sections == std::vector<std::string>{"facilitate"});
    CHECK(added_ok(plan_with({}), "f", {}).sections == std::vector<std::string>{"facilitate"});
  }
  SUBCASE("an unknown section or row says what may be meant, or what to give") {
    CHECK(refusal("contcat") == "the framework has no section 'contcat'; did you mean 'contact'?");
    CHECK(refusal("contact and conect") ==
          "the framework has no section 'contact and conect'; did you mean 'contact "
          "and connect'?");
    CHECK(refusal("9") ==
          "the framework has no section '9'; give its number or letter as the pack shows it, its title or its id "
          "(commitment, "
          "contact, purpose, knowledge, coproduce, impact or facilitate)");
    CHECK(refusal("contact", {"contact.wrong-peple"}) ==
          "the framework has no row 'contact.wrong-peple'; did you mean 'contact.wrong-people'?");
    CHECK(refusal("contact", {"strategy"}) ==
          "the framework has no row 'strategy'; give a row's number as the form shows it, such as 2.1, or its id, "
          "such as contact.wrong-people ('coprod frameworks ipc-coproduction' lists them)");
  }
}
