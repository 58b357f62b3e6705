#include "analysis/rows_without_evidence.hpp"

#include <doctest/doctest.h>

#include "analysis/held_back_scores.hpp"
#include "ipc_assessments.hpp"
#include "test_support.hpp"

using namespace coprod;

namespace {

using model::Score;
using test::ipc;

// Where a row is in the framework, by its ids.
analysis::RowPlace place_of(const std::string& section_id, const std::string& row_id) {
  const auto& sections = ipc()->sections;
  for (std::size_t s = 0; s < sections.size(); ++s) {
    for (std::size_t r = 0; r < sections[s].rows.size(); ++r) {
      if (sections[s].id == section_id && sections[s].rows[r].id == row_id) return {s, r};
    }
  }
  FAIL("no such row");
  return {};
}

std::size_t row_count() {
  std::size_t rows = 0;
  for (const auto& section : ipc()->sections) rows += section.rows.size();
  return rows;
}

}  // namespace

TEST_CASE("rows_without_evidence") {
  auto assessment = test::uniform_assessment(model::Perspective::peer_network, 6,
                                             {{"commitment", "motivation", Score::not_scored(), false},
                                              {"contact", "wrong-people", Score::not_applicable(), false},
                                              {"impact", "trust", Score::from_halves(1), false}});
  for (auto& section : assessment.sections)
    for (auto& row : section.rows) row.evidence = "What we saw.";
  const auto evidence = [&assessment](const std::string& section_id, const std::string& row_id) -> auto& {
    for (auto& section : assessment.sections)
      for (auto& row : section.rows)
        if (section.section_id == section_id && row.row_id == row_id) return row.evidence;
    FAIL("no such row");
    return assessment.sections[0].rows[0].evidence;
  };

  SUBCASE("every scored row without evidence, whatever its score, in framework order") {
    evidence("impact", "trust").reset();                    // scored 0.5: check's rule flags only 3 or more
    evidence("commitment", "strategy") = "";                // empty
    evidence("facilitate", "same-direction") = "  \n\t\n";  // only white space
    const auto found = analysis::rows_without_evidence(*test::scored(ipc(), assessment));
    CHECK(found.rows == std::vector<analysis::RowPlace>{place_of("commitment", "strategy"), place_of("impact", "trust"),
                                                        place_of("facilitate", "same-direction")});
    CHECK(found.scored == row_count() - 2);
  }
  SUBCASE("a row with no score needs no evidence: not scored yet, not applicable") {
    evidence("commitment", "motivation").reset();
    evidence("contact", "wrong-people").reset();
    const auto found = analysis::rows_without_evidence(*test::scored(ipc(), assessment));
    CHECK(found.rows.empty());
    CHECK(found.scored == row_count() - 2);
  }
  SUBCASE("a score held back, as only one person of a combined file scored it, is not shown, so needs none") {
    assessment.combined_from = 3;
    for (auto& section : assessment.sections)
      for (auto& row : section.rows) row.spread = model::ScoreSpread{row.score, row.score, 3, 0};
    auto& strategy = assessment.sections[0].rows[0];
    strategy.spread = model::ScoreSpread{strategy.score, strategy.score, 1, 2};
    strategy.evidence.reset();
    REQUIRE(analysis::hold_back_single_scores(assessment) == 1);
    const auto found = analysis::rows_without_evidence(*test::scored(ipc(), assessment));
    CHECK(found.rows.empty());
    CHECK(found.scored == row_count() - 3);
  }
  SUBCASE("a row the file does not have is not scored") {
    assessment.sections.pop_back();
    const auto found = analysis::rows_without_evidence(*test::scored(ipc(), assessment));
    CHECK(found.rows.empty());
    CHECK(found.scored == row_count() - 2 - ipc()->sections.back().rows.size());
  }
}
