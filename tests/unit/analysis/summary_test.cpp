#include "analysis/summary.hpp"

#include <doctest/doctest.h>

#include "ipc_assessments.hpp"

using namespace coprod;

namespace {

using test::ipc;

analysis::AssessmentDigest digest(const std::string& area, model::Perspective perspective, const std::string& period,
                                  int first_section_tenths, const char* completed) {
  analysis::AssessmentDigest d;
  d.source = area + "-" + std::string(model::perspective_id(perspective)) + "-" + period;
  d.area = area;
  d.perspective = perspective;
  d.period = *model::Period::parse(period);
  d.section_scores = {first_section_tenths, std::nullopt, 30, 30, 30, 30, 30};
  d.last_completed = model::Date::parse(completed);
  return d;
}

}  // namespace

TEST_CASE("quantile interpolates between sorted values") {
  CHECK(analysis::quantile({10, 20, 30, 40}, 2).value() == doctest::Approx(2.5));
  CHECK(analysis::quantile({10, 20, 30, 40}, 1).value() == doctest::Approx(1.75));
  CHECK(analysis::quantile({10, 20, 30, 40}, 3).value() == doctest::Approx(3.25));
  CHECK(analysis::quantile({70}, 1).value() == doctest::Approx(7));
  CHECK(analysis::quantile({10, 30}, 0).value() == doctest::Approx(1));
  CHECK(analysis::quantile({10, 30}, 4).value() == doctest::Approx(3));
}

TEST_CASE("quantile is exact, so it is shown rounded half up like every score") {
  // 3.2 and 3.3 (in binary, 3.25 was shown as 3.2 by round-half-to-even formatting).
  const auto median = analysis::quantile({28, 37}, 2);
  CHECK(median.value() == 3.25);
  CHECK(median.to_string() == "3.3");
  CHECK(analysis::quantile({28, 37}, 1).to_string() == "3.0");      // 3.025
  CHECK(analysis::quantile({28, 37}, 3).to_string() == "3.5");      // 3.475
  CHECK(analysis::quantile({21, 22, 23}, 3).to_string() == "2.3");  // 2.25
}

TEST_CASE("summarise: latest period, spread per section, missing perspectives, stale files, gaps") {
  using P = model::Perspective;
  const std::vector<analysis::AssessmentDigest> digests = {
      digest("A", P::organisation, "2026-Q4", 40, "2026-12-10"),
      digest("A", P::peer_network, "2026-Q4", 15, "2026-12-10"),
      digest("B", P::organisation, "2026-Q4", 20, "2026-12-10"),
      digest("B", P::peer_network, "2026-Q4", 25, "2026-01-10"),
      digest("C", P::organisation, "2026-Q4", 30, "2026-12-10"),
      digest("C", P::peer_network, "2026-Q3", 30, "2026-09-10"),
      digest("D", P::organisation, "2026-Q3", 30, "2026-09-10"),
  };
  const auto summary = analysis::summarise(ipc(), digests, *model::Date::parse("2027-01-10"), 6, 10);
  CHECK(summary.latest.to_string() == "2026-Q4");
  CHECK(summary.areas == std::vector<std::string>{"A", "B", "C", "D"});
  const auto& organisation = summary.perspectives[0].sections[0];
  CHECK(organisation.areas == 3);
  CHECK(organisation.median.to_string() == "3.0");
  CHECK(organisation.minimum.to_string() == "2.0");
  CHECK(organisation.maximum.to_string() == "4.0");
  CHECK(summary.perspectives[0].sections[1].areas == 0);  // nobody scored it
  REQUIRE(summary.missing.size() == 2);
  CHECK(summary.missing[0].area == "C");
  CHECK(summary.missing[0].missing.size() == 1);
  CHECK(summary.missing[1].area == "D");  // its only file is for an earlier period: behind, so missing both
  CHECK(summary.missing[1].missing.size() == 2);
  REQUIRE(summary.stale.size() == 1);  // B's peer network, last completed a year before
  CHECK(summary.stale[0].digest.area == "B");
  REQUIRE(summary.gaps.size() == 2);
  CHECK(summary.gaps[0].area == "A");
  CHECK(summary.gaps[0].difference() == -25);  // in tenths, peer network minus organisation
  CHECK(summary.gaps[1].difference() == 5);
}

TEST_CASE("summarise: the period most areas' latest files are for, whatever one odd file says") {
  using P = model::Perspective;
  const auto today = *model::Date::parse("2026-12-04");
  const auto summarise = [&](const std::vector<analysis::AssessmentDigest>& digests) {
    return analysis::summarise(ipc(), digests, today, 6, 10);
  };
  // A's and B's files for 2026-Q4, the period most areas have, and the odd ones.
  const auto with_a_and_b_in_2026_q4 = [&](const std::vector<analysis::AssessmentDigest>& odd) {
    std::vector<analysis::AssessmentDigest> digests = {digest("A", P::organisation, "2026-Q4", 40, "2026-11-10"),
                                                       digest("B", P::organisation, "2026-Q4", 20, "2026-11-10")};
    digests.insert(digests.end(), odd.begin(), odd.end());
    return summarise(digests);
  };
  SUBCASE("a period to come, a slip, is left out and named; its area is not listed as missing a perspective") {
    const auto summary = with_a_and_b_in_2026_q4({digest("Far", P::organisation, "2036-Q1", 30, "2026-11-10")});
    CHECK(summary.latest.to_string() == "2026-Q4");
    CHECK(summary.files == 2);
    CHECK(summary.perspectives[0].sections[0].areas == 2);
    REQUIRE(summary.future.size() == 1);
    CHECK(summary.future[0].area == "Far");
    REQUIRE(summary.missing.size() == 2);  // A and B miss only the peer network's; Far has nothing summarised
    CHECK(summary.missing[0].area == "A");
    CHECK(summary.missing[1].area == "B");
    CHECK(summary.missing[1].missing.size() == 1);
  }
  SUBCASE("a half year or a month sharing months with the quarter most areas have counts for it") {
    const auto summary = with_a_and_b_in_2026_q4({
        digest("H", P::organisation, "2026-H2", 30, "2026-11-10"),
        digest("M", P::organisation, "2026-12", 30, "2026-12-01"),
        digest("M", P::organisation, "2026-09", 10, "2026-09-01"),
    });
    CHECK(summary.latest.to_string() == "2026-Q4");
    CHECK(summary.perspectives[0].sections[0].areas == 4);
    CHECK(summary.perspectives[0].sections[0].minimum.to_string() == "2.0");  // not M's 2026-09
    REQUIRE(summary.overlapping.size() == 2);
    CHECK(summary.overlapping[0].area == "H");
    CHECK(summary.overlapping[1].period.to_string() == "2026-12");
    CHECK(summary.later.empty());
    for (const auto& missing : summary.missing) CHECK(missing.missing == std::vector<P>{P::peer_network});
  }
  SUBCASE("one area ahead counts by its file for the period most have, and its later one is named") {
    const std::vector<analysis::AssessmentDigest> digests = {
        digest("A", P::organisation, "2026-Q3", 40, "2026-09-10"),
        digest("B", P::organisation, "2026-Q3", 20, "2026-09-10"),
        digest("B", P::organisation, "2026-Q4", 25, "2026-11-10"),
        digest("C", P::organisation, "2026-Q3", 30, "2026-09-10"),
    };
    const auto summary = summarise(digests);
    CHECK(summary.latest.to_string() == "2026-Q3");
    CHECK(summary.perspectives[0].sections[0].maximum.to_string() == "4.0");
    CHECK(summary.perspectives[0].sections[0].minimum.to_string() == "2.0");
    REQUIRE(summary.later.size() == 1);
    CHECK(summary.later[0].period.to_string() == "2026-Q4");
  }
  SUBCASE("as many areas for two periods: the later") {
    const auto summary = summarise({digest("A", P::organisation, "2026-Q3", 40, "2026-09-10"),
                                    digest("B", P::organisation, "2026-Q4", 20, "2026-11-10")});
    CHECK(summary.latest.to_string() == "2026-Q4");
  }
}

TEST_CASE("summarise: two or more files for one area, perspective and period are all left out, by contents") {
  using P = model::Perspective;
  using R = analysis::LeftOutReason;
  // A copy renamed by hand to sort last: its name says nothing; both say 2026-Q4.
  auto copy = digest("A", P::organisation, "2026-Q4", 10, "2026-11-10");
  copy.source = "zz-A-organisation-2026-Q4";
  copy.period_position = {3, 9};
  const std::vector<analysis::AssessmentDigest> digests = {
      digest("A", P::organisation, "2026-Q4", 40, "2026-11-10"), copy,
      digest("A", P::peer_network, "2026-Q4", 30, "2026-11-10"),  // another perspective: summarised
      digest("B", P::organisation, "2026-Q4", 20, "2026-11-10"),  // summarised
  };
  const auto summary = analysis::summarise(ipc(), digests, *model::Date::parse("2027-01-10"), 6, 10);
  CHECK(summary.files == 2);
  CHECK(summary.perspectives[0].areas == 1);
  REQUIRE(summary.perspectives[0].sections[0].areas == 1);
  CHECK(summary.perspectives[0].sections[0].median.value() == doctest::Approx(2.0));
  REQUIRE(summary.left_out.size() == 2);
  CHECK(summary.left_out[0].source == "A-organisation-2026-Q4");
  CHECK(summary.left_out[0].reason == R::same_review);
  CHECK(summary.left_out[0].note == "zz-A-organisation-2026-Q4");
  CHECK(summary.left_out[1].note == "A-organisation-2026-Q4");
  REQUIRE(summary.shared_reviews.size() == 2);
  CHECK(summary.shared_reviews[0].severity == util::Severity::warning);
  CHECK(summary.shared_reviews[1].position == util::Position{3, 9});
  CHECK(summary.shared_reviews[0].message.find("zz-A-organisation-2026-Q4:3:9") != std::string::npos);
  REQUIRE(summary.missing.size() == 2);  // A has no organisation file the summary can use; B no peer network one
  CHECK(summary.missing[0].area == "A");
  CHECK(summary.missing[0].missing == std::vector<P>{P::organisation});
}

TEST_CASE("summarise: a file is completed in the window only when every section is; partly scored areas are named") {
  using P = model::Perspective;
  auto some_dated = digest("A", P::organisation, "2026-Q4", 40, "2026-12-10");
  some_dated.section_completed.assign(7, std::nullopt);
  some_dated.section_completed[0] = model::Date::parse("2026-12-10");
  auto all_dated = digest("B", P::organisation, "2026-Q4", 20, "2026-12-10");
  all_dated.section_completed.assign(7, model::Date::parse("2026-12-10"));
  all_dated.section_coverage.assign(7, analysis::Coverage{3, 0, 3});
  all_dated.section_coverage[0] = analysis::Coverage{1, 0, 5};
  const auto summary = analysis::summarise(ipc(), {some_dated, all_dated}, *model::Date::parse("2027-01-15"), 6, 5);
  REQUIRE(summary.stale.size() == 1);
  CHECK(summary.stale[0].digest.area == "A");
  CHECK(summary.stale[0].recent_sections == 1);
  CHECK(summary.stale[0].sections == 7);
  CHECK(summary.stale_cutoff.to_string() == "2026-07-15");
  const auto& organisation = summary.perspectives.front();
  REQUIRE(organisation.sections[0].partly_scored.size() == 1);
  CHECK(organisation.sections[0].partly_scored[0].first == "B");
  CHECK(organisation.sections[0].areas == 2);  // still in the statistics
  CHECK(organisation.sections[2].partly_scored.empty());
}

TEST_CASE("summarise: files counts only the files summarised; left_out says why each other one is not") {
  using P = model::Perspective;
  using R = analysis::LeftOutReason;
  const auto today = *model::Date::parse("2027-01-10");
  auto copy = digest("A", P::organisation, "2026-Q4", 40, "2026-11-10");
  copy.source = "A-copy";
  const std::vector<analysis::AssessmentDigest> digests = {
      digest("A", P::organisation, "2026-Q3", 40, "2026-09-10"),  // earlier
      digest("A", P::organisation, "2026-Q4", 40, "2026-11-10"),  // one of two for 2026-Q4: left out
      copy,                                                       // the other
      digest("F", P::organisation, "2026-Q4", 40, "2026-11-10"),  // summarised
      digest("B", P::organisation, "2026-Q4", 20, "2026-11-10"),  // summarised
      digest("B", P::organisation, "2026-10", 20, "2026-10-10"),  // shares months, but B has a 2026-Q4 file
      digest("E", P::organisation, "2026-Q4", 30, "2026-11-10"),  // summarised
      digest("C", P::organisation, "2027-Q1", 30, "2027-01-05"),  // later than 2026-Q4
      digest("D", P::organisation, "2027-Q2", 30, "2027-01-05"),  // not started
  };
  const auto summary =
      analysis::summarise(ipc(), digests, today, 6, 10, {{"zz.yaml", R::unreadable, std::nullopt, "line 1"}});
  CHECK(summary.latest.to_string() == "2026-Q4");
  CHECK(summary.files == 3);
  CHECK(summary.perspectives[0].sections[0].areas == 3);
  std::vector<std::pair<std::string, R>> left_out;
  for (const auto& file : summary.left_out) left_out.emplace_back(file.source, file.reason);
  CHECK(left_out == std::vector<std::pair<std::string, R>>{{"A-copy", R::same_review},
                                                           {"A-organisation-2026-Q3", R::earlier_period},
                                                           {"A-organisation-2026-Q4", R::same_review},
                                                           {"B-organisation-2026-10", R::another_file_used},
                                                           {"C-organisation-2027-Q1", R::later_period},
                                                           {"D-organisation-2027-Q2", R::period_not_started},
                                                           {"zz.yaml", R::unreadable}});
  CHECK(summary.left_out[0].note == "A-organisation-2026-Q4");
  CHECK(summary.left_out[3].note == "B-organisation-2026-Q4");
  CHECK(summary.files + summary.left_out.size() == digests.size() + 1);
}
