#include "analysis/held_back_scores.hpp"

#include <doctest/doctest.h>

#include "analysis/gaps.hpp"
#include "ipc_assessments.hpp"

using namespace coprod;

namespace {

// A peer network combined from 3 responses, every row scored 3 (median of 3 people, range 2 to 4)
// except commitment.motivation, which one person scored 1 (and 2 said does not apply), and every row
// of contact, which one person scored (the only one to score that section, whose average was 2.5).
model::Assessment combined() {
  auto assessment = test::uniform_assessment(model::Perspective::peer_network, 6);
  assessment.combined_from = 3;
  for (auto& section : assessment.sections) {
    const bool one_person = section.section_id == "contact";
    section.spread = one_person ? model::SectionSpread{25, 25, 1} : model::SectionSpread{20, 40, 3};
    for (auto& row : section.rows) {
      row.spread = model::ScoreSpread{model::Score::from_halves(4), model::Score::from_halves(8), 3, 0};
      if (one_person || row.row_id == "motivation") {
        row.score = model::Score::from_halves(one_person ? 5 : 2);
        row.spread = model::ScoreSpread{row.score, row.score, 1, one_person ? 0 : 2};
      }
    }
  }
  return assessment;
}

const model::SectionResponse& section(const model::Assessment& assessment, const std::string& id) {
  for (const auto& s : assessment.sections)
    if (s.section_id == id) return s;
  FAIL("no section " << id);
  throw;
}

}  // namespace

TEST_CASE("a combined row one person scored loses its score and range, keeping who scored it") {
  auto assessment = combined();
  const int contact_rows = static_cast<int>(section(assessment, "contact").rows.size());
  CHECK(analysis::hold_back_single_scores(assessment) == 1 + contact_rows);

  const auto& motivation = *section(assessment, "commitment").find_row("motivation");
  CHECK(motivation.score == model::Score::not_scored());
  CHECK(motivation.spread->min == model::Score::not_scored());
  CHECK(motivation.spread->max == model::Score::not_scored());
  CHECK(motivation.spread->count == 1);
  CHECK(motivation.spread->not_applicable == 2);
  CHECK(analysis::is_held_back(motivation));

  const auto& strategy = *section(assessment, "commitment").find_row("strategy");
  CHECK(strategy.score == model::Score::from_halves(6));
  CHECK(strategy.spread->min == model::Score::from_halves(4));
  CHECK_FALSE(analysis::is_held_back(strategy));

  // A section with a row held back has no range of people's own averages left (they count its score), only
  // how many people scored it; a section with none held back keeps its range.
  CHECK(analysis::is_held_back(*section(assessment, "contact").spread));
  CHECK(section(assessment, "contact").spread->count == 1);
  CHECK(analysis::is_held_back(*section(assessment, "commitment").spread));
  CHECK(section(assessment, "commitment").spread->count == 3);
  const auto& kept = assessment.sections.back().spread;
  CHECK_FALSE(analysis::is_held_back(*kept));
  CHECK(kept->min_tenths == 20);
  CHECK(kept->max_tenths == 40);
}

TEST_CASE("a section's score is worked out from the rows not held back") {
  auto assessment = combined();
  analysis::hold_back_single_scores(assessment);
  const auto result = analysis::score_assessment(test::ipc(), assessment);
  const auto& commitment = result.sections.front();
  CHECK(analysis::held_back_rows(commitment) == 1);
  CHECK(commitment.scored_rows == commitment.total_rows() - 1);
  CHECK(commitment.score->to_string() == "3.0");  // not pulled down by the one person's 1
  for (const auto& s : result.sections) {
    if (s.section->id != "contact") continue;
    CHECK(analysis::held_back_rows(s) == s.total_rows());
    CHECK_FALSE(s.score.has_value());
  }
}

TEST_CASE("a row held back is no row still to do: it was scored") {
  auto assessment = combined();
  analysis::hold_back_single_scores(assessment);
  const auto result = analysis::score_assessment(test::ipc(), assessment);
  for (const auto& gap : analysis::find_gaps(result)) {
    CAPTURE(gap.row_reference());
    CHECK(gap.row_reference() != "commitment.motivation");
    CHECK(gap.section->id != "contact");
  }
}

TEST_CASE("a row shown with its one person's score, and a file not combined, are not held back") {
  auto shown = combined();  // as report --show-single-scores leaves it
  CHECK_FALSE(analysis::is_held_back(*section(shown, "commitment").find_row("motivation")));
  CHECK_FALSE(analysis::is_held_back(*section(shown, "contact").spread));

  auto organisation = test::uniform_assessment(model::Perspective::organisation, 6);
  organisation.sections.front().rows.front().spread = model::ScoreSpread{
      model::Score::from_halves(6), model::Score::from_halves(6), 1, 0};  // not combined: left as it is
  CHECK(analysis::hold_back_single_scores(organisation) == 0);
  CHECK(organisation.sections.front().rows.front().score == model::Score::from_halves(6));
}

TEST_CASE("a count of people who see a sign that one person answered is held back, its yes or no kept") {
  auto assessment = combined();
  auto& commitment = assessment.sections.front();
  auto& motivation = commitment.rows.at(1);
  auto& strategy = commitment.rows.at(0);
  REQUIRE(motivation.row_id == "motivation");
  motivation.indicator_seen = false;
  motivation.indicator_seen_by = model::SeenCount{0, 1};
  motivation.warning_seen = true;
  motivation.warning_seen_by = model::SeenCount{1, 1};
  strategy.warning_seen = true;
  strategy.warning_seen_by = model::SeenCount{1, 3};
  analysis::hold_back_single_scores(assessment);
  CHECK_FALSE(motivation.indicator_seen_by);
  CHECK_FALSE(motivation.warning_seen_by);
  CHECK(motivation.indicator_seen == false);
  CHECK(motivation.warning_seen == true);
  CHECK(strategy.warning_seen_by == model::SeenCount{1, 3});
}
