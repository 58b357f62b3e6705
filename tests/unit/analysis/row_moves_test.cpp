#include "analysis/row_moves.hpp"

#include <doctest/doctest.h>

#include "ipc_assessments.hpp"
#include "test_support.hpp"

using namespace coprod;

namespace {

using model::Score;
using test::ipc;

std::shared_ptr<const analysis::AssessmentResult> organisation(const std::string& period, int halves,
                                                               const std::vector<test::RowOverride>& overrides) {
  auto assessment = test::uniform_assessment(model::Perspective::organisation, halves, overrides);
  assessment.period = *model::Period::parse(period);
  return test::scored(ipc(), std::move(assessment));
}

// Each listed row as "section.row".
std::vector<std::string> references(const analysis::RowMoves& moves, const std::vector<std::size_t>& rows) {
  std::vector<std::string> found;
  for (const std::size_t r : rows) found.push_back(moves.comparison.rows[r].reference());
  return found;
}

}  // namespace

TEST_CASE("row_moves") {
  SUBCASE("the rows that went up or down, the largest move first, ties in framework order") {
    const auto earlier = organisation("2026-Q3", 6,
                                      {{"commitment", "strategy", Score::from_halves(4), false},
                                       {"purpose", "priorities", Score::from_halves(8), false},
                                       {"facilitate", "same-direction", Score::from_halves(3), false},
                                       {"impact", "trust", Score::from_halves(9), false}});
    const auto now = organisation("2026-Q4", 6, {{"impact", "trust", Score::from_halves(5), false}});
    const auto moves = analysis::row_moves(earlier, now);
    // facilitate.same-direction 1.5 up; impact.trust 2.0 down; commitment.strategy 1.0 up; purpose.priorities 1.0 down.
    CHECK(references(moves, moves.moved) == std::vector<std::string>{"impact.trust", "facilitate.same-direction",
                                                                     "commitment.strategy", "purpose.priorities"});
    const auto& first = moves.comparison.row_movements[moves.moved[0]];
    CHECK(first.direction == analysis::Direction::down);
    CHECK(first.change == doctest::Approx(-2.0));
    CHECK(moves.comparison.rows[moves.moved[0]].results[0]->score == Score::from_halves(9));  // earlier first
    CHECK(moves.comparison.rows[moves.moved[0]].results[1]->score == Score::from_halves(5));
    CHECK(moves.count(analysis::Direction::up) == 2);
    CHECK(moves.count(analysis::Direction::down) == 2);
    CHECK(moves.newly_scored.empty());
    CHECK(moves.no_longer_scored.empty());
    CHECK(moves.unchanged == moves.comparison.rows.size() - 4);
    CHECK(moves.any());
  }
  SUBCASE("rows scored in one period only: not scored yet or not applicable then, or now") {
    const auto earlier = organisation("2026-Q3", 6,
                                      {{"commitment", "strategy", Score::not_scored(), false},
                                       {"contact", "wrong-people", Score::not_applicable(), false},
                                       {"impact", "trust", Score::not_scored(), false}});
    const auto now = organisation("2026-Q4", 6,
                                  {{"purpose", "priorities", Score::not_applicable(), false},
                                   {"knowledge", "learning", Score::not_scored(), false},
                                   {"impact", "trust", Score::not_scored(), false}});
    const auto moves = analysis::row_moves(earlier, now);
    CHECK(moves.moved.empty());
    CHECK(references(moves, moves.newly_scored) ==
          std::vector<std::string>{"commitment.strategy", "contact.wrong-people"});
    CHECK(references(moves, moves.no_longer_scored) ==
          std::vector<std::string>{"purpose.priorities", "knowledge.learning"});
    CHECK(moves.count(analysis::Direction::newly_scored) == 2);
    // Every row but the five, and impact.trust, scored in neither.
    CHECK(moves.unchanged == moves.comparison.rows.size() - 5);
  }
  SUBCASE("nothing moved") {
    const auto moves = analysis::row_moves(organisation("2026-Q3", 6, {}), organisation("2026-Q4", 6, {}));
    CHECK_FALSE(moves.any());
    CHECK(moves.unchanged == moves.comparison.rows.size());
  }
}
