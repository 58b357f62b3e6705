#include <doctest/doctest.h>

#include "analysis/comparison.hpp"
#include "ipc_assessments.hpp"
#include "test_support.hpp"

using namespace coprod;

namespace {

using test::ipc;

model::Assessment period_of(const std::string& period, const std::vector<test::RowOverride>& overrides) {
  auto assessment = test::uniform_assessment(model::Perspective::organisation, 6, overrides);
  assessment.period = *model::Period::parse(period);
  assessment.source = period + "-organisation.coprod.yaml";
  return assessment;
}

const analysis::SectionComparison& section(const analysis::Comparison& comparison, const std::string& id) {
  for (const auto& compared : comparison.sections) {
    if (compared.section->id == id) return compared;
  }
  FAIL("no section " << id);
  return comparison.sections.front();
}

}  // namespace

TEST_CASE("compare: a section's averages of different rows are not like for like") {
  const auto not_scored = model::Score::not_scored();
  const auto not_applicable = model::Score::not_applicable();
  const auto earlier = test::scored(ipc(), period_of("2026-Q3", {{"commitment", "motivation", not_scored, false}}));
  const auto later = test::scored(ipc(), period_of("2026-Q4", {{"contact", "wrong-people", not_applicable, false},
                                                               {"contact", "excluded-groups", not_applicable, false}}));
  const auto comparison = analysis::compare({earlier, later}, 1.5);

  SUBCASE("a row not scored yet in one period") {
    const auto& commitment = section(comparison, "commitment");
    CHECK_FALSE(commitment.like_for_like());
    CHECK(commitment.rows_scored_in_some_only == std::vector<std::size_t>{1});  // motivation
    CHECK(commitment.difference() == doctest::Approx(0.0));  // the same average, yet of different rows
  }
  SUBCASE("rows marked n/a in one period") {
    CHECK(section(comparison, "contact").rows_scored_in_some_only == std::vector<std::size_t>{0, 1});
  }
  SUBCASE("the same rows scored in both") { CHECK(section(comparison, "purpose").like_for_like()); }
}

TEST_CASE("compare: like for like only among the inputs with a score for the section") {
  std::vector<test::RowOverride> nothing_scored;
  for (const auto& row : ipc()->sections.front().rows)
    nothing_scored.emplace_back("commitment", row.id, model::Score::not_scored(), false);
  nothing_scored.emplace_back("contact", "wrong-people", model::Score::not_scored(), false);
  const auto a = test::scored(ipc(), period_of("2026-Q2", {}));
  const auto b = test::scored(ipc(), period_of("2026-Q3", nothing_scored));
  const auto c = test::scored(ipc(), period_of("2026-Q4", {}));
  const auto comparison = analysis::compare({a, b, c}, 1.5);
  // B has no commitment score: A and C averaged the same rows.
  CHECK(section(comparison, "commitment").like_for_like());
  // B has a contact score without wrong-people.
  CHECK(section(comparison, "contact").rows_scored_in_some_only == std::vector<std::size_t>{0});
}
