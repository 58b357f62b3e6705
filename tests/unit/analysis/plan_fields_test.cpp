#include "analysis/plan_fields.hpp"

#include <doctest/doctest.h>

#include "ipc_assessments.hpp"

using namespace coprod;

namespace {

model::Plan two_actions() {
  model::Plan plan;
  plan.actions.resize(2);
  plan.actions[0].id = "commitment-1";
  plan.actions[1].id = "contact-1";
  return plan;
}

const model::Framework& framework() { return *test::ipc(); }

analysis::PlanFieldChange change_ok(std::string_view reference, std::string_view value) {
  auto change = analysis::plan_field_change(two_actions(), framework(), reference, value);
  const auto* problem = std::get_if<std::string>(&change);
  REQUIRE_MESSAGE(!problem, (problem ? *problem : ""));
  return std::get<analysis::PlanFieldChange>(change);
}

std::string refusal(std::string_view reference, std::string_view value) {
  auto change = analysis::plan_field_change(two_actions(), framework(), reference, value);
  REQUIRE(std::holds_alternative<std::string>(change));
  return std::get<std::string>(change);
}

}  // namespace

TEST_CASE("plan_field_change") {
  SUBCASE("an action's text goes to its place in the list, after the keys before it") {
    const auto change = change_ok("contact-1.owner", " Programme lead");
    CHECK(change.path == std::vector<std::string>{"actions", "1", "owner"});
    CHECK(change.value == " Programme lead");
    CHECK(change.is_text);
    CHECK(change.after == std::vector<std::string>{"id", "carried_from", "what", "sections", "rows"});
  }
  SUBCASE("words are checked and written as a plan file has them") {
    CHECK(change_ok("commitment-1.due", "2027-02-28").value == "2027-02-28");
    CHECK(change_ok("commitment-1.due", "28/2/2027").value == "2027-02-28");
    CHECK(change_ok("commitment-1.status", " done ").value == "done");
    // As the pack prints it, and as people type it: saved as the file's id.
    CHECK(change_ok("commitment-1.status", "in progress").value == "in-progress");
    CHECK(change_ok("commitment-1.status", "In  Progress").value == "in-progress");
    CHECK(change_ok("commitment-1.status", "in_progress").value == "in-progress");
    CHECK(change_ok("commitment-1.status", "DONE").value == "done");
    CHECK(change_ok("commitment-1.target", "3.5").value == "3.5");
    CHECK(change_ok("commitment-1.target", "").value.empty());
    CHECK_FALSE(change_ok("commitment-1.due", "2027-02-28").is_text);
  }
  SUBCASE("reflections") {
    const auto change = change_ok("reflections.learnt", "A lot");
    CHECK(change.path == std::vector<std::string>{"reflections", "learnt"});
    CHECK(change.after == std::vector<std::string>{"surprising", "challenging"});
  }
  SUBCASE("bad values are refused as loading a plan refuses them") {
    CHECK(refusal("commitment-1.due", "2027-02-30") == "'2027-02-30' is not a date: February 2027 has 28 days");
    CHECK(refusal("commitment-1.status", "in progress done") ==
          "the status 'in progress done' is not known; write open, in-progress, done or dropped");
    CHECK(refusal("commitment-1.status", "finished") ==
          "the status 'finished' is not known; write open, in-progress, done or dropped");
    CHECK(refusal("commitment-1.target", "6").starts_with("the target should be the section score"));
    CHECK(refusal("commitment-1.target", "n/a").starts_with("the target cannot be n/a"));
  }
  SUBCASE("an unknown name says what it may mean") {
    CHECK(refusal("comitment-1.owner", "x") == "the plan has no such value; did you mean 'commitment-1.owner'?");
    CHECK(refusal("xyz", "x").find("'commitment-1', 'contact-1'") != std::string::npos);
    CHECK(refusal("commitment-1.rows", "x").starts_with("an action's 'rows' is set when the plan is written"));
  }
  SUBCASE("a field of a known action is guessed only when it is clearly a typo; else the fields are listed") {
    CHECK(refusal("commitment-1.ownr", "x") == "the plan has no such value; did you mean 'commitment-1.owner'?");
    CHECK(refusal("contact-1.stauts", "x") == "the plan has no such value; did you mean 'contact-1.status'?");
    CHECK(refusal("reflections.learned", "x") == "the plan has no such value; did you mean 'reflections.learnt'?");
    CHECK(refusal("commitment-1.who", "x") ==
          "an action has no 'who'; write commitment-1.FIELD with FIELD one of what, owner, due, status, target or "
          "notes");
    CHECK(refusal("contact-1.dew", "x").starts_with("an action has no 'dew'; write contact-1.FIELD"));
    CHECK(refusal("commitment-1.", "x").starts_with("the plan has no such value; write commitment-1.FIELD"));
    CHECK(refusal("reflections.thoughts", "x") ==
          "the reflections have no 'thoughts'; write reflections.FIELD with FIELD one of surprising, challenging, "
          "learnt or priorities");
  }
}
