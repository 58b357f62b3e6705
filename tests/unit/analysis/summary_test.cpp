#include "analysis/summary.hpp"

#include <doctest/doctest.h>

#include "yaml/builtin_frameworks.hpp"

using namespace coprod;

namespace {

std::shared_ptr<const model::Framework> ipc() {
  static const model::FrameworkCatalog catalog = yaml::builtin_catalog();
  return catalog.find("ipc-coproduction", 1);
}

analysis::AssessmentDigest digest(const std::string& area, model::Perspective perspective, const std::string& period,
                                  double first_section, const char* completed) {
  analysis::AssessmentDigest d;
  d.source = area + "-" + std::string(model::perspective_id(perspective)) + "-" + period;
  d.area = area;
  d.perspective = perspective;
  d.period = *model::Period::parse(period);
  d.section_scores = {first_section, std::nullopt, 3.0, 3.0, 3.0, 3.0, 3.0};
  d.last_completed = model::Date::parse(completed);
  return d;
}

}  // namespace

TEST_CASE("quantile interpolates between sorted values") {
  CHECK(analysis::quantile({1, 2, 3, 4}, 0.5) == doctest::Approx(2.5));
  CHECK(analysis::quantile({1, 2, 3, 4}, 0.25) == doctest::Approx(1.75));
  CHECK(analysis::quantile({1, 2, 3, 4}, 0.75) == doctest::Approx(3.25));
  CHECK(analysis::quantile({7}, 0.25) == doctest::Approx(7));
  CHECK(analysis::quantile({1, 3}, 0) == doctest::Approx(1));
  CHECK(analysis::quantile({1, 3}, 1) == doctest::Approx(3));
}

TEST_CASE("summarise: latest period, spread per section, missing perspectives, stale files, gaps") {
  using P = model::Perspective;
  const std::vector<analysis::AssessmentDigest> digests = {
      digest("A", P::organisation, "2026-Q4", 4.0, "2026-12-10"),
      digest("A", P::peer_network, "2026-Q4", 1.5, "2026-12-10"),
      digest("B", P::organisation, "2026-Q4", 2.0, "2026-12-10"),
      digest("B", P::peer_network, "2026-Q4", 2.5, "2026-01-10"),
      digest("C", P::organisation, "2026-Q4", 3.0, "2026-12-10"),
      digest("C", P::peer_network, "2026-Q3", 3.0, "2026-09-10"),
      digest("D", P::organisation, "2026-Q3", 3.0, "2026-09-10"),
  };
  const auto summary = analysis::summarise(ipc(), digests, *model::Date::parse("2027-01-10"), 6, 10);
  CHECK(summary.latest.to_string() == "2026-Q4");
  CHECK(summary.areas == std::vector<std::string>{"A", "B", "C", "D"});
  const auto& organisation = summary.perspectives[0].sections[0];
  CHECK(organisation.areas == 3);
  CHECK(organisation.median == doctest::Approx(3.0));
  CHECK(organisation.minimum == doctest::Approx(2.0));
  CHECK(organisation.maximum == doctest::Approx(4.0));
  CHECK(summary.perspectives[0].sections[1].areas == 0);  // nobody scored it
  REQUIRE(summary.missing.size() == 2);
  CHECK(summary.missing[0].area == "C");
  CHECK(summary.missing[1].area == "D");
  CHECK(summary.missing[1].missing.size() == 2);
  REQUIRE(summary.stale.size() == 1);  // B's peer network, last completed a year before
  CHECK(summary.stale[0].digest.area == "B");
  REQUIRE(summary.gaps.size() == 2);
  CHECK(summary.gaps[0].area == "A");
  CHECK(summary.gaps[0].difference() == doctest::Approx(2.5));
  CHECK(summary.gaps[1].difference() == doctest::Approx(-0.5));
}

TEST_CASE("find_conflicting_files: two files for one area, perspective and period") {
  using coprod::analysis::AssessmentDigest;
  std::vector<AssessmentDigest> digests(3);
  digests[0].source = "b.yaml";
  digests[1].source = "a.yaml";
  digests[2].source = "c.yaml";
  for (auto& digest : digests) digest.area = "Northbridge";
  digests[2].perspective = coprod::model::Perspective::peer_network;
  const auto conflicts = coprod::analysis::find_conflicting_files(digests);
  REQUIRE(conflicts.size() == 1);
  CHECK(conflicts[0].sources == std::vector<std::string>{"a.yaml", "b.yaml"});
}
