#include <doctest/doctest.h>
#include <fmt/format.h>

#include "model/date.hpp"
#include "model/period.hpp"

using namespace coprod::model;

TEST_CASE("Period::parse and to_string") {
  for (const char* text : {"2026-Q1", "2026-Q4", "2026-H2", "2026-09", "2026-12"}) {
    CAPTURE(text);
    const auto period = Period::parse(text);
    REQUIRE(period);
    CHECK(period->to_string() == text);
  }
  for (const char* bad :
       {"2026", "2026-Q5", "2026-Q0", "2026-H3", "2026-13", "2026-9", "Q3 2026", "26-Q3", "2026-q3", ""}) {
    CAPTURE(bad);
    CHECK_FALSE(Period::parse(bad));
  }
}

TEST_CASE("what_to_write_for_period") {
  CHECK(what_to_write_for_period("2026-q3") == "write 2026-Q3, with a capital Q");
  CHECK(what_to_write_for_period("2026-h2") == "write 2026-H2, with a capital H");
  for (const char* other : {"2026-q5", "2026-Q5", "Q3 2026", "2026", "2026-x3", ""}) {
    CAPTURE(other);
    CHECK(what_to_write_for_period(other) == fmt::format("write {}", k_period_forms));
  }
}

TEST_CASE("Period::next rolls over the year") {
  CHECK(Period::parse("2026-Q3")->next().to_string() == "2026-Q4");
  CHECK(Period::parse("2026-Q4")->next().to_string() == "2027-Q1");
  CHECK(Period::parse("2026-H2")->next().to_string() == "2027-H1");
  CHECK(Period::parse("2026-12")->next().to_string() == "2027-01");
}

TEST_CASE("Periods sort by when they start") {
  CHECK(*Period::parse("2026-Q3") < *Period::parse("2026-Q4"));
  CHECK(*Period::parse("2026-Q4") < *Period::parse("2027-Q1"));
  CHECK(*Period::parse("2026-06") < *Period::parse("2026-Q3"));
  CHECK_FALSE(*Period::parse("2026-Q3") < *Period::parse("2026-Q3"));
}

TEST_CASE("Periods that start together sort by when they end, a month before its quarter") {
  const auto period = [](const char* text) { return *Period::parse(text); };
  CHECK(period("2027-01") < period("2027-Q1"));
  CHECK_FALSE(period("2027-Q1") < period("2027-01"));
  CHECK(period("2027-Q1") < period("2027-02"));  // it starts first
  CHECK(period("2026-Q3") < period("2026-H2"));
  CHECK(period("2026-07") < period("2026-H2"));
}

TEST_CASE("Period::takes_in and overlap_words") {
  const auto period = [](const char* text) { return *Period::parse(text); };
  CHECK(period("2027-Q1").takes_in(period("2027-02")));
  CHECK(period("2026-H2").takes_in(period("2026-Q4")));
  CHECK(period("2026-Q4").takes_in(period("2026-Q4")));
  CHECK_FALSE(period("2027-02").takes_in(period("2027-Q1")));
  CHECK_FALSE(period("2027-Q1").takes_in(period("2027-04")));
  CHECK(overlap_words(period("2027-Q1"), period("2027-01")) == "takes in");
  CHECK(overlap_words(period("2027-02"), period("2027-Q1")) == "is part of");
  CHECK(overlap_words(period("2027-Q1"), period("2027-Q1")) == "is");
}

TEST_CASE("Period::ends_before and overlaps") {
  const auto period = [](const char* text) { return *Period::parse(text); };
  CHECK(period("2026-Q3").ends_before(period("2026-Q4")));
  CHECK(period("2026-H1").ends_before(period("2026-Q3")));
  CHECK(period("2026-09").ends_before(period("2026-Q4")));
  CHECK(period("2026-Q4").ends_before(period("2027-01")));
  CHECK_FALSE(period("2026-H2").ends_before(period("2026-Q4")));  // sorts first, but takes it in
  CHECK_FALSE(period("2026-Q4").ends_before(period("2026-Q4")));
  CHECK_FALSE(period("2026-Q4").ends_before(period("2026-12")));
  CHECK_FALSE(period("2026-Q4").ends_before(period("2026-Q3")));
  CHECK(period("2026-H2").overlaps(period("2026-Q4")));
  CHECK(period("2026-Q4").overlaps(period("2026-H2")));
  CHECK(period("2026-Q4").overlaps(period("2026-Q4")));
  CHECK(period("2026-11").overlaps(period("2026-Q4")));
  CHECK_FALSE(period("2026-H1").overlaps(period("2026-H2")));
  CHECK_FALSE(period("2026-Q4").overlaps(period("2027-Q1")));
}

TEST_CASE("Date::parse checks the calendar") {
  CHECK(Date::parse("2026-09-30")->to_string() == "2026-09-30");
  CHECK(Date::parse("2024-02-29"));
  CHECK_FALSE(Date::parse("2026-02-29"));
  CHECK_FALSE(Date::parse("2026-09-31"));
  CHECK_FALSE(Date::parse("30/09/2026"));
  CHECK_FALSE(Date::parse("2026-9-30"));
  CHECK_FALSE(Date::parse("2026-09-30T10:00"));
}

TEST_CASE("Date::what_is_wrong says why a date written YYYY-MM-DD does not exist") {
  CHECK(Date::what_is_wrong("2026-02-30") == "February 2026 has 28 days");
  CHECK(Date::what_is_wrong("2024-02-30") == "February 2024 has 29 days");
  CHECK(Date::what_is_wrong("2026-09-31") == "September 2026 has 30 days");
  CHECK(Date::what_is_wrong("2026-09-00") == "there is no day 0");
  CHECK(Date::what_is_wrong("2026-13-01") == "there is no month 13 (the month comes second: YYYY-MM-DD)");
  CHECK(Date::what_is_wrong("2026-00-10") == "there is no month 0 (the month comes second: YYYY-MM-DD)");
  CHECK(Date::what_is_wrong("1899-12-31") == "coprod takes years from 1900 on");
  CHECK(Date::what_is_wrong("2026-09-30").empty());
  CHECK(Date::what_is_wrong("2026-9-30").empty());
}

TEST_CASE("Date::what_is_wrong gives the YYYY-MM-DD form of a date written day first") {
  CHECK(Date::what_is_wrong("15/12/2026") == "for 15 December 2026, write 2026-12-15 (year, month, day)");
  CHECK(Date::what_is_wrong("30.09.2026") == "for 30 September 2026, write 2026-09-30 (year, month, day)");
  CHECK(Date::what_is_wrong("1-1-2027") == "for 1 January 2027, write 2027-01-01 (year, month, day)");
  SUBCASE("both readings when it could be read month first: 03/04/2026 may be 4 March") {
    CHECK(Date::what_is_wrong("03/04/2026") ==
          "for 3 April 2026, write 2026-04-03 (year, month, day), or for 4 March 2026, write 2026-03-04");
    CHECK(Date::what_is_wrong("10/02/2027") ==
          "for 10 February 2027, write 2027-02-10 (year, month, day), or for 2 October 2027, write 2027-10-02");
    CHECK(Date::what_is_wrong("4/3/2026") ==
          "for 4 March 2026, write 2026-03-04 (year, month, day), or for 3 April 2026, write 2026-04-03");
    CHECK(Date::what_is_wrong("05/05/2026") == "for 5 May 2026, write 2026-05-05 (year, month, day)");
  }
  SUBCASE("not when it is no date, or written otherwise") {
    for (const char* other : {"31/02/2026", "15/13/2026", "12/15/2026", "00/12/2026", "15/12/26", "15/12-2026",
                              "15/12/0026", "/12/2026", "a5/12/2026", "2026/12/15"}) {
      CAPTURE(other);
      CHECK(Date::what_is_wrong(other).empty());
    }
  }
}

TEST_CASE("Date day arithmetic round-trips") {
  CHECK(Date::parse("1970-01-01")->days_since_epoch() == 0);
  CHECK(Date::parse("2026-11-23")->days_since_epoch() == 20780);
  for (long day : {0L, 20780L, 11016L, 19782L}) CHECK(Date::from_days_since_epoch(day).days_since_epoch() == day);
  CHECK(Date::from_days_since_epoch(Date::parse("2024-02-29")->days_since_epoch() + 1).to_string() == "2024-03-01");
}

TEST_CASE("Period::containing gives the period of each kind a day falls in") {
  const auto day = *Date::parse("2026-12-04");
  CHECK(Period::containing(day, Period::Kind::quarter).to_string() == "2026-Q4");
  CHECK(Period::containing(day, Period::Kind::half).to_string() == "2026-H2");
  CHECK(Period::containing(day, Period::Kind::month).to_string() == "2026-12");
  CHECK(Period::containing(*Date::parse("2027-01-01"), Period::Kind::quarter).to_string() == "2027-Q1");
  CHECK(Period::containing(*Date::parse("2026-06-30"), Period::Kind::half).to_string() == "2026-H1");
}

TEST_CASE("period_in_words") {
  // Quarters from January, as coprod counts them (a board counting from April would read Q4 as January to March).
  CHECK(period_in_words(*Period::parse("2026-Q1")) == "January to March 2026");
  CHECK(period_in_words(*Period::parse("2026-Q4")) == "October to December 2026");
  CHECK(period_in_words(*Period::parse("2026-H1")) == "January to June 2026");
  CHECK(period_in_words(*Period::parse("2026-H2")) == "July to December 2026");
  CHECK(period_in_words(*Period::parse("2026-09")) == "September 2026");
  CHECK(period_in_words(*Period::parse("2027-01")) == "January 2027");
}
