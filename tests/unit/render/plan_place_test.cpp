#include <algorithm>

#include <doctest/doctest.h>

#include "analysis/attention.hpp"
#include "ipc_assessments.hpp"
#include "render/plan.hpp"
#include "test_support.hpp"

using namespace coprod;

namespace {

using test::ipc;
using test::uniform_assessment;

render::PlanSheet sheet_of(const analysis::AssessmentResults& inputs) {
  return render::PlanSheet{inputs, analysis::rank_sections(inputs), 3, std::nullopt};
}

}  // namespace

TEST_CASE("plan_place_words: the parts of the priority that apply, and what decides between level sections") {
  auto org = uniform_assessment(model::Perspective::organisation, 6);  // every section 3.0
  org.sections[1].rows[0].warning_seen = true;                         // contact: 2 + 0.5
  org.sections[1].rows[1].warning_seen = true;                         // contact: 2 + 1.0
  org.sections[3].rows[0].score = model::Score::not_scored();
  for (auto& row : org.sections[4].rows) row.score = model::Score::not_scored();  // coproduce: not scored
  for (auto& row : org.sections[5].rows) row.score = model::Score::not_scored();  // impact: not scored
  const auto sheet = sheet_of({test::scored(ipc(), org)});
  REQUIRE(sheet.sections.size() == 7);
  CHECK(sheet.sections[0].section->id == "contact");
  CHECK(render::plan_place_words(sheet, 0) ==
        "ranked by how far the score is below the top score of 5 (2.0) and the 2 warning signs seen (1.0), 3.0 "
        "in all");
  CHECK(render::plan_level_with(sheet, 0).empty());
  // Four sections level at 2.0: each names the others, and the guide's order decides.
  CHECK(sheet.sections[1].section->id == "commitment");
  CHECK(render::plan_place_words(sheet, 1) ==
        "ranked by how far the score is below the top score of 5 (2.0); tied with 3 other sections (\"3. Agree "
        "common purpose\", "
        "\"4. Build knowledge, skills and confidence\", \"Facilitate the process\"), so they are in the guide's order");
  // The last of the four names the other three, in the guide's order.
  CHECK(
      render::plan_place_words(sheet, 4) ==
      "ranked by how far the score is below the top score of 5 (2.0); tied with 3 other sections (\"1. "
      "Commitment and leadership\", "
      "\"3. Agree common purpose\", \"4. Build knowledge, skills and confidence\"), so they are in the guide's order");
  CHECK(render::plan_level_with(sheet, 4) == std::vector<std::string>{"commitment", "purpose", "knowledge"});
  // Not scored: after the scored sections, and nothing of ties among them.
  CHECK(sheet.sections[5].section->id == "coproduce");
  CHECK(render::plan_place_words(sheet, 5) == "after the scored sections, as it has no score");
  CHECK(render::plan_level_with(sheet, 5).empty());
  CHECK(render::plan_ranking_words(sheet, 6).why == "Why here: not scored yet.");
  CHECK(render::plan_ranking_words(sheet, 6).place == "After the scored sections, as it has no score.");
}

TEST_CASE("plan_place_words: a difference between the inputs, or people's own scores inside a combined input") {
  auto peer = uniform_assessment(model::Perspective::peer_network, 6);
  peer.combined_from = 3;
  peer.sections[2].spread = model::SectionSpread{0, 50, 3};  // purpose: people said 0.0 to 5.0
  auto org = uniform_assessment(model::Perspective::organisation, 6);
  org.sections[0].rows[0].score = model::Score::from_halves(10);  // commitment: a little higher
  const auto sheet = sheet_of({test::scored(ipc(), org), test::scored(ipc(), peer)});
  CHECK(sheet.sections[0].section->id == "purpose");
  CHECK(render::plan_place_words(sheet, 0) ==
        "ranked by how far the lower score is below the top score of 5 (2.0) and the range of people's own scores "
        "(5.0), 7.0 in all");
  CHECK(sheet.sections[1].section->id == "commitment");  // 3.0 and (5 + 3 + 3 + 3 + 3) / 5
  CHECK(render::plan_place_words(sheet, 1) ==
        "ranked by how far the lower score is below the top score of 5 (2.0) and the difference between the scores "
        "(0.4), 2.4 in all");
  CHECK(render::plan_place_words(sheet, 1).find("tied with") == std::string::npos);
}

TEST_CASE("plan_place_words: nothing for a section that does not apply here") {
  auto org = uniform_assessment(model::Perspective::organisation, 6);
  for (auto& row : org.sections[1].rows) row.score = model::Score::not_applicable();
  for (auto& row : org.sections[2].rows) row.score = model::Score::not_applicable();
  const auto sheet = sheet_of({test::scored(ipc(), org)});
  CHECK(sheet.sections[6].not_applicable);
  CHECK(render::plan_place_words(sheet, 6).empty());
  CHECK(render::plan_level_with(sheet, 6).empty());
  CHECK(render::plan_ranking_words(sheet, 6).why == "Not applicable here (every row is n/a).");
  CHECK(render::plan_ranking_words(sheet, 6).place.empty());
}

TEST_CASE("plan_input_names: each score named by whose it is, so a page read on its own says so") {
  auto org = uniform_assessment(model::Perspective::organisation, 6);
  auto peer = uniform_assessment(model::Perspective::peer_network, 4);
  peer.sections[1].rows[0].score = model::Score::not_scored();
  const auto sheet = sheet_of({test::scored(ipc(), org), test::scored(ipc(), peer)});
  CHECK(render::plan_input_names(sheet) == std::vector<std::string>{"organisation", "peer network"});
  CHECK(!render::plan_inputs_lettered(sheet));
  const auto section = [&](std::string_view id) -> const analysis::SectionAttention& {
    return *std::find_if(sheet.sections.begin(), sheet.sections.end(),
                         [&](const auto& attention) { return attention.section->id == id; });
  };
  const auto& commitment = section("commitment");
  CHECK(render::plan_section_scores(sheet, commitment) == "section scores: organisation 3.0, peer network 2.0");
  CHECK(render::plan_section_score_list(sheet, commitment) == "organisation 3.0, peer network 2.0");
  REQUIRE(!commitment.rows.empty());
  CHECK(render::plan_row_scores(sheet, commitment.rows.front()) == "row scores: organisation 3, peer network 2");
  // A row left out of an average is marked, and noted under the list by whose score leaves it out.
  CHECK(render::plan_section_score_list(sheet, section("contact")) == "organisation 3.0, peer network 2.0*");
  const auto notes = render::plan_coverage_notes(sheet);
  REQUIRE(notes.size() == 1);
  INFO(notes.front());
  CHECK(notes.front().starts_with("2. Contact and connect: peer network from "));

  SUBCASE("one input is named by its perspective") {
    const auto one = sheet_of({test::scored(ipc(), org)});
    CHECK(render::plan_section_scores(one, one.sections[0]) == "section score: organisation 3.0");
  }
  SUBCASE("two periods of one perspective are named by their periods") {
    auto later = org;
    later.period = *model::Period::parse("2026-Q2");
    const auto periods = sheet_of({test::scored(ipc(), org), test::scored(ipc(), later)});
    CHECK(render::plan_input_names(periods) == std::vector<std::string>{"2026-Q1", "2026-Q2"});
  }
  SUBCASE("where nothing alone tells them apart, their letters, which the list of inputs then keys") {
    auto other = peer;
    other.area = "Southvale";
    const auto lettered = sheet_of({test::scored(ipc(), org), test::scored(ipc(), other)});
    CHECK(render::plan_input_names(lettered) == std::vector<std::string>{"A", "B"});
    CHECK(render::plan_inputs_lettered(lettered));
    CHECK(render::plan_section_scores(lettered, lettered.sections[0]).starts_with("section scores: A "));
  }
}
