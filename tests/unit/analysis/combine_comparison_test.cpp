#include <doctest/doctest.h>

#include "analysis/combine.hpp"
#include "analysis/comparison.hpp"
#include "analysis/input_checks.hpp"
#include "ipc_assessments.hpp"
#include "test_support.hpp"

using namespace coprod;

namespace {

using test::ipc;

model::Assessment with_rows(model::Perspective perspective, const std::string& period,
                            std::vector<std::pair<std::string, model::Score>> rows,
                            std::optional<std::string> evidence = std::nullopt) {
  model::Assessment assessment;
  assessment.source = std::string(model::perspective_id(perspective)) + "-" + period + ".yaml";
  assessment.area = "Northbridge";
  assessment.perspective = perspective;
  assessment.period = *model::Period::parse(period);
  model::SectionResponse section;
  section.section_id = "commitment";
  for (auto& [id, score] : rows) {
    model::RowResponse row;
    row.row_id = id;
    row.score = score;
    row.evidence = evidence;
    section.rows.push_back(row);
  }
  assessment.sections.push_back(section);
  return assessment;
}

model::Score h(int halves) { return model::Score::from_halves(halves); }

}  // namespace

TEST_CASE("median_score") {
  CHECK(analysis::median_score({6}, true) == h(6));
  CHECK(analysis::median_score({2, 6, 10}, true) == h(6));
  CHECK(analysis::median_score({4, 8}, true) == h(6));         // 2 and 4: 3
  CHECK(analysis::median_score({4, 5}, true) == h(4));         // 2 and 2.5: 2.25 goes down to 2
  CHECK(analysis::median_score({4, 6}, false) == h(4));        // 2 and 3 on a whole-number scale: 2
  CHECK(analysis::median_score({10, 0, 6, 8}, true) == h(7));  // 3 and 4: 3.5
}

TEST_CASE("combine keeps the median, the spread, and evidence without order") {
  const auto a = with_rows(model::Perspective::individual, "2026-Q3",
                           {{"strategy", h(4)}, {"motivation", model::Score::not_applicable()}}, "Zebra.");
  const auto b = with_rows(model::Perspective::individual, "2026-Q3", {{"strategy", h(8)}}, "Apple.\nSecond line.");
  const auto c = with_rows(model::Perspective::individual, "2026-Q3", {{"strategy", h(6)}}, "Apple.\nSecond line.");
  const auto combined = analysis::combine(ipc(), {&a, &b, &c}, {model::Perspective::peer_network, 3});
  const auto& assessment = combined.assessment;
  CHECK(assessment.perspective == model::Perspective::peer_network);
  CHECK(assessment.combined_from == 3);
  const auto* strategy = assessment.find_section("commitment")->find_row("strategy");
  CHECK(strategy->score == h(6));
  REQUIRE(strategy->spread);
  CHECK(strategy->spread->min == h(4));
  CHECK(strategy->spread->max == h(8));
  CHECK(strategy->spread->count == 3);
  CHECK(strategy->evidence == "\u2022 Apple.\n  Second line.\n\u2022 Zebra.");  // sorted, duplicates once
  CHECK(assessment.find_section("commitment")->find_row("motivation")->score.is_not_applicable());
  // No one is named: reports say "combined from 3 individual responses" (render::completed_by_words()).
  CHECK_FALSE(assessment.find_section("commitment")->completed_by);
  CHECK(combined.thinly_scored_rows.empty());
}

namespace {

// One person's response answering only whether they see the strategy row's signs locally.
model::Assessment seen(std::optional<bool> indicator, std::optional<bool> warning) {
  auto assessment = with_rows(model::Perspective::individual, "2026-Q3", {{"strategy", model::Score::not_scored()}});
  assessment.sections[0].rows[0].indicator_seen = indicator;
  assessment.sections[0].rows[0].warning_seen = warning;
  return assessment;
}

model::RowResponse combined_strategy(const std::vector<model::Assessment>& responses) {
  std::vector<const model::Assessment*> given;
  for (const auto& response : responses) given.push_back(&response);
  const auto combined = analysis::combine(ipc(), given, {model::Perspective::peer_network, 3});
  return *combined.assessment.find_section("commitment")->find_row("strategy");
}

}  // namespace

TEST_CASE("combine counts who sees each sign: an early indicator by most, a warning sign by anyone") {
  SUBCASE("one yes and two not answered: 1 of 1") {
    const auto row =
        combined_strategy({seen(true, true), seen(std::nullopt, std::nullopt), seen(std::nullopt, std::nullopt)});
    CHECK(row.indicator_seen_by == model::SeenCount{1, 1});
    CHECK(row.warning_seen_by == model::SeenCount{1, 1});
    CHECK(row.indicator_seen == true);
    CHECK(row.warning_seen == true);
  }
  SUBCASE("no, no, yes: the indicator is not seen, the warning sign is") {
    const auto row = combined_strategy({seen(false, false), seen(false, false), seen(true, true)});
    CHECK(row.indicator_seen_by == model::SeenCount{1, 3});
    CHECK(row.warning_seen_by == model::SeenCount{1, 3});
    CHECK(row.indicator_seen == false);
    CHECK(row.warning_seen == true);
  }
  SUBCASE("half is not most") {
    const auto row = combined_strategy({seen(true, false), seen(false, false)});
    CHECK(row.indicator_seen_by == model::SeenCount{1, 2});
    CHECK(row.indicator_seen == false);
    CHECK(row.warning_seen_by == model::SeenCount{0, 2});
    CHECK(row.warning_seen == false);
  }
  SUBCASE("two of three see the indicator") {
    const auto row = combined_strategy({seen(true, std::nullopt), seen(true, std::nullopt), seen(false, std::nullopt)});
    CHECK(row.indicator_seen_by == model::SeenCount{2, 3});
    CHECK(row.indicator_seen == true);
    CHECK_FALSE(row.warning_seen_by);
    CHECK_FALSE(row.warning_seen);
  }
}

TEST_CASE("combine lists evidence alphabetically, capitals or not") {
  const auto a = with_rows(model::Perspective::individual, "2026-Q3", {{"strategy", h(4)}}, "Zebra crossing.");
  const auto b = with_rows(model::Perspective::individual, "2026-Q3", {{"strategy", h(4)}}, "\u00C9tude first.");
  const auto c = with_rows(model::Perspective::individual, "2026-Q3", {{"strategy", h(4)}}, "apple pie.");
  const auto d = with_rows(model::Perspective::individual, "2026-Q3", {{"strategy", h(4)}}, "Apple pie.");
  const auto e = with_rows(model::Perspective::individual, "2026-Q3", {{"strategy", h(4)}}, "banana.");
  const auto combined = analysis::combine(ipc(), {&a, &b, &c, &d, &e}, {model::Perspective::peer_network, 3});
  const auto* strategy = combined.assessment.find_section("commitment")->find_row("strategy");
  CHECK(strategy->evidence ==
        "\u2022 Apple pie.\n\u2022 apple pie.\n\u2022 banana.\n\u2022 Zebra crossing.\n\u2022 \u00C9tude first.");
}

TEST_CASE("a combined section was last completed when the latest response's was, if any response says") {
  auto a = with_rows(model::Perspective::individual, "2026-Q3", {{"strategy", h(4)}});
  auto b = with_rows(model::Perspective::individual, "2026-Q3", {{"strategy", h(8)}});
  const auto c = with_rows(model::Perspective::individual, "2026-Q3", {{"strategy", h(6)}});
  const auto none = analysis::combine(ipc(), {&a, &b, &c}, {model::Perspective::peer_network, 3});
  CHECK_FALSE(none.assessment.find_section("commitment")->last_completed);
  a.sections[0].last_completed = model::Date::parse("2026-09-30");
  b.sections[0].last_completed = model::Date::parse("2026-10-02");
  const auto dated = analysis::combine(ipc(), {&a, &b, &c}, {model::Perspective::peer_network, 3});
  CHECK(dated.assessment.find_section("commitment")->last_completed == model::Date::parse("2026-10-02"));
}

TEST_CASE("combine lists rows too few people scored") {
  const auto a = with_rows(model::Perspective::individual, "2026-Q3", {{"strategy", h(4)}, {"leaders", h(2)}});
  const auto b = with_rows(model::Perspective::individual, "2026-Q3", {{"strategy", h(8)}});
  const auto c = with_rows(model::Perspective::individual, "2026-Q3", {{"strategy", h(6)}});
  const auto combined = analysis::combine(ipc(), {&a, &b, &c}, {model::Perspective::peer_network, 3});
  CHECK(combined.thinly_scored_rows ==
        std::vector<std::string>{"1. Commitment and leadership, row 4 (commitment.leaders): 1 person"});
}

TEST_CASE("combine lists rows more people marked not applicable than scored") {
  const auto na = model::Score::not_applicable();
  const auto a = with_rows(model::Perspective::individual, "2026-Q3", {{"strategy", h(10)}, {"leaders", h(4)}});
  const auto b = with_rows(model::Perspective::individual, "2026-Q3", {{"strategy", na}, {"leaders", na}});
  const auto c = with_rows(model::Perspective::individual, "2026-Q3", {{"strategy", na}, {"leaders", h(6)}});
  const auto d = with_rows(model::Perspective::individual, "2026-Q3", {{"strategy", na}, {"motivation", na}});
  const auto combined = analysis::combine(ipc(), {&a, &b, &c, &d}, {model::Perspective::peer_network, 1});
  // leaders: 2 scored, 1 not applicable (not more); motivation: nobody scored it, so it is n/a.
  CHECK(combined.mostly_not_applicable_rows ==
        std::vector<std::string>{
            "1. Commitment and leadership, row 1 (commitment.strategy): 1 scored it, 3 marked it not applicable"});
  CHECK(combined.assessment.find_section("commitment")->find_row("strategy")->score == h(10));
}

TEST_CASE("compare: two perspectives, prompts at the threshold, largest first") {
  const auto org = with_rows(model::Perspective::organisation, "2026-Q3",
                             {{"strategy", h(8)}, {"motivation", h(6)}, {"leaders", h(8)}});
  const auto peer = with_rows(model::Perspective::peer_network, "2026-Q3",
                              {{"strategy", h(5)}, {"motivation", h(5)}, {"leaders", h(3)}});
  const auto a = test::scored(ipc(), org);
  const auto b = test::scored(ipc(), peer);
  const auto comparison = analysis::compare({a, b}, 1.5);
  CHECK(comparison.kind == analysis::ComparisonKind::perspectives);
  REQUIRE(comparison.row_prompts.size() == 2);
  CHECK(comparison.rows[comparison.row_prompts[0]].reference() == "commitment.leaders");   // 4 vs 1.5: 2.5
  CHECK(comparison.rows[comparison.row_prompts[1]].reference() == "commitment.strategy");  // 4 vs 2.5: exactly 1.5
  REQUIRE(comparison.section_prompts.size() == 1);                                         // 3.3 vs 1.8
  CHECK(*comparison.sections[comparison.section_prompts[0]].spread() == doctest::Approx(1.5));
  CHECK(analysis::input_label(comparison, 1) == "peer-network, 2026-Q3");
}

TEST_CASE("compare: rows that differ by as much take turns by direction") {
  // The peer network: leaders 2.0 lower; strategy and motivation 1.5 lower, resources 1.5 higher.
  const auto org = with_rows(model::Perspective::organisation, "2026-Q3",
                             {{"strategy", h(8)}, {"motivation", h(8)}, {"resources", h(2)}, {"leaders", h(8)}});
  const auto peer = with_rows(model::Perspective::peer_network, "2026-Q3",
                              {{"strategy", h(5)}, {"motivation", h(5)}, {"resources", h(5)}, {"leaders", h(4)}});
  const auto comparison = analysis::compare({test::scored(ipc(), org), test::scored(ipc(), peer)}, 1.5);
  std::vector<std::string> order;
  for (const auto p : comparison.row_prompts) order.push_back(comparison.rows[p].reference());
  // After a row the peer network scored lower, the tie starts with the one it scored higher.
  CHECK(order == std::vector<std::string>{"commitment.leaders", "commitment.resources", "commitment.strategy",
                                          "commitment.motivation"});
}

TEST_CASE("compare: one perspective over two periods records what moved") {
  const auto q3 =
      with_rows(model::Perspective::peer_network, "2026-Q3", {{"strategy", h(4)}, {"motivation", h(6)}}, "Old.");
  auto q4 = with_rows(model::Perspective::peer_network, "2026-Q4",
                      {{"strategy", h(5)}, {"motivation", h(6)}, {"leaders", h(2)}}, "Old.");
  q4.sections[0].rows[0].evidence = "New.";
  const auto later = test::scored(ipc(), q4);
  const auto earlier = test::scored(ipc(), q3);
  const auto comparison = analysis::compare({later, earlier}, 1.5);  // given out of order
  CHECK(comparison.kind == analysis::ComparisonKind::periods);
  CHECK(comparison.earliest == 1);
  CHECK(comparison.latest == 0);
  const auto& strategy = comparison.row_movements[0];
  CHECK(strategy.direction == analysis::Direction::up);
  CHECK(strategy.change == doctest::Approx(0.5));
  CHECK(strategy.evidence_changed);
  CHECK(comparison.row_movements[1].direction == analysis::Direction::same);
  CHECK(comparison.row_movements[3].direction == analysis::Direction::newly_scored);  // leaders
  CHECK(comparison.row_movements[3].newly_evidenced);  // the row was absent before, so its evidence is new
}

TEST_CASE("check_comparable: different areas warn") {
  auto one = with_rows(model::Perspective::organisation, "2026-Q3", {});
  auto two = with_rows(model::Perspective::peer_network, "2026-Q3", {});
  two.area = "Southdale";
  const auto a = test::scored(ipc(), one);
  const auto b = test::scored(ipc(), two);
  const auto problems = analysis::check_comparable({a, b});
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].severity == util::Severity::warning);
}

TEST_CASE("check_comparable: an area corrected between two versions of one file is no warning") {
  auto committed = with_rows(model::Perspective::organisation, "2026-Q3", {});
  auto working = committed;
  committed.origin = "version committed at HEAD (1a2b3c4)";
  working.origin = "working copy";
  working.area = "Northbridge South";
  const auto problems = analysis::check_comparable({test::scored(ipc(), committed), test::scored(ipc(), working)});
  CHECK(problems.empty());
}

TEST_CASE("difference_direction names which way a difference goes") {
  const auto org = with_rows(model::Perspective::organisation, "2026-Q3", {{"strategy", h(8)}});
  const auto peer = with_rows(model::Perspective::peer_network, "2026-Q3", {{"strategy", h(5)}});
  const auto earlier = with_rows(model::Perspective::organisation, "2026-Q2", {{"strategy", h(4)}});
  const auto a = test::scored(ipc(), org);
  const auto b = test::scored(ipc(), peer);
  const auto c = test::scored(ipc(), earlier);
  const auto two = analysis::compare({a, b}, 1.5);
  CHECK(analysis::difference_direction(two) == "peer network minus organisation");
  CHECK(*two.rows[0].difference() == doctest::Approx(-1.5));
  CHECK(analysis::difference_direction(analysis::compare({c, a}, 1.5)) == "2026-Q3 minus 2026-Q2");
  // Named by their titles for people; by their labels (the perspective's id) for CSV and JSON.
  CHECK(analysis::difference_direction(analysis::compare({c, b}, 1.5)) ==
        "co-production peer network, 2026-Q3 minus organisation, 2026-Q2");
  CHECK(analysis::difference_direction_label(analysis::compare({c, b}, 1.5)) ==
        "peer-network, 2026-Q3 minus organisation, 2026-Q2");
  const auto three = analysis::compare({a, b, c}, 1.5);
  CHECK(analysis::difference_direction(three) == "highest minus lowest");
  CHECK_FALSE(three.rows[0].difference());
}

TEST_CASE("compare: two versions of one file's period are named by where each comes from") {
  auto committed = with_rows(model::Perspective::organisation, "2026-Q4", {{"strategy", h(8)}});
  committed.origin = "version committed at HEAD (1a2b3c4)";
  auto working = with_rows(model::Perspective::organisation, "2026-Q4", {{"strategy", h(4)}});
  working.origin = "working copy";
  const auto earlier = with_rows(model::Perspective::organisation, "2026-Q3", {{"strategy", h(6)}});
  const auto a = test::scored(ipc(), committed);
  const auto b = test::scored(ipc(), working);
  const auto c = test::scored(ipc(), earlier);
  const auto two = analysis::compare({a, b}, 1.5);
  CHECK(analysis::input_label(two, 0) == "organisation, 2026-Q4, version committed at HEAD (1a2b3c4)");
  CHECK(analysis::input_title(two, 1) == "organisation, 2026-Q4, working copy");
  CHECK(analysis::difference_direction(two) == "working copy minus version committed at HEAD (1a2b3c4)");
  SUBCASE("a version whose period no other input shares keeps its short label") {
    const auto periods = analysis::compare({c, b}, 1.5);
    CHECK(analysis::input_label(periods, 1) == "organisation, 2026-Q4");
  }
  SUBCASE("no warning that one may be a copy of the other, except for a plan") {
    CHECK(analysis::check_side_by_side({a, b}, analysis::SideBySide::compare).empty());
    CHECK(analysis::check_side_by_side({a, b}, analysis::SideBySide::plan).size() == 1);
    auto copy = working;
    copy.source = "copy.yaml";
    copy.origin.clear();
    CHECK(analysis::check_side_by_side({b, test::scored(ipc(), copy)}, analysis::SideBySide::compare).size() == 1);
  }
}

TEST_CASE("check_individual_responses refuses other perspectives and combined files") {
  const auto individual = with_rows(model::Perspective::individual, "2026-Q3", {});
  const auto peer = with_rows(model::Perspective::peer_network, "2026-Q3", {});
  const auto org = with_rows(model::Perspective::organisation, "2026-Q3", {});
  auto combined = with_rows(model::Perspective::individual, "2026-Q3", {});
  combined.combined_from = 3;
  CHECK(analysis::check_individual_responses({&individual, &peer}, model::Perspective::peer_network).empty());
  const auto problems =
      analysis::check_individual_responses({&individual, &org, &combined}, model::Perspective::peer_network);
  REQUIRE(problems.size() == 2);
  CHECK(problems[0].source == "organisation-2026-Q3.yaml");
  CHECK(problems[0].message.find("perspective: organisation") != std::string::npos);
  CHECK(problems[1].message.find("already combined from 3 responses") != std::string::npos);
}
