#include "yaml/misplaced_field.hpp"

#include <doctest/doctest.h>

using namespace coprod;
using yaml::AssessmentLevel;

TEST_CASE("misplaced_field_advice") {
  SUBCASE(
      "a row's field among the rows, with a row above and without: said by the row's name, which every "
      "row has ('score:' is not in a row not scored yet)") {
    CHECK(yaml::misplaced_field_advice("score", {AssessmentLevel::rows, "strategy", "commitment"}).value_or("") ==
          "it looks like a field of the row 'strategy' above, indented too little; indent it one level further in "
          "than 'strategy:', where that row's other fields are");
    CHECK(yaml::misplaced_field_advice("warning_seen", {AssessmentLevel::rows, "", "commitment"}).value_or("") ==
          "it looks like a field of a row, but no row is named above it; put it under its row, one level further "
          "in than the row's name");
  }
  SUBCASE("a section's field among the sections and at the top") {
    CHECK(yaml::misplaced_field_advice("rows", {AssessmentLevel::sections, "contact", ""}).value_or("") ==
          "it looks like a field of the section 'contact' above, indented too little; indent it one level "
          "further in than 'contact:', where that section's other fields are");
    CHECK(yaml::misplaced_field_advice("last_completed", {AssessmentLevel::top, "sections", ""}).value_or("") ==
          "it looks like a field of a section, indented too little; indent it one level further in than the "
          "name of the section it belongs to");
  }
  SUBCASE("at its own level, 'spread' (a row's and a section's) and any other name: nothing") {
    CHECK_FALSE(yaml::misplaced_field_advice("evidence", {AssessmentLevel::row, "score", "commitment"}));
    CHECK_FALSE(yaml::misplaced_field_advice("notes", {AssessmentLevel::section, "rows", "commitment"}));
    CHECK_FALSE(yaml::misplaced_field_advice("spread", {AssessmentLevel::rows, "strategy", "commitment"}));
    CHECK_FALSE(yaml::misplaced_field_advice("stratgy", {AssessmentLevel::rows, "", "commitment"}));
  }
}
