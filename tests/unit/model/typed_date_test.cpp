#include "model/typed_date.hpp"

#include <doctest/doctest.h>

using namespace coprod::model;

TEST_CASE("parse_typed_date takes a date written as the scoring form takes it") {
  CHECK(parse_typed_date("12/01/2027") == Date{2027, 1, 12});  // day first, as people in the UK write it
  CHECK(parse_typed_date("12-1-2027") == Date{2027, 1, 12});
  CHECK(parse_typed_date("12.01.2027") == Date{2027, 1, 12});
  CHECK(parse_typed_date("12 01 2027") == Date{2027, 1, 12});
  CHECK(parse_typed_date("2027-01-12") == Date{2027, 1, 12});
  CHECK(parse_typed_date("2027-1-2") == Date{2027, 1, 2});
  CHECK(!parse_typed_date("12/01-2027"));  // the same mark between the parts
  CHECK(!parse_typed_date("12/01/27"));
  CHECK(!parse_typed_date("31/11/2026"));
  CHECK(!parse_typed_date("11/30/2026"));
  CHECK(!parse_typed_date("someday"));
  CHECK(!parse_typed_date("1/2/3/2027"));
  CHECK(!parse_typed_date(""));
  CHECK(in_words(Date{2027, 1, 12}) == "12 January 2027");
}

TEST_CASE("what_is_wrong_typed_date says why a date written as the form takes it does not exist") {
  CHECK(what_is_wrong_typed_date("31/11/2026") == "November 2026 has 30 days");
  CHECK(what_is_wrong_typed_date("11/30/2026") ==
        "there is no month 30 (write the day first, then the month: 30/09/2026)");
  CHECK(what_is_wrong_typed_date("2026-13-1") == "there is no month 13 (the month comes second: YYYY-MM-DD)");
  CHECK(what_is_wrong_typed_date("0/1/2027") == "there is no day 0");
  CHECK(what_is_wrong_typed_date("12/01/2027").empty());
  CHECK(what_is_wrong_typed_date("someday").empty());
}
