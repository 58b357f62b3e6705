// Results own what they refer to (ARCHITECTURE.md, "Ownership"): each test
// keeps a result after whatever produced it (the catalog, the loaded files,
// the inputs) is gone or has moved. Under AddressSanitizer (scripts/test) a
// result that pointed into those would be a use after free here.

#include <algorithm>

#include <doctest/doctest.h>

#include "analysis/attention.hpp"
#include "analysis/comparison.hpp"
#include "analysis/history.hpp"
#include "analysis/plan_review.hpp"
#include "analysis/summary.hpp"
#include "test_support.hpp"
#include "yaml/assessment_loader.hpp"
#include "yaml/builtin_frameworks.hpp"

using namespace coprod;

namespace {

std::string assessment_text(const std::string& perspective, const std::string& strategy_score) {
  return "format: coprod-assessment/1\nframework: ipc-coproduction\nframework_version: 1\narea: Northbridge\n"
         "perspective: " +
         perspective +
         "\nperiod: 2026-Q3\nsections:\n  commitment:\n    rows:\n"
         "      strategy:\n        score: " +
         strategy_score + "\n        evidence: The strategy was agreed in March.\n";
}

yaml::LoadedAssessment load(const std::string& text, const model::FrameworkCatalog& catalog) {
  auto loaded = yaml::load_assessment(text, "org.yaml", catalog);
  REQUIRE(loaded);
  return std::move(*loaded);
}

// Scored by a catalog of its own, gone when this returns.
std::shared_ptr<const analysis::AssessmentResult> scored_with_own_catalog(const std::string& perspective,
                                                                          const std::string& strategy_score) {
  const model::FrameworkCatalog catalog = yaml::builtin_catalog();
  auto loaded = load(assessment_text(perspective, strategy_score), catalog);
  return test::scored(loaded.framework, std::move(loaded.assessment));
}

}  // namespace

TEST_CASE("a RowResult and a SectionResult copied out outlive the catalog and the assessment") {
  analysis::SectionResult section;
  analysis::RowResult row;
  {
    const model::FrameworkCatalog catalog = yaml::builtin_catalog();
    auto loaded = load(assessment_text("organisation", "3"), catalog);
    const auto result = analysis::score_assessment(loaded.framework, std::move(loaded.assessment));
    section = result.sections.front();
    row = section.rows.front();
  }
  CHECK(section.section->id == "commitment");
  CHECK(section.score->to_string() == "3.0");
  CHECK(row.row->id == "strategy");
  REQUIRE(row.response);
  CHECK(*row.response->evidence == "The strategy was agreed in March.");
  CHECK(row.has_evidence());
}

TEST_CASE("a result stays valid when the vector of loaded files it came from grows and is emptied") {
  const model::FrameworkCatalog catalog = yaml::builtin_catalog();
  std::vector<yaml::LoadedAssessment> loaded;
  loaded.push_back(load(assessment_text("organisation", "4"), catalog));
  const auto result = analysis::score_assessment(loaded.front().framework, loaded.front().assessment);
  for (int i = 0; i < 16; ++i)
    loaded.push_back(load(assessment_text("peer-network", "2"), catalog));  // moves the first
  loaded.clear();
  loaded.shrink_to_fit();
  CHECK(result.assessment->area == "Northbridge");
  CHECK(result.assessment->perspective == model::Perspective::organisation);
  CHECK(result.sections.front().rows.front().response->score.to_string() == "4");
  CHECK(result.framework->id == "ipc-coproduction");
}

TEST_CASE("a comparison, and a row of it copied out, outlive their inputs") {
  analysis::Comparison comparison = analysis::compare(
      {scored_with_own_catalog("organisation", "4"), scored_with_own_catalog("peer-network", "1")}, 1.5);
  REQUIRE(comparison.row_prompts.size() == 1);
  const analysis::RowComparison prompt = comparison.rows[comparison.row_prompts.front()];
  CHECK(prompt.reference() == "commitment.strategy");
  CHECK(comparison.sections[comparison.section_prompts.front()].section->id == "commitment");
  comparison = {};
  CHECK(prompt.results[0]->score.to_string() == "4");
  CHECK(prompt.results[1]->score.to_string() == "1");
  CHECK(*prompt.results[1]->response->evidence == "The strategy was agreed in March.");
  CHECK(prompt.row->warning.has_value());
}

TEST_CASE("movements and prompts are indices into the comparison, so a copy of it stands alone") {
  const auto q3 = scored_with_own_catalog("organisation", "4");
  auto earlier = *scored_with_own_catalog("organisation", "1")->assessment;
  earlier.period = *model::Period::parse("2026-Q2");
  analysis::Comparison original = analysis::compare({test::scored(q3->framework, earlier), q3}, 1.5);
  const analysis::Comparison copy = original;
  original = {};
  REQUIRE(copy.kind == analysis::ComparisonKind::periods);
  const auto& movement = copy.row_movements.front();
  CHECK(copy.rows[movement.row].reference() == "commitment.strategy");
  CHECK(movement.direction == analysis::Direction::up);
  CHECK(copy.sections[copy.section_movements.front().section].section->id == "commitment");
  REQUIRE(copy.row_prompts.size() == 1);
  CHECK(*copy.rows[copy.row_prompts.front()].spread() == doctest::Approx(3.0));
}

TEST_CASE("a section's attention outlives its inputs") {
  analysis::SectionAttention first;
  {
    const auto ranked = analysis::rank_sections(
        {scored_with_own_catalog("organisation", "4"), scored_with_own_catalog("peer-network", "1")});
    first = ranked.front();
  }
  CHECK(first.section->id == "commitment");
  const auto strategy = std::find_if(first.rows.begin(), first.rows.end(),
                                     [](const analysis::RowAttention& row) { return row.row->id == "strategy"; });
  REQUIRE(strategy != first.rows.end());
  CHECK(strategy->results[1]->score.to_string() == "1");
  CHECK(*strategy->results[0]->response->evidence == "The strategy was agreed in March.");
  CHECK(first.results[0]->section->id == "commitment");
}

TEST_CASE("a plan review, a summary and a history keep what they show") {
  const auto now = scored_with_own_catalog("peer-network", "3");
  analysis::PlanReview review;
  {
    model::Plan plan;
    plan.actions.push_back({"a",
                            "Agree a strategy",
                            {"commitment", "no-such-section"},
                            {},
                            "Lead",
                            model::Date::parse("2026-10-01"),
                            model::ActionStatus::open,
                            {},
                            {},
                            {},
                            {}});
    review = analysis::review_plan(plan, now->framework, {}, {now}, *model::Date::parse("2027-01-10"));
  }
  REQUIRE(review.actions.size() == 1);
  CHECK(review.actions[0].action.what == "Agree a strategy");
  CHECK(review.actions[0].sections[0].section->id == "commitment");
  CHECK_FALSE(review.actions[0].sections[1].section);  // an id the framework does not have

  analysis::Summary summary;
  {
    std::vector<analysis::AssessmentDigest> digests(1);
    digests[0].source = "old.yaml";
    digests[0].area = "Northbridge";
    digests[0].section_scores.assign(now->framework->sections.size(), 30);
    summary = analysis::summarise(now->framework, digests, *model::Date::parse("2027-01-10"), 6, 5);
  }
  REQUIRE(summary.stale.size() == 1);
  CHECK(summary.stale[0].digest.source == "old.yaml");
  CHECK(summary.perspectives.front().sections.front().section->id == "commitment");

  analysis::History history;
  {
    const std::vector<analysis::HistoryInput> versions = {
        {"0123456789abcdef", "2026-09-30", "org.yaml", scored_with_own_catalog("organisation", "2"), true}};
    history = analysis::build_history("org.yaml", versions);
  }
  CHECK(history.framework->id == "ipc-coproduction");
  REQUIRE(history.points.size() == 1);
  CHECK(history.points[0].scores.front() == doctest::Approx(2.0));
}
