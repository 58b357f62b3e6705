#include "render/coverage_notes.hpp"

#include <doctest/doctest.h>

using namespace coprod;

TEST_CASE("an average is marked only when it leaves out rows and counts at least one") {
  CHECK(render::partial_mark({3, 0, 3}).empty());  // every row counted
  CHECK(render::partial_mark({2, 1, 3}) == "*");   // one n/a
  CHECK(render::partial_mark({1, 0, 3}) == "*");   // two not scored yet
  CHECK(render::partial_mark({0, 0, 3}).empty());  // no average at all
  CHECK(render::partial_mark({0, 3, 3}).empty());  // every row n/a: "n/a", not an average
}

TEST_CASE("what an average counts names the rows left out and why") {
  CHECK(render::describe_rows_counted({5, 0, 5}) == "5 of 5 rows");
  CHECK(render::describe_rows_counted({2, 1, 3}) == "2 of 3 rows, 1 not applicable");
  CHECK(render::describe_rows_counted({1, 1, 4}) == "1 of 4 rows, 1 not applicable, 2 not scored yet");
}

TEST_CASE("a section's note names only the columns whose average leaves out rows") {
  CHECK_FALSE(render::coverage_note("1. Commitment", {{"A", {5, 0, 5}}, {"B", {0, 0, 5}}}));
  const auto note = render::coverage_note("6. Review impact", {{"A", {2, 1, 3}}, {"B", {3, 0, 3}}, {"C", {2, 0, 3}}});
  REQUIRE(note);
  CHECK(*note == "6. Review impact: A from 2 of 3 rows, 1 not applicable; C from 2 of 3 rows, 1 not scored yet");
}
