#include "analysis/missing_periods.hpp"

#include <doctest/doctest.h>

using namespace coprod;

namespace {

std::vector<model::Period> periods(std::initializer_list<const char*> texts) {
  std::vector<model::Period> out;
  for (const char* text : texts) out.push_back(*model::Period::parse(text));
  return out;
}

// Each gap as "before:first to last (count)".
std::vector<std::string> gaps_of(std::initializer_list<const char*> texts) {
  std::vector<std::string> out;
  for (const auto& gap : analysis::missing_periods(periods(texts)))
    out.push_back(std::to_string(gap.before) + ":" + analysis::gap_periods(gap) + " (" + std::to_string(gap.count) +
                  ")");
  return out;
}

}  // namespace

TEST_CASE("missing_periods") {
  SUBCASE("a quarter skipped") {
    CHECK(gaps_of({"2026-Q1", "2026-Q3", "2026-Q4"}) == std::vector<std::string>{"1:2026-Q2 (1)"});
  }
  SUBCASE("periods that follow one another, across a year") {
    CHECK(gaps_of({"2026-Q3", "2026-Q4", "2027-Q1"}).empty());
    CHECK(gaps_of({"2026-11", "2026-12", "2027-01"}).empty());
    CHECK(gaps_of({"2026-H1", "2026-H2", "2027-H1"}).empty());
  }
  SUBCASE("runs, across a year, of each kind") {
    CHECK(gaps_of({"2026-Q3", "2027-Q2"}) == std::vector<std::string>{"1:2026-Q4 to 2027-Q1 (2)"});
    CHECK(gaps_of({"2026-11", "2027-02", "2027-04"}) ==
          std::vector<std::string>{"1:2026-12 to 2027-01 (2)", "2:2027-03 (1)"});
    CHECK(gaps_of({"2025-H2", "2026-H2"}) == std::vector<std::string>{"1:2026-H1 (1)"});
  }
  SUBCASE("no gap said between periods of different kinds, or a period and itself") {
    CHECK(gaps_of({"2026-Q1", "2026-11"}).empty());
    CHECK(gaps_of({"2026-Q3", "2026-Q3", "2026-Q4"}).empty());
    CHECK(gaps_of({"2026-Q1", "2026-Q1", "2026-Q3"}) == std::vector<std::string>{"2:2026-Q2 (1)"});
  }
  SUBCASE("one period or none") {
    CHECK(gaps_of({"2026-Q1"}).empty());
    CHECK(gaps_of({}).empty());
  }
}
