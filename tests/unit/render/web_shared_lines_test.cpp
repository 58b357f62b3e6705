#include "render/web_shared_lines.hpp"

#include <doctest/doctest.h>

#include "web_chart_fixture.hpp"

using namespace coprod;

TEST_CASE("find_shared_lines") {
  SUBCASE("two inputs with the same scores on three neighbouring sections share two stretches") {
    const auto shared = render::find_shared_lines(test::chart_of({{3, 4, 2.5, 2, 3}, {3, 4, 2.5, 3.5, 4}}));
    CHECK(shared[0] == std::vector<int>{1, 1, 0, 0, 0});
    CHECK(shared[1] == std::vector<int>{0, 0, 0, 0, 0});
  }
  SUBCASE("three alike: the first has two lines above it, the second one") {
    const auto shared = render::find_shared_lines(test::chart_of({{1, 2, 3}, {1, 2, 3}, {1, 2, 3}}, 1));
    CHECK(shared[0] == std::vector<int>{2, 2, 2});
    CHECK(shared[1] == std::vector<int>{1, 1, 1});
    CHECK(shared[2] == std::vector<int>{0, 0, 0});
  }
  SUBCASE("a tenth apart, or one end not scored, is not shared") {
    const auto shared =
        render::find_shared_lines(test::chart_of({{3, 4, std::nullopt, 2}, {3.1, 4, std::nullopt, 2.1}}));
    CHECK(shared[0] == std::vector<int>{0, 0, 0, 0});
  }
  SUBCASE("the stretch from the last axis round to the first") {
    const auto shared = render::find_shared_lines(test::chart_of({{2, 1, 1, 3}, {2, 4, 4, 3}}));
    CHECK(shared[0] == std::vector<int>{0, 0, 0, 1});
  }
}

TEST_CASE("shared_stretches") {
  SUBCASE("none shared") { CHECK(render::shared_stretches({0, 0, 0}).empty()); }
  SUBCASE("all the way round") {
    const auto stretches = render::shared_stretches({1, 1, 1});
    REQUIRE(stretches.size() == 1);
    CHECK(stretches[0].closed);
    CHECK(stretches[0].axes == std::vector<int>{0, 1, 2});
  }
  SUBCASE("a stretch past the last axis stays whole, and each count is its own stretch") {
    const auto stretches = render::shared_stretches({1, 0, 2, 2, 0, 1, 1});
    REQUIRE(stretches.size() == 2);
    CHECK(stretches[0].above == 2);
    CHECK(stretches[0].axes == std::vector<int>{2, 3, 4});
    CHECK(stretches[1].above == 1);
    CHECK(stretches[1].axes == std::vector<int>{5, 6, 0, 1});
    CHECK_FALSE(stretches[1].closed);
  }
}

TEST_CASE("first_shared_pair") {
  CHECK_FALSE(render::first_shared_pair(test::chart_of({{1, 2, 3}, {2, 3, 1}})));
  const auto pair = render::first_shared_pair(test::chart_of({{1, 2, 3}, {3, 2, 1}, {4, 2, 1}}));
  REQUIRE(pair);
  CHECK(pair->beneath == 1);
  CHECK(pair->above == 2);
  SUBCASE("two inputs come before an earlier period and an input") {
    const auto chart = test::chart_of({{1, 2, 3}, {1, 2, 3}, {2, 3, 4}, {2, 3, 4}}, 2);
    CHECK(render::first_shared_pair(chart)->beneath == 2);
    CHECK(render::first_shared_pair(chart)->above == 3);
    const auto earlier = render::first_shared_pair(test::chart_of({{1, 2, 3}, {1, 2, 3}, {2, 3, 4}}, 1));
    CHECK(earlier->beneath == 0);
    CHECK(earlier->above == 1);
  }
}
