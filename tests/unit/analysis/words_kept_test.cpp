#include "analysis/words_kept.hpp"

#include <doctest/doctest.h>

using namespace coprod;

namespace {

model::SectionResponse section(const std::string& date, const std::string& notes, const std::string& by) {
  model::SectionResponse response;
  response.section_id = "commitment";
  response.last_completed = model::Date::parse(date);
  response.notes = notes;
  response.completed_by = by;
  return response;
}

const std::string k_notes = "Scored together at the November meeting with the facilitator.";

}  // namespace

TEST_CASE("words_kept") {
  const auto then = section("2026-11-19", k_notes, "Peer network");
  SUBCASE("the date moved on, the words stayed (spaces at their ends aside)") {
    const auto kept = analysis::words_kept(section("2027-01-22", k_notes + "\n", " Peer network"), then);
    CHECK(kept.notes);
    CHECK(kept.completed_by);
  }
  SUBCASE("the same date: nothing kept (carried forward, which is said elsewhere)") {
    CHECK_FALSE(analysis::words_kept(then, then).any());
  }
  SUBCASE("new words, and empty words, are not kept") {
    const auto kept = analysis::words_kept(section("2027-01-22", "", "Peer network"), section("2026-11-19", "", "x"));
    CHECK_FALSE(kept.notes);
    CHECK_FALSE(kept.completed_by);
  }
}

TEST_CASE("words_kept_message") {
  const auto period = *model::Period::parse("2027-Q1");
  const auto before = section("2026-11-19", k_notes + "\nStaff from the programme team left the room.", "Peer network");
  SUBCASE("a carried section given a date in the period: what the words still say and how to change them") {
    auto after = before;
    after.last_completed = model::Date::parse("2027-01-22");
    CHECK(analysis::words_kept_message(before, after, period).value_or("") ==
          "commitment.last_completed moved from 2026-11-19 to 2027-01-22, but its notes still say \"Scored together "
          "at the November meeting with the facilitator. Staff from the...\" and its completed_by still says \"Peer "
          "network\", word for word; if they were about last time, change them with --set commitment.notes=TEXT "
          "(--set commitment.notes= leaves them empty) and --set commitment.completed_by=NAMES");
    after.completed_by = "Steering group";
    CHECK(analysis::words_kept_message(before, after, period).value_or("") ==
          "commitment.last_completed moved from 2026-11-19 to 2027-01-22, but its notes still say \"Scored together "
          "at the November meeting with the facilitator. Staff from the...\", word for word; if they were about last "
          "time, change them with --set commitment.notes=TEXT (--set commitment.notes= leaves them empty)");
    after.completed_by = before.completed_by;
    after.notes = "New notes.";  // "completed by" alone staying: a standing group's every period
    CHECK_FALSE(analysis::words_kept_message(before, after, period));
  }
  SUBCASE("a date still before the period, or one already in it before: nothing") {
    auto after = before;
    after.last_completed = model::Date::parse("2026-12-20");
    CHECK_FALSE(analysis::words_kept_message(before, after, period));
    auto reviewed = before;
    reviewed.last_completed = model::Date::parse("2027-01-10");
    after.last_completed = model::Date::parse("2027-01-22");
    CHECK_FALSE(analysis::words_kept_message(reviewed, after, period));
  }
}
