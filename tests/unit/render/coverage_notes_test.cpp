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

TEST_CASE("a section left with no score as its rows were held back has a note of its own, not an average's") {
  // B: 1 of 3 rows scored, by 1 person only, and held back; 2 not scored yet. Its cell says "held back", no "*".
  const std::vector<render::ColumnCoverage> columns = {{"A", {1, 0, 3}, 0}, {"B", {0, 0, 3}, 1}};
  const auto average = render::coverage_note("2. Contact and connect", columns);
  REQUIRE(average);
  CHECK(*average == "2. Contact and connect: A from 1 of 3 rows, 2 not scored yet");
  const auto held_back = render::held_back_note("2. Contact and connect", columns);
  REQUIRE(held_back);
  CHECK(*held_back == "2. Contact and connect: B, 1 of 3 rows held back as only 1 person scored it, 2 not scored yet");
  // Rows held back beside a score: the average's note says so, and the section is not "held back".
  const std::vector<render::ColumnCoverage> scored = {{"B", {1, 0, 5}, 1}};
  CHECK(*render::coverage_note("1. Commitment", scored) ==
        "1. Commitment: B from 1 of 5 rows, 3 not scored yet, 1 held back as only 1 person scored it");
  CHECK_FALSE(render::held_back_note("1. Commitment", scored));
  CHECK(*render::held_back_note("6. Review impact", {{"C", {0, 1, 3}, 2}}) ==
        "6. Review impact: C, 2 of 3 rows held back as only 1 person scored each");
  SUBCASE("a section of one row is not counted in rows (the shorter frameworks)") {
    CHECK(*render::held_back_note("1. Investment in people", {{"peer network", {0, 0, 1}, 1}}) ==
          "1. Investment in people: peer network, held back as only 1 person scored it");
    CHECK(render::no_score_held_back_words({0, 0, 1}, 1) == "no score to show: held back as only 1 person scored it");
    CHECK(render::no_score_held_back_words({0, 0, 3}, 1) ==
          "no score to show: 1 of 3 rows held back as only 1 person scored it, 2 not scored yet");
  }
}
