// The rules about which inputs belong together: area names, --previous,
// plans and their assessments, init --from's period, side by side.

#include <doctest/doctest.h>

#include "analysis/area_names.hpp"
#include "analysis/input_checks.hpp"
#include "analysis/next_period.hpp"
#include "analysis/plan_inputs.hpp"
#include "analysis/previous_period.hpp"

using namespace coprod;

namespace {

model::Assessment assessment(const std::string& area, model::Perspective perspective, const std::string& period) {
  model::Assessment a;
  a.source = area + "-" + std::string(model::perspective_id(perspective)) + "-" + period + ".yaml";
  a.area = area;
  a.perspective = perspective;
  a.period = *model::Period::parse(period);
  return a;
}

using Inputs = std::vector<const model::Assessment*>;

constexpr auto organisation = model::Perspective::organisation;
constexpr auto peer_network = model::Perspective::peer_network;
constexpr auto individual = model::Perspective::individual;

}  // namespace

TEST_CASE("area_key and probably_same_area") {
  CHECK(analysis::area_key("  North   Bridge\t") == "north bridge");
  CHECK(analysis::probably_same_area("Northbridge", "northbridge"));
  CHECK(analysis::probably_same_area("Northbridge", " Northbridge "));
  CHECK_FALSE(analysis::probably_same_area("Northbridge", "Northbridge"));
  CHECK_FALSE(analysis::probably_same_area("Northbridge", "North bridge"));
  CHECK_FALSE(analysis::probably_same_area("Northbridge", "Southbridge"));
  CHECK(analysis::same_area_hint("Northbridge", "Southbridge").empty());
}

TEST_CASE("previous_period_problem") {
  const auto q4 = assessment("Northbridge", organisation, "2026-Q4");
  const auto check = [&](const model::Assessment& earlier) {
    return analysis::previous_period_problem({&earlier}, {&q4});
  };
  CHECK_FALSE(check(assessment("Northbridge", organisation, "2026-Q3")));
  CHECK_FALSE(check(assessment("northbridge", organisation, "2026-H1")));
  SUBCASE("another perspective or area has nothing to show a change against") {
    CHECK(check(assessment("Northbridge", peer_network, "2026-Q3"))->find("nothing to show its change against") !=
          std::string::npos);
    CHECK(check(assessment("Southbridge", organisation, "2026-Q3")));
  }
  SUBCASE("a period that is not earlier, or takes the current one in") {
    CHECK(check(assessment("Northbridge", organisation, "2026-Q4"))->find("not before") != std::string::npos);
    CHECK(check(assessment("Northbridge", organisation, "2026-H2"))->find("takes in 2026-Q4") != std::string::npos);
    CHECK(check(assessment("Northbridge", organisation, "2026-12")));
  }
  SUBCASE("a month beside the quarter it is part of: the same months either way") {
    const auto q1 = assessment("Northbridge", organisation, "2027-Q1");
    const auto january = assessment("Northbridge", organisation, "2027-01");
    const auto february = assessment("Northbridge", organisation, "2027-02");
    CHECK(analysis::previous_period_problem({&q1}, {&february})->find("2027-Q1, which takes in 2027-02") !=
          std::string::npos);
    CHECK(analysis::previous_period_problem({&january}, {&q1})->find("2027-01, which is part of 2027-Q1") !=
          std::string::npos);
    CHECK_FALSE(analysis::previous_period_problem({&january}, {&february}));
  }
}

TEST_CASE("check_plan_assessments") {
  model::Plan plan;
  plan.source = "plan.yaml";
  plan.area = "Northbridge";
  plan.period = *model::Period::parse("2026-Q3");
  const auto check = [&](const model::Assessment& a) { return analysis::check_plan_assessments(plan, {&a}); };
  CHECK(check(assessment("Northbridge", organisation, "2026-Q3")).empty());
  CHECK(check(assessment("Northbridge", organisation, "2027-Q1")).empty());
  CHECK(util::has_errors(check(assessment("Southbridge", organisation, "2026-Q4"))));
  CHECK(util::has_errors(check(assessment("Northbridge", organisation, "2026-Q2"))));
  CHECK(util::has_errors(check(assessment("Northbridge", organisation, "2026-H2"))));
  CHECK(check(assessment("Northbridge", organisation, "2026-07")).empty());
  const auto spelt = check(assessment("NORTHBRIDGE", organisation, "2026-Q4"));
  REQUIRE(spelt.size() == 1);
  CHECK(spelt.front().severity == util::Severity::warning);
}

TEST_CASE("unmoved_review_warning: latest assessments of the plan's own months") {
  model::Plan plan;
  plan.source = "plan.yaml";
  plan.area = "Northbridge";
  plan.period = *model::Period::parse("2027-Q1");
  const auto warning = [&](const char* period, bool named_by_plan) {
    return analysis::unmoved_review_warning(plan, assessment("Northbridge", organisation, period), named_by_plan);
  };
  CHECK_FALSE(warning("2027-Q2", false));
  CHECK_FALSE(warning("2027-04", false));
  REQUIRE(warning("2027-Q1", true));
  CHECK(warning("2027-Q1", true)->message.find("one of the assessments the plan plan.yaml was made from") !=
        std::string::npos);
  CHECK(warning("2027-Q1", false)->message.find("this is for 2027-Q1, the period the plan") != std::string::npos);
  CHECK(warning("2027-03", false)->message.find("2027-03, which is part of 2027-Q1") != std::string::npos);
  CHECK(warning("2027-Q1", false)->message.find("such as 2027-Q2") != std::string::npos);
}

TEST_CASE("check_next_period") {
  const auto q4 = assessment("Northbridge", organisation, "2026-Q4");
  const auto h2 = assessment("Northbridge", organisation, "2026-H2");
  CHECK(analysis::check_next_period(q4, *model::Period::parse("2027-Q1")).empty());
  CHECK(analysis::check_next_period(q4, *model::Period::parse("2027-H1")).empty());
  CHECK(util::has_errors(analysis::check_next_period(q4, *model::Period::parse("2026-Q1"))));
  CHECK(util::has_errors(analysis::check_next_period(q4, *model::Period::parse("2026-H2"))));
  const auto inside = analysis::check_next_period(h2, *model::Period::parse("2026-Q4"));
  REQUIRE(inside.size() == 1);
  CHECK(inside.front().severity == util::Severity::warning);
  // Its first quarter or month starts with it: months already assessed, not earlier ones.
  for (const char* shorter : {"2026-Q3", "2026-07"}) {
    CAPTURE(shorter);
    const auto first = analysis::check_next_period(h2, *model::Period::parse(shorter));
    REQUIRE(first.size() == 1);
    CHECK(first.front().severity == util::Severity::warning);
    CHECK(first.front().message.find("takes in --period") != std::string::npos);
    CHECK(first.front().message.find("moving to shorter review periods") != std::string::npos);
  }
  // A month, then the quarter it starts: longer periods, and said so.
  const auto october = assessment("Northbridge", organisation, "2026-10");
  const auto longer = analysis::check_next_period(october, *model::Period::parse("2026-Q4"));
  REQUIRE(longer.size() == 1);
  CHECK(longer.front().severity == util::Severity::warning);
  CHECK(longer.front().message.find("2026-10, which is part of --period 2026-Q4") != std::string::npos);
  CHECK(longer.front().message.find("moving to longer review periods") != std::string::npos);
}

TEST_CASE("check_side_by_side") {
  const auto q3 = assessment("Northbridge", organisation, "2026-Q3");
  const auto q4 = assessment("Northbridge", organisation, "2026-Q4");
  auto copy = q4;
  copy.source = "copy.yaml";
  SUBCASE("compare refuses one perspective's periods given later first") {
    CHECK(analysis::check_side_by_side(Inputs{&q3, &q4}, analysis::SideBySide::compare).empty());
    const auto reversed = analysis::check_side_by_side(Inputs{&q4, &q3}, analysis::SideBySide::compare);
    REQUIRE(reversed.size() == 1);
    CHECK(reversed.front().severity == util::Severity::error);
    CHECK(analysis::check_side_by_side(Inputs{&q4, &q3}, analysis::SideBySide::web).empty());
  }
  SUBCASE("compare of two versions of one file whose period was corrected, either way: neither refused nor warned") {
    // 2026-Q4-organisation.coprod.yaml committed for 2026-Q4, its working copy corrected to 2026-Q3, or the
    // perspective corrected as well.
    auto committed = q4;
    committed.source = "HEAD:2026-Q4-organisation.coprod.yaml";
    committed.origin = "version committed at HEAD (1a2b3c4)";
    auto working = q3;
    working.source = "2026-Q4-organisation.coprod.yaml";
    working.origin = "working copy";
    CHECK(analysis::check_side_by_side(Inputs{&committed, &working}, analysis::SideBySide::compare).empty());
    working.perspective = peer_network;
    CHECK(analysis::check_side_by_side(Inputs{&committed, &working}, analysis::SideBySide::compare).empty());
    // Two files of their own stay two periods, refused given later first.
    working.origin.clear();
    committed.origin.clear();
    working.perspective = organisation;
    CHECK(util::has_errors(analysis::check_side_by_side(Inputs{&committed, &working}, analysis::SideBySide::compare)));
  }
  SUBCASE("compare warns of a month beside its quarter, in either order, refusing neither") {
    const auto q1 = assessment("Northbridge", organisation, "2027-Q1");
    const auto january = assessment("Northbridge", organisation, "2027-01");
    for (const auto& inputs : {Inputs{&january, &q1}, Inputs{&q1, &january}}) {
      const auto problems = analysis::check_side_by_side(inputs, analysis::SideBySide::compare);
      REQUIRE(problems.size() == 1);
      CHECK(problems.front().severity == util::Severity::warning);
      CHECK(problems.front().message.find("the same months are in both") != std::string::npos);
    }
  }
  SUBCASE("one review twice: a warning to compare, an error to web and report") {
    CHECK(analysis::check_side_by_side(Inputs{&q4, &copy}, analysis::SideBySide::compare).front().severity ==
          util::Severity::warning);
    CHECK(util::has_errors(analysis::check_side_by_side(Inputs{&q4, &copy}, analysis::SideBySide::web)));
    CHECK(util::has_errors(analysis::check_side_by_side(Inputs{&q4, &copy}, analysis::SideBySide::report)));
  }
  SUBCASE("one review twice: history refuses at the later file's period line, naming the other's") {
    auto first = q4;
    first.period_position = {4, 9};
    auto second = copy;
    second.period_position = {5, 9};
    const auto problems = analysis::check_side_by_side(Inputs{&q3, &first, &second}, analysis::SideBySide::history);
    REQUIRE(problems.size() == 1);
    CHECK(problems.front().severity == util::Severity::error);
    CHECK(problems.front().source == "copy.yaml");
    CHECK(problems.front().position == util::Position{5, 9});
    CHECK(problems.front().message.find(first.source + ":4:9") != std::string::npos);
  }
  SUBCASE("one review three times: summary warns at each file, naming the others") {
    auto third = q4;
    third.source = "third.yaml";
    const auto problems = analysis::check_side_by_side(Inputs{&q4, &q3, &copy, &third}, analysis::SideBySide::summary);
    REQUIRE(problems.size() == 3);
    CHECK(problems[0].severity == util::Severity::warning);
    CHECK(problems[0].source == q4.source);
    CHECK(problems[0].message.find("copy.yaml and third.yaml") != std::string::npos);
    CHECK(analysis::find_shared_reviews(Inputs{&q4, &q3, &copy, &third}, analysis::SideBySide::summary) ==
          std::vector<std::vector<std::size_t>>{{2, 3}, {}, {0, 3}, {0, 2}});
  }
  SUBCASE("individual responses for one area and period are different people's") {
    const auto one = assessment("Northbridge", individual, "2026-Q4");
    auto two = one;
    two.source = "two.yaml";
    CHECK(analysis::check_side_by_side(Inputs{&one, &two}, analysis::SideBySide::web).empty());
    // Not copies: the one warning is that they are individual responses, shown uncombined.
    const auto compared = analysis::check_side_by_side(Inputs{&one, &two}, analysis::SideBySide::compare);
    REQUIRE(compared.size() == 1);
    CHECK(compared.front().message.find("this and two.yaml are individual responses") != std::string::npos);
  }
  SUBCASE("an individual response: an error to report, one warning to compare and plan, nothing to web") {
    const auto one = assessment("Northbridge", individual, "2026-Q4");
    const auto reported = analysis::check_side_by_side(Inputs{&q4, &one}, analysis::SideBySide::report);
    REQUIRE(reported.size() == 1);
    CHECK(reported.front().severity == util::Severity::error);
    CHECK(reported.front().source == one.source);
    CHECK(reported.front().message.find("coprod combine") != std::string::npos);
    for (const auto use : {analysis::SideBySide::compare, analysis::SideBySide::plan}) {
      const auto warned = analysis::check_side_by_side(Inputs{&q4, &one}, use);
      REQUIRE(warned.size() == 1);
      CHECK(warned.front().severity == util::Severity::warning);
    }
    CHECK(analysis::check_side_by_side(Inputs{&q4, &one}, analysis::SideBySide::web).empty());
  }
  SUBCASE("plan refuses one perspective's two periods in either order, with no warning of mixed periods") {
    for (const auto& inputs : {Inputs{&q3, &q4}, Inputs{&q4, &q3}}) {
      const auto problems = analysis::check_side_by_side(inputs, analysis::SideBySide::plan);
      REQUIRE(problems.size() == 1);
      CHECK(problems.front().severity == util::Severity::error);
      CHECK(problems.front().source == inputs[1]->source);
    }
    // Different perspectives of two periods: still a warning.
    const auto peer = assessment("Northbridge", peer_network, "2026-Q3");
    const auto mixed = analysis::check_side_by_side(Inputs{&q4, &peer}, analysis::SideBySide::plan);
    REQUIRE(mixed.size() == 1);
    CHECK(mixed.front().severity == util::Severity::warning);
  }
}
