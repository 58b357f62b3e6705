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
  SUBCASE("a SOURCE_DATE_EPOCH before 2000 is used, but warned about once, as a likely placeholder") {
    console.environment["SOURCE_DATE_EPOCH"] = "0";
    CHECK(cli::choose_today("", console).to_string() == "1970-01-01");
    CHECK(cli::choose_today("", console).to_string() == "1970-01-01");
    CHECK(console.stderr_text ==
          "coprod: warning: the date 1970-01-01 comes from SOURCE_DATE_EPOCH (0), and as it is before 2000 it is "
          "probably a placeholder, not the date meant; unset SOURCE_DATE_EPOCH to use today's date, give --today "
          "YYYY-MM-DD, or set it to a real time, such as the last commit's: SOURCE_DATE_EPOCH=$(git log -1 "
          "--format=%ct)\n");
  }
  SUBCASE(
      "a printed date from a placeholder SOURCE_DATE_EPOCH says to give the option or a real time, not to unset it") {
    console.environment["SOURCE_DATE_EPOCH"] = "0";
    const auto date = cli::choose_printed_date("", console, "--date", "the report pack is undated");
    REQUIRE(date.has_value());
    CHECK(date->to_string() == "1970-01-01");
    CHECK(console.stderr_text.find("give --date YYYY-MM-DD, or ") != std::string::npos);
    CHECK(console.stderr_text.find("(unset, the report pack is undated)") != std::string::npos);
    CHECK(console.stderr_text.find("unset SOURCE_DATE_EPOCH to use today's date") == std::string::npos);
  }
  SUBCASE("a printed date: the option first, else none without SOURCE_DATE_EPOCH") {
    CHECK(cli::choose_printed_date("2026-12-01", console, "--date", "undated")->to_string() == "2026-12-01");
    CHECK_FALSE(cli::choose_printed_date("", console, "--date", "undated").has_value());
    CHECK(console.stderr_text.empty());
  }
  SUBCASE("the last second of 1999 is warned about; the first of 2000 is not") {
    console.environment["SOURCE_DATE_EPOCH"] = "946684799";
    CHECK(cli::choose_today("", console).to_string() == "1999-12-31");
    CHECK(console.stderr_text.find("the date 1999-12-31 comes from SOURCE_DATE_EPOCH (946684799)") !=
          std::string::npos);
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
