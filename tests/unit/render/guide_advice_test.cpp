// What coprod credits to a framework's guide ("The guide says ...") and what
// it calls the tool a report uses come from the framework's definition
// (guide_advice, tool_name), never from its id.

#include <doctest/doctest.h>

#include "analysis/comparison.hpp"
#include "ipc_assessments.hpp"
#include "render/comparison.hpp"
#include "render/report.hpp"
#include "render/report_about.hpp"
#include "render/report_no_evidence.hpp"
#include "test_support.hpp"

using namespace coprod;
using test::contains;

namespace {

// The main guide's framework as an area might copy it, under its own id.
std::shared_ptr<model::Framework> area_copy(model::GuideAdvice advice) {
  auto framework = std::make_shared<model::Framework>(*test::ipc());
  framework->id = "northbridge-reflection";
  framework->guide_advice = advice;
  return framework;
}

// Every row scored 3 with no evidence, but commitment.strategy scored `strategy_halves` by halves.
model::Assessment scored_without_evidence(model::Perspective perspective, int strategy_halves) {
  auto assessment = test::uniform_assessment(
      perspective, 6, {{"commitment", "strategy", model::Score::from_halves(strategy_halves), false}});
  assessment.period = *model::Period::parse("2026-Q4");
  return assessment;
}

std::string differences_sheet(const std::shared_ptr<const model::Framework>& framework) {
  return render::render_comparison_html(
      analysis::compare({test::scored(framework, scored_without_evidence(model::Perspective::organisation, 8)),
                         test::scored(framework, scored_without_evidence(model::Perspective::peer_network, 2))},
                        1.5));
}

std::string no_evidence_part(const std::shared_ptr<const model::Framework>& framework) {
  render::Report report;
  report.inputs = {test::scored(framework, scored_without_evidence(model::Perspective::organisation, 8))};
  return render::no_evidence_html(report);
}

}  // namespace

TEST_CASE("the compare sheet credits the guide with its advice on differences where the framework says it gives it") {
  CHECK(contains(differences_sheet(area_copy({.differences = true})),
                 "<li>The guide says not to be discouraged by differences: they are the value of exploring"));
  const std::string own_words = differences_sheet(area_copy({.evidence = true, .reflections = true}));
  CHECK(contains(own_words, "<li>Try not to be discouraged by differences: they are the value of exploring"));
  CHECK_FALSE(contains(own_words, "The guide says"));
}

TEST_CASE("the pack credits the guide with its advice on evidence where the framework says it gives it") {
  CHECK(contains(no_evidence_part(area_copy({.evidence = true})),
                 "The guide says that collecting evidence to support scoring helps build a clear picture"));
  const std::string own_words = no_evidence_part(area_copy({.differences = true, .reflections = true}));
  CHECK(contains(own_words, "”. Collecting evidence to support scoring helps build a clear picture"));
  CHECK_FALSE(contains(own_words, "The guide says"));
}

TEST_CASE("report_about_text: the reflection tool only where the guide calls its tool one") {
  model::Framework framework = *test::ipc();
  CHECK(render::report_about_text(framework).starts_with(
      "This report uses the reflection tool “Co-production reflection tool for Integrated "
      "Personal Commissioning” (source: NHS England, "));
  framework.title = "Making co-production work: 15 top tips";
  framework.source = "";
  framework.tool_name = "";
  CHECK(render::report_about_text(framework).starts_with(
      "This report uses the framework “Making co-production work: 15 top tips”. Each section"));
  framework.tool_name = "Listening check";
  CHECK(render::report_about_text(framework).starts_with(
      "This report uses the Listening check, “Making co-production work: 15 top tips”. Each"));
  framework.title = "Listening check";
  CHECK(render::report_about_text(framework).starts_with("This report uses the Listening check. Each section"));
}

TEST_CASE("report_about_text: what a section holds, as the framework's rows say") {
  const auto catalog = test::builtin_catalog();
  const auto about = [&](const std::string& id) { return render::report_about_text(*catalog.find_latest(id)); };
  CHECK(contains(about("ipc-coproduction"),
                 "Each section has rows that pair an early indicator that things are on the right track with a "
                 "warning sign, though some rows have only one of the two."));
  for (const std::string id : {"making-coproduction-work", "strategic-coproduction"}) {
    CAPTURE(id);
    // Every section its one row: the section is scored, with no rows to average.
    CHECK(contains(about(id),
                   "Each section is one early indicator that things are on the right track, scored from 0 to 5 with "
                   "supporting evidence; there are no warning signs."));
    CHECK_FALSE(contains(about(id), "row"));
  }
  model::Framework two_rows = *catalog.find_latest("making-coproduction-work");
  two_rows.sections.front().rows.push_back(two_rows.sections.front().rows.front());
  two_rows.sections.front().rows.back().id = "second";
  CHECK(contains(render::report_about_text(two_rows),
                 "Each section has rows, each an early indicator that things are on the right track; there are no "
                 "warning signs."));
}
