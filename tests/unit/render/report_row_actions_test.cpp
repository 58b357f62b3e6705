// Beside each of page 1's largest differences, the plan's actions that name
// its row or its section; how far an action is from its score hoped for; an
// action's rows by number.

#include "render/report_row_actions.hpp"

#include <string>
#include <vector>

#include <doctest/doctest.h>

#include "analysis/comparison.hpp"
#include "ipc_assessments.hpp"
#include "render/plan.hpp"
#include "render/report.hpp"
#include "test_support.hpp"

using namespace coprod;

namespace {

using model::Score;

// Organisation and peer network, every row 3 except commitment.leaders (organisation 4, network 1) and the
// peer network's whole of section 2, contact, 2: a pack of them and `plan`.
struct Pack {
  model::Plan plan;
  render::Report report;
};

Pack pack_with(std::vector<model::Action> actions) {
  Pack made;
  made.plan.actions = std::move(actions);
  const auto framework = test::ipc();
  auto organisation = test::uniform_assessment(model::Perspective::organisation, 6,
                                               {{"commitment", "leaders", Score::from_halves(8), false}});
  std::vector<test::RowOverride> network = {{"commitment", "leaders", Score::from_halves(2), false}};
  for (const auto& row : framework->find_section("contact")->rows)
    network.emplace_back("contact", row.id, Score::from_halves(4), false);
  made.report.inputs = {
      test::scored(framework, organisation),
      test::scored(framework, test::uniform_assessment(model::Perspective::peer_network, 6, network))};
  made.report.comparison = analysis::compare(made.report.inputs, 1.5);
  return made;
}

model::Action action(std::string what, std::vector<std::string> sections, std::vector<std::string> rows,
                     model::ActionStatus status = model::ActionStatus::open) {
  model::Action made;
  made.what = std::move(what);
  made.sections = std::move(sections);
  made.rows = std::move(rows);
  made.status = status;
  return made;
}

const analysis::RowComparison& row_of(const render::Report& report, const std::string& reference) {
  for (const auto& row : report.comparison->rows) {
    if (row.reference() == reference) return row;
  }
  FAIL("no row " << reference);
  throw std::logic_error("unreachable");
}

std::string words(const render::Report& report, const std::string& reference, render::RowActionsGiven& given) {
  const auto& row = row_of(report, reference);
  return render::row_actions_words(
      render::RowWords{}, row, render::row_actions(report, row, given),
      [](std::string_view text) { return std::string(text); },
      [](const render::RowAction& action) { return "<" + action.what + ">"; });
}

}  // namespace

TEST_CASE("row_actions_words: the actions that name a row, then those of its section, each with its status") {
  Pack made = pack_with(
      {action("Ask the director", {"commitment"}, {"commitment.strategy"}),
       action("Invite the director to each meeting", {"commitment"}, {"commitment.leaders"}, model::ActionStatus::done),
       action("Write to the partners", {"contact"}, {})});
  made.plan.actions[1].target = Score::from_halves(6);
  made.report.plan = &made.plan;
  render::RowActionsGiven given;
  SUBCASE("the row's own action first, done and short of its score hoped for, then its section's") {
    CHECK(words(made.report, "commitment.leaders", given) ==
          "Action on this row: <Invite the director to each meeting> (done; score hoped for not reached yet). "
          "Also on section 1: <Ask the director> (open).");
    SUBCASE("an action given beside an earlier row is pointed to, not given again") {
      CHECK(words(made.report, "commitment.strategy", given) ==
            "Action on this row: the one under row 1.4 (open). Also on section 1: the one under row 1.4 (done; score "
            "hoped for not reached yet).");
    }
  }
  SUBCASE("where page 1 is short of room, each action by its number in the action plan's part, and its status") {
    const auto by_number = [&](const std::string& reference) {
      const auto& row = row_of(made.report, reference);
      return render::row_actions_by_number(
          render::RowWords{}, row, render::row_actions(made.report, row, given),
          [](std::string_view text) { return std::string(text); },
          [](const render::RowAction& action) { return "#" + std::to_string(action.index + 1); }, "Part 8");
    };
    CHECK(by_number("commitment.leaders") ==
          "Action on this row: action #2 in Part 8 (done; score hoped for not reached yet). Also on section 1: "
          "action #1 in Part 8 (open).");
    // Given beside an earlier row by its number too, not as "the one under row 1.4", whose words are not shown.
    CHECK(by_number("commitment.strategy") ==
          "Action on this row: action #1 in Part 8 (open). Also on section 1: action #2 in Part 8 (done; score hoped "
          "for not reached yet).");
  }
  SUBCASE("a done action whose score hoped for is reached is only done") {
    made.plan.actions[1].target = Score::from_halves(2);
    CHECK(words(made.report, "commitment.leaders", given).find("(done).") != std::string::npos);
  }
  SUBCASE("a row only its section's action names") {
    CHECK(words(made.report, "contact.partners-invite", given) ==
          "Action on section 2: <Write to the partners> (open).");
  }
  SUBCASE("a row no action names, nor its section") {
    CHECK(words(made.report, "coproduce.relevant-work", given) == render::no_row_action_words(render::RowWords{}));
  }
  SUBCASE("no plan, no actions") {
    made.report.plan = nullptr;
    CHECK(render::row_actions(made.report, row_of(made.report, "commitment.leaders"), given).empty());
  }
}

TEST_CASE("row_actions_by_number: those of one status together, a run of three or more by its ends") {
  std::vector<model::Action> actions;
  for (int i = 1; i <= 7; ++i)
    actions.push_back(action("Action " + std::to_string(i), {"commitment"}, {},
                             i == 4 || i == 6 ? model::ActionStatus::done : model::ActionStatus::open));
  actions.push_back(action("On the row", {"commitment"}, {"commitment.leaders"}, model::ActionStatus::open));
  Pack made = pack_with(std::move(actions));
  made.report.plan = &made.plan;
  render::RowActionsGiven given;
  const auto& row = row_of(made.report, "commitment.leaders");
  CHECK(render::row_actions_by_number(
            render::RowWords{}, row, render::row_actions(made.report, row, given),
            [](std::string_view text) { return std::string(text); },
            [](const render::RowAction& action) { return std::to_string(action.index + 1); }, "Part 8") ==
        "Action on this row: action 8 in Part 8 (open). Also on section 1: actions 1 to 3, 5 and 7 in Part 8 (open); "
        "actions 4 and 6 in Part 8 (done).");
}

TEST_CASE("row_actions: an action of many words is cut, saying so") {
  std::string long_words;
  for (int i = 1; i <= 20; ++i) long_words += (i > 1 ? " word" : "word") + std::to_string(i);
  Pack made = pack_with({action(long_words, {"commitment"}, {"commitment.leaders"}), action("", {"commitment"}, {})});
  made.report.plan = &made.plan;
  render::RowActionsGiven given;
  const auto actions = render::row_actions(made.report, row_of(made.report, "commitment.leaders"), given);
  REQUIRE(actions.size() == 2);
  CHECK(actions[0].cut);
  CHECK(actions[0].what.find("word15") != std::string::npos);
  CHECK(actions[0].what.find("word16") == std::string::npos);
  CHECK(!actions[1].cut);
  CHECK(actions[1].what == "action to be agreed");
}

TEST_CASE("plan_target_progress: said once, the scores below the score hoped for first") {
  Pack made = pack_with({});
  auto one = action("Invite", {"commitment"}, {});
  one.target = Score::from_halves(6);
  SUBCASE("one section, not yet: the peer network's below it named first") {
    // Commitment, five rows: organisation four 3s and a 4, 3.2; peer network four 3s and a 1, 2.6.
    CHECK(render::plan_target_progress(made.report.inputs, one) ==
          "not yet: peer network\u00a02.6, organisation\u00a03.2");
  }
  SUBCASE("reached") {
    one.target = Score::from_halves(5);
    CHECK(render::plan_target_progress(made.report.inputs, one) ==
          "reached: organisation\u00a03.2, peer network\u00a02.6");
  }
  SUBCASE("several sections, each named under its state") {
    auto several = action("Invite", {"commitment", "contact", "purpose"}, {});
    several.target = Score::from_halves(6);
    CHECK(render::plan_target_progress(made.report.inputs, several) ==
          "not yet in section 1 (peer network\u00a02.6, organisation\u00a03.2) and section 2 (peer "
          "network\u00a02.0, organisation\u00a03.0); reached in section 3 (organisation\u00a03.0, peer "
          "network\u00a03.0)");
  }
  SUBCASE("none without a score hoped for") {
    one.target.reset();
    CHECK(render::plan_target_progress(made.report.inputs, one).empty());
  }
}

TEST_CASE("action_row_numbers: in the framework's order, a reference it does not have last, as written") {
  const auto action_rows =
      action("Invite", {"commitment"},
             {"commitment.senior-leaders", "contact.no-such-row", "commitment.strategy", "commitment.leaders"});
  CHECK(render::action_row_numbers(action_rows, *test::ipc()) == "1.1, 1.4, 1.5, contact.no-such-row");
}
