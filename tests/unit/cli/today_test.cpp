#include "cli/today.hpp"

#include <doctest/doctest.h>

#include "cli/error.hpp"

using namespace coprod;

TEST_CASE("choose_today") {
  cli::CapturingConsole console;
  SUBCASE("--today before SOURCE_DATE_EPOCH") {
    console.environment["SOURCE_DATE_EPOCH"] = "0";
    CHECK(cli::choose_today("2026-12-04", console).to_string() == "2026-12-04");
    CHECK(console.stderr_text.empty());
  }
  SUBCASE("SOURCE_DATE_EPOCH, a UTC date") {
    console.environment["SOURCE_DATE_EPOCH"] = "1800014400";
    CHECK(cli::choose_today("", console).to_string() == "2027-01-15");
    CHECK(console.stderr_text.empty());
  }
  SUBCASE("a SOURCE_DATE_EPOCH before 2000 is used, but warned about once, saying what it does and how to fix it") {
    console.environment["SOURCE_DATE_EPOCH"] = "0";
    CHECK(cli::choose_today("", console).to_string() == "1970-01-01");
    CHECK(cli::choose_today("", console).to_string() == "1970-01-01");
    CHECK(console.stderr_text ==
          "coprod: warning: SOURCE_DATE_EPOCH is 0, the date 1970-01-01, which as it is before 2000 is probably a "
          "placeholder, not the date meant; coprod takes today to be 1970-01-01, so every later date counts as still "
          "to come and no action as overdue; unset SOURCE_DATE_EPOCH to use today's date, give --today YYYY-MM-DD, "
          "or set it to a real time, such as the last commit's: SOURCE_DATE_EPOCH=$(git log -1 --format=%ct)\n");
  }
  SUBCASE("a printed date: SOURCE_DATE_EPOCH=0 is no date, with a note saying so and how to give one") {
    for (const char* zero : {"0", "00"}) {
      console.environment["SOURCE_DATE_EPOCH"] = zero;
      CHECK_FALSE(cli::choose_printed_date("", console, "--date", {"the pack", "the pack is undated"}).has_value());
    }
    CHECK(console.stderr_text ==
          "coprod: note: SOURCE_DATE_EPOCH is 0, which coprod takes as no date rather than 1970-01-01, so the pack "
          "is undated; to date it, give --date YYYY-MM-DD, or set it to a real time, such as the last commit's: "
          "SOURCE_DATE_EPOCH=$(git log -1 --format=%ct)\n");
    CHECK(cli::choose_printed_date("2026-12-01", console, "--date", {"the pack", "the pack is undated"})->to_string() ==
          "2026-12-01");
  }
  SUBCASE(
      "a printed date from another SOURCE_DATE_EPOCH before 2000 is used, saying what is dated that day and to "
      "give the option or a real time, not to unset it") {
    console.environment["SOURCE_DATE_EPOCH"] = "315532800";
    const auto date = cli::choose_printed_date("", console, "--date", {"the pack", "the pack is undated"});
    REQUIRE(date.has_value());
    CHECK(date->to_string() == "1980-01-01");
    CHECK(console.stderr_text ==
          "coprod: warning: SOURCE_DATE_EPOCH is 315532800, the date 1980-01-01, which as it is before 2000 is "
          "probably a placeholder, not the date meant; the pack is dated 1980-01-01; give --date YYYY-MM-DD, or set "
          "it to a real time, such as the last commit's: SOURCE_DATE_EPOCH=$(git log -1 --format=%ct) (set to 0 or "
          "unset, the pack is undated)\n");
  }
  SUBCASE("a printed date: the option first, else none without SOURCE_DATE_EPOCH") {
    CHECK(cli::choose_printed_date("2026-12-01", console, "--date", {"the pack", "undated"})->to_string() ==
          "2026-12-01");
    CHECK_FALSE(cli::choose_printed_date("", console, "--date", {"the pack", "undated"}).has_value());
    CHECK(console.stderr_text.empty());
  }
  SUBCASE("the last second of 1999 is warned about; the first of 2000 is not") {
    console.environment["SOURCE_DATE_EPOCH"] = "946684799";
    CHECK(cli::choose_today("", console).to_string() == "1999-12-31");
    CHECK(console.stderr_text.find("SOURCE_DATE_EPOCH is 946684799, the date 1999-12-31,") != std::string::npos);
    console.stderr_text.clear();
    console.environment["SOURCE_DATE_EPOCH"] = "946684800";
    CHECK(cli::choose_today("", console).to_string() == "2000-01-01");
    CHECK(console.stderr_text.empty());
  }
  SUBCASE("a SOURCE_DATE_EPOCH that is not a number is refused") {
    console.environment["SOURCE_DATE_EPOCH"] = "yesterday";
    CHECK_THROWS_AS(cli::choose_today("", console), cli::Error);
  }
}
