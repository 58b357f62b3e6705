#include "render/missing_score.hpp"

#include <doctest/doctest.h>

using namespace coprod;

TEST_CASE("a row's missing score is said in words") {
  CHECK(render::row_score_words(model::Score::from_halves(5)) == "2.5");
  CHECK(render::row_score_words(model::Score::not_applicable()) == "n/a");
  CHECK(render::row_score_words(model::Score::not_scored()) == "not scored yet");
}

TEST_CASE("where there is room, n/a is said in full too") {
  CHECK(render::row_score_full_words(model::Score::from_halves(6)) == "3");
  CHECK(render::row_score_full_words(model::Score::not_applicable()) == "not applicable");
  CHECK(render::row_score_full_words(model::Score::not_scored()) == "not scored yet");
  CHECK(render::missing_score_words(true) == "not applicable");
  CHECK(render::missing_score_words(false) == "not scored yet");
}

TEST_CASE("a table's key names only the marks it shows") {
  SUBCASE("no mark, nothing to say") {
    render::MissingScoreKey key;
    CHECK(key.cell(model::Score::from_halves(8)) == "4");
    CHECK(key.cell(std::optional<double>(3.2), false) == "3.2");
    CHECK(key.empty());
    CHECK(key.line().empty());
  }
  SUBCASE("a row not scored yet") {
    render::MissingScoreKey key;
    CHECK(key.cell(model::Score::not_scored()) == "-");
    CHECK(key.line() == "Key: - means not scored yet.");
  }
  SUBCASE("a section all n/a, and what a blank difference means") {
    render::MissingScoreKey key(render::k_section_not_applicable);
    CHECK(key.cell(std::nullopt, true) == "n/a");
    CHECK(key.line("a blank B minus A means either has no score") ==
          "Key: n/a means every row is marked not applicable; a blank B minus A means either has no score.");
  }
  SUBCASE("both marks, and another meaning of the dash") {
    render::MissingScoreKey key("not applicable", "no area has a score for the section");
    CHECK(key.not_scored_cell() == "-");
    CHECK(key.cell(model::Score::not_applicable()) == "n/a");
    CHECK(key.line() == "Key: - means no area has a score for the section; n/a means not applicable.");
  }
  SUBCASE("a section whose scores were all held back says so in its cell, so the dash means one thing") {
    render::MissingScoreKey key(render::k_section_not_applicable);
    CHECK(key.held_back_cell() == "held back");
    CHECK_FALSE(key.empty());
    CHECK(key.line() == "Key: held back means only 1 person scored it.");
    key.cell(std::nullopt, false);
    CHECK(key.line() == "Key: - means not scored yet; held back means only 1 person scored it.");
  }
  SUBCASE("in running text a page wraps itself, the marks are quoted, so a '-' never reads as a hyphen") {
    render::MissingScoreKey key(render::k_section_not_applicable);
    key.cell(std::nullopt, false);
    key.cell(std::nullopt, true);
    CHECK(key.line({}, true) ==
          "Key: \u201c-\u201d means not scored yet; \u201cn/a\u201d means every row is marked not applicable.");
  }
  SUBCASE("nothing shown, but a blank to explain") {
    CHECK(render::MissingScoreKey().line("a blank spread means fewer than two scores") ==
          "Key: a blank spread means fewer than two scores.");
  }
}
