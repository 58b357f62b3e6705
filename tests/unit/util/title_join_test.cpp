#include "util/title_join.hpp"

#include <doctest/doctest.h>

using coprod::util::join_title;

TEST_CASE("join_title") {
  SUBCASE("a title without a closing mark takes the separator as it is") {
    CHECK(join_title("1. Commitment and leadership", ": ", "3.0") == "1. Commitment and leadership: 3.0");
    CHECK(join_title("6. Up-to-date information", ".") == "6. Up-to-date information.");
  }
  SUBCASE("a title's own ';' or '.' is dropped before ': ', never doubled") {
    CHECK(join_title("7. A point of contact with the system;", ": ", "section score 3.0") ==
          "7. A point of contact with the system: section score 3.0");
    CHECK(join_title("1. ... contribute equally to discussions and decision-making.", ": ", "3.0 from 1 of 1 row") ==
          "1. ... contribute equally to discussions and decision-making: 3.0 from 1 of 1 row");
    CHECK(join_title("Purpose:", ": ", "x") == "Purpose: x");
  }
  SUBCASE("a title ending a sentence ends it once") {
    CHECK(join_title("8. Sufficient time for a group to grow and establish a constructive culture;", ".") ==
          "8. Sufficient time for a group to grow and establish a constructive culture.");
    CHECK(join_title("3. Tangible outputs that make a difference.", ".") ==
          "3. Tangible outputs that make a difference.");
    CHECK(join_title("Who decides?", ".") == "Who decides?");
    CHECK(join_title("Who decides?", ": ", "the board") == "Who decides?: the board");
  }
  SUBCASE("a title in brackets closes them without its own mark") {
    CHECK(join_title("5. Commitment from senior management;", ")") == "5. Commitment from senior management)");
    CHECK(join_title("3. Tangible outputs that make a difference.", "): ", "x") ==
          "3. Tangible outputs that make a difference): x");
    CHECK(join_title("Who decides?", ")") == "Who decides?)");
  }
  SUBCASE("a separator that starts with no mark keeps the title whole") {
    CHECK(join_title("5. Commitment from senior management;", " ", "(4.0)") ==
          "5. Commitment from senior management; (4.0)");
  }
  SUBCASE("spaces after a closing mark go with it; an ellipsis stays") {
    CHECK(join_title("Title; ", ": ", "x") == "Title: x");
    CHECK(join_title("A long title cut\u2026", ": ", "x") == "A long title cut\u2026: x");
    CHECK(join_title("", ": ", "x") == ": x");
  }
}
