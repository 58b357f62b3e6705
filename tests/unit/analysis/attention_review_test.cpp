#include <doctest/doctest.h>

#include "analysis/attention.hpp"
#include "analysis/plan_review.hpp"
#include "ipc_assessments.hpp"
#include "test_support.hpp"

using namespace coprod;

namespace {

using test::ipc;
using test::uniform_assessment;

model::Score h(int halves) { return model::Score::from_halves(halves); }

}  // namespace

TEST_CASE("rank_sections: low scores, disagreement and warning signs come first, with reasons") {
  const auto org = uniform_assessment(model::Perspective::organisation, 8);
  const auto peer = uniform_assessment(model::Perspective::peer_network, 8,
                                       {{"contact", "wrong-people", h(2), false},
                                        {"contact", "excluded-groups", h(2), false},
                                        {"contact", "partners-invite", h(2), false},
                                        {"impact", "trust", h(8), true}});
  const auto a = test::scored(ipc(), org);
  const auto b = test::scored(ipc(), peer);
  const auto ranked = analysis::rank_sections({a, b});
  REQUIRE(ranked.size() == 7);
  CHECK(ranked[0].section->id == "contact");  // (5 - 1) + 3 difference = 7
  CHECK(ranked[0].reasons == std::vector<std::string>{"the lower of the two section scores is 1.0",
                                                      "the peer network's score is 3.0 lower than the organisation's"});
  CHECK(ranked[0].rows.size() == 3);
  CHECK(ranked[1].section->id == "impact");  // (5 - 4) + 0.5 for the warning sign
  CHECK(ranked[1].reasons.back() == "1 warning sign is seen");
  REQUIRE(ranked[1].rows.size() == 3);           // all at the lowest score; trust also has its warning seen
  CHECK(ranked[2].section->id == "commitment");  // ties keep the guide's order
  CHECK(ranked[6].section->id == "facilitate");
  // One input: its section score, not "the lowest", which read as the lowest row score.
  CHECK(analysis::rank_sections({a}).front().reasons.front() == "the section score is 4.0");
}

TEST_CASE("rank_sections: a section one perspective scored says whose score it is and that the other gave none") {
  // "Why here: the section score is 2.5." did not say whose, nor that the peer network had not scored it.
  const auto org = uniform_assessment(model::Perspective::organisation, 8);
  auto peer = uniform_assessment(model::Perspective::peer_network, 6);
  for (auto& row : peer.sections[5].rows) row.score = model::Score::not_scored();
  for (auto& row : peer.sections[2].rows) row.score = model::Score::not_applicable();
  const auto ranked = analysis::rank_sections({test::scored(ipc(), org), test::scored(ipc(), peer)});
  const auto reason = [&](std::string_view id) {
    for (const auto& section : ranked)
      if (section.section->id == id) return section.reasons.front();
    return std::string();
  };
  CHECK(reason("impact") == "the organisation's section score is 4.0; the peer network has not scored it yet");
  CHECK(reason("purpose") == "the organisation's section score is 4.0; the peer network marks it not applicable");
  CHECK(reason("contact") == "the lower of the two section scores is 3.0");
}

TEST_CASE("rank_sections: three perspectives, each once, are named by perspective, as the sheet names them") {
  const auto org = uniform_assessment(model::Perspective::organisation, 8);
  auto peer = uniform_assessment(model::Perspective::peer_network, 6);
  auto individual = uniform_assessment(model::Perspective::individual, 6);
  for (auto& row : peer.sections[5].rows) row.score = model::Score::not_scored();
  for (auto& row : individual.sections[5].rows) row.score = model::Score::not_scored();
  const auto ranked =
      analysis::rank_sections({test::scored(ipc(), org), test::scored(ipc(), peer), test::scored(ipc(), individual)});
  std::string impact;
  for (const auto& section : ranked)
    if (section.section->id == "impact") impact = section.reasons.front();
  CHECK(impact ==
        "the organisation's section score is 4.0; the peer network has not scored it yet; the individual has not "
        "scored it yet");
}

TEST_CASE("rank_sections: a section nobody scored comes after every scored one, not as a score of 0") {
  // Counted as 0, sections left unscored took the first places (and with them
  // the guide's tips and the draft actions) from the sections that scored low.
  auto org = uniform_assessment(model::Perspective::organisation, 8);
  for (auto& row : org.sections[2].rows) row.score = model::Score::not_scored();
  for (auto& row : org.sections[4].rows) {
    row.score = model::Score::not_scored();
    row.warning_seen = true;
  }
  org.sections[6].rows[0].score = h(10);  // facilitate: 5, 4, 4 is 4.3, the best scored section
  const auto a = test::scored(ipc(), org);
  const auto ranked = analysis::rank_sections({a});
  REQUIRE(ranked.size() == 7);
  CHECK(ranked[0].section->id == "commitment");
  CHECK(ranked[4].section->id == "facilitate");
  CHECK(ranked[5].section->id == "coproduce");  // among unscored sections, warning signs seen still count
  CHECK(ranked[5].reasons.front() == "not scored yet");
  CHECK(ranked[6].section->id == "purpose");
  CHECK(ranked[6].reasons == std::vector<std::string>{"not scored yet"});
}

TEST_CASE("rank_sections: a section that does not apply here comes last, in words, and is not acted on") {
  // It read "not scored yet", and a warning sign seen put it ahead of sections still to score.
  auto org = uniform_assessment(model::Perspective::organisation, 8);
  for (auto& row : org.sections[1].rows) {
    row.score = model::Score::not_applicable();
    row.warning_seen = true;
  }
  for (auto& row : org.sections[2].rows) row.score = model::Score::not_scored();
  const auto a = test::scored(ipc(), org);
  const auto ranked = analysis::rank_sections({a});
  REQUIRE(ranked.size() == 7);
  CHECK(ranked[5].section->id == "purpose");
  CHECK(ranked[5].reasons.front() == "not scored yet");
  CHECK(ranked[6].section->id == "contact");
  CHECK(ranked[6].not_applicable);
  CHECK(ranked[6].reasons.front() == "not applicable here (every row is n/a)");
  CHECK(analysis::sections_that_apply(ranked) == 6);

  SUBCASE("n/a in one input but scored in another: it applies") {
    const auto peer = test::scored(ipc(), uniform_assessment(model::Perspective::peer_network, 4));
    const auto both = analysis::rank_sections({a, peer});
    CHECK(analysis::sections_that_apply(both) == 7);
    for (const auto& section : both) CHECK_FALSE(section.not_applicable);
  }
}

TEST_CASE("rank_sections: people's own scores far apart inside a combined file count as disagreement") {
  auto peer = uniform_assessment(model::Perspective::peer_network, 6);  // every section 3.0
  peer.combined_from = 3;
  peer.sections[2].spread = model::SectionSpread{0, 50, 3};   // purpose: people said 0.0 to 5.0
  peer.sections[1].spread = model::SectionSpread{25, 35, 3};  // contact: 2.5 to 3.5, close enough
  const auto a = test::scored(ipc(), peer);
  const auto ranked = analysis::rank_sections({a});
  REQUIRE(ranked.size() == 7);
  CHECK(ranked[0].section->id == "purpose");  // (5 - 3) + 5 = 7
  CHECK(ranked[0].reasons ==
        std::vector<std::string>{"the section score is 3.0", "people's own scores ranged from 0.0 to 5.0 (3 people)"});
  CHECK(ranked[1].section->id == "contact");  // (5 - 3) + 1 = 3
  CHECK(ranked[1].reasons.size() == 2);
  CHECK(ranked[2].section->id == "commitment");
  CHECK(ranked[2].reasons.size() == 1);
  const auto org = test::scored(ipc(), uniform_assessment(model::Perspective::organisation, 6));
  const auto both = analysis::rank_sections({org, a});
  CHECK(both[0].section->id == "purpose");
  CHECK(both[0].reasons.back() ==
        "in the co-production peer network, people's own scores ranged from 0.0 to 5.0 (3 people)");
}

TEST_CASE("review_plan: states as of a date, and movement per perspective") {
  model::Plan plan;
  model::Action done{"a",
                     "Done thing",
                     {"commitment"},
                     {},
                     "Lead",
                     model::Date::parse("2026-10-01"),
                     model::ActionStatus::done,
                     h(6),
                     {},
                     {},
                     {}};
  model::Action late{
      "b", "Late thing", {"contact"}, {}, "Lead", model::Date::parse("2026-12-01"), model::ActionStatus::open,
      {},  {},           {},          {}};
  model::Action soon{
      "c", "Soon", {"contact"}, {}, {}, model::Date::parse("2027-03-01"), model::ActionStatus::in_progress,
      {},  {},     {},          {}};
  model::Action draft{"d", "", {"impact"}, {}, {}, {}, model::ActionStatus::open, {}, {}, {}, {}};
  plan.actions = {done, late, soon, draft};
  const auto before_assessment = uniform_assessment(model::Perspective::peer_network, 4);
  const auto now_assessment = uniform_assessment(model::Perspective::peer_network, 6);
  const auto before = test::scored(ipc(), before_assessment);
  const auto now = test::scored(ipc(), now_assessment);
  const auto review = analysis::review_plan(plan, ipc(), {before}, {now}, *model::Date::parse("2027-01-10"));
  CHECK(review.actions[0].state == analysis::ActionState::done);
  CHECK(review.actions[0].target_reached);  // commitment reached 3
  CHECK(review.actions[1].state == analysis::ActionState::overdue);
  CHECK(review.actions[2].state == analysis::ActionState::in_progress);
  CHECK(review.actions[3].state == analysis::ActionState::draft);
  CHECK(review.count(analysis::ActionState::overdue) == 1);
  const auto& movement = review.actions[1].sections[0].movements.at(0);
  CHECK(movement.perspective == "peer-network");
  CHECK(*movement.before == doctest::Approx(2.0));
  CHECK(*movement.now == doctest::Approx(3.0));
}
