#include "analysis/same_last_time.hpp"

#include <doctest/doctest.h>

using namespace coprod;
using analysis::group_by_last_time;
using analysis::LastTimeAnswers;

namespace {

model::Date day(const char* text) { return *model::Date::parse(text); }

}  // namespace

TEST_CASE("group_by_last_time: sections given the same date and completed by last time, together") {
  SUBCASE("the same for all: one group with every section") {
    const auto groups = group_by_last_time({{1, day("2026-09-30"), "peer network meeting"},
                                            {2, day("2026-09-30"), "peer network meeting"},
                                            {3, day("2026-09-30"), "peer network meeting"}});
    REQUIRE(groups.size() == 1);
    CHECK(groups[0].last_completed == day("2026-09-30"));
    CHECK(groups[0].completed_by == "peer network meeting");
    CHECK(groups[0].numbers == std::vector<std::size_t>{1, 2, 3});
  }
  SUBCASE("a different date or name starts a group; the groups in the order of their first section") {
    const auto groups = group_by_last_time({{1, day("2026-09-30"), "peer network meeting"},
                                            {2, day("2026-08-15"), "steering group"},
                                            {3, day("2026-09-30"), "peer network meeting"},
                                            {4, day("2026-09-30"), "steering group"},
                                            {5, std::nullopt, ""}});
    REQUIRE(groups.size() == 4);
    CHECK(groups[0].numbers == std::vector<std::size_t>{1, 3});
    CHECK(groups[1].numbers == std::vector<std::size_t>{2});
    CHECK(groups[2].last_completed == day("2026-09-30"));
    CHECK(groups[2].completed_by == "steering group");
    CHECK(groups[2].numbers == std::vector<std::size_t>{4});
    CHECK(groups[3].last_completed == std::nullopt);
    CHECK(groups[3].completed_by.empty());
  }
  SUBCASE("spaces around a name do not make it another name") {
    const auto groups = group_by_last_time(
        {{1, day("2026-09-30"), "peer network meeting "}, {2, day("2026-09-30"), " peer network meeting"}});
    REQUIRE(groups.size() == 1);
    CHECK(groups[0].completed_by == "peer network meeting");
  }
  SUBCASE("no sections, no groups") { CHECK(group_by_last_time({}).empty()); }
}

TEST_CASE("last_dates: each different date once, earliest first, none for no date") {
  const auto groups = group_by_last_time({{1, day("2026-09-30"), "peer network meeting"},
                                          {2, day("2026-08-15"), "peer network meeting"},
                                          {3, day("2026-09-30"), ""},
                                          {4, std::nullopt, "steering group"}});
  CHECK(analysis::last_dates(groups) == std::vector<model::Date>{day("2026-08-15"), day("2026-09-30")});
}
