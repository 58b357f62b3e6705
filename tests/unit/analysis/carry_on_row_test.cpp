#include "analysis/carry_on_row.hpp"

#include <doctest/doctest.h>

using coprod::analysis::row_to_carry_on;

TEST_CASE("row_to_carry_on: after the last row answered, past rows left empty before it") {
  SUBCASE("nothing answered: the first row") { CHECK(row_to_carry_on({false, false, false}) == 0); }
  SUBCASE("a row left empty on purpose before the last answered is passed over") {
    // rows 1 to 3 answered, row 4 left empty, rows 5 to 8 answered: carry on at row 9
    CHECK(row_to_carry_on({true, true, true, false, true, true, true, true, false, false}) == 8);
  }
  SUBCASE("the last row answered: back to the first row not answered") {
    CHECK(row_to_carry_on({true, false, true, true}) == 1);
  }
  SUBCASE("every row answered, or none to answer: nowhere to carry on") {
    CHECK(row_to_carry_on({true, true}) == std::nullopt);
    CHECK(row_to_carry_on({}) == std::nullopt);
  }
}
