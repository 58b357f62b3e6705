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
  return render::PlanSheet{inputs, analysis::rank_sections(inputs)};
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
        "priority 3.0: 2.0 below the top score of 5, plus 1.0 for the 2 warning signs seen");
  CHECK(render::plan_level_with(sheet, 0).empty());
  // Four sections level at 2.0: each names the others, and the guide's order decides.
  CHECK(sheet.sections[1].section->id == "commitment");
  CHECK(render::plan_place_words(sheet, 1) ==
        "priority 2.0: 2.0 below the top score of 5; tied with 3 other sections (\"3. Agree common purpose\", "
        "\"4. Build knowledge, skills and confidence\", \"Facilitate the process\"), so they are in the guide's order");
  // The last of the four names the other three, in the guide's order.
  CHECK(
      render::plan_place_words(sheet, 4) ==
      "priority 2.0: 2.0 below the top score of 5; tied with 3 other sections (\"1. Commitment and leadership\", "
      "\"3. Agree common purpose\", \"4. Build knowledge, skills and confidence\"), so they are in the guide's order");
  CHECK(render::plan_level_with(sheet, 4) == std::vector<std::string>{"commitment", "purpose", "knowledge"});
  // Not scored: after the scored sections, and nothing of ties among them.
  CHECK(sheet.sections[5].section->id == "coproduce");
  CHECK(render::plan_place_words(sheet, 5) == "after the scored sections, as it has no score");
  CHECK(render::plan_level_with(sheet, 5).empty());
  CHECK(render::plan_reasons_and_place(sheet, 6) ==
        std::vector<std::string>{"not scored yet", "after the scored sections, as it has no score"});
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
        "priority 7.0: 2.0 below the top score of 5, plus 5.0 for the range of people's own scores");
  CHECK(sheet.sections[1].section->id == "commitment");  // 3.0 and (5 + 3 + 3 + 3 + 3) / 5
  CHECK(render::plan_place_words(sheet, 1) ==
        "priority 2.4: 2.0 below the top score of 5, plus 0.4 for the difference between the scores");
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
  CHECK(render::plan_reasons_and_place(sheet, 6) == sheet.sections[6].reasons);
}
