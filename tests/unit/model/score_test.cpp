#include "model/score.hpp"

#include <variant>

#include <doctest/doctest.h>
#include <fmt/format.h>

using namespace coprod::model;

namespace {

Score parsed(std::string_view text, Scale scale = {}) {
  auto result = parse_score(text, scale);
  REQUIRE_MESSAGE(std::holds_alternative<Score>(result), std::string(text));
  return std::get<Score>(result);
}

std::string problem(std::string_view text, Scale scale = {}) {
  auto result = parse_score(text, scale);
  REQUIRE_MESSAGE(std::holds_alternative<std::string>(result), std::string(text));
  return std::get<std::string>(result);
}

}  // namespace

TEST_CASE("parse_score accepts the scale, half points and n/a") {
  CHECK(parsed("0") == Score::from_halves(0));
  CHECK(parsed("3") == Score::from_halves(6));
  CHECK(parsed("5") == Score::from_halves(10));
  CHECK(parsed("2.5") == Score::from_halves(5));
  CHECK(parsed("4.0") == Score::from_halves(8));
  CHECK(parsed("4.50") == Score::from_halves(9));
  CHECK(parsed("n/a").is_not_applicable());
}

TEST_CASE("parse_score rejects everything else with the scale in the message") {
  CHECK(problem("6") == "6 is outside the scale; write a whole number from 0 to 5, a half point such as 2.5, or n/a");
  CHECK(problem("5.5").find("outside the scale") != std::string::npos);
  CHECK(problem("three") ==
        "'three' is not a score; write a whole number from 0 to 5, a half point such as 2.5, or n/a");
  for (const char* bad : {"-1", "+3", "03", "2.25", "2.", ".5", "0x3", "3e0", "1,5", "N/A", "na", "yes", ""}) {
    CAPTURE(bad);
    CHECK(problem(bad).find("write") != std::string::npos);
  }
}

TEST_CASE("parse_score says what to write for a decimal comma and other spellings of n/a") {
  CHECK(problem("3,5") == "'3,5' is not a score; write 3.5, with a full stop");
  CHECK(problem("2,0") == "'2,0' is not a score; write 2.0, with a full stop");
  CHECK(problem("N/A") == "'N/A' is not a score; for a row that does not apply here, write n/a, in small letters");
  CHECK(problem("NA") ==
        "'NA' is not a score; for a row that does not apply here, write n/a, in small letters with a slash");
  CHECK(problem("na") == "'na' is not a score; for a row that does not apply here, write n/a, with a slash");
  SUBCASE("a comma that would not make a score gets the scale") {
    for (const char* other : {"7,5", "3,25", "3,5,5", ","}) {
      CAPTURE(other);
      CHECK(problem(other) == fmt::format("'{}' is not a score; write a whole number from 0 to 5, a half point such "
                                          "as 2.5, or n/a",
                                          other));
    }
    CHECK(problem("3,5", Scale{0, 5, false}) == "'3,5' is not a score; write a whole number from 0 to 5, or n/a");
  }
}

TEST_CASE("parse_score without half points") {
  const Scale whole{0, 5, false};
  CHECK(problem("2.5", whole) ==
        "2.5 is a half point, which this framework does not use; write a whole number from 0 to 5, or n/a");
  CHECK(parsed("2.0", whole) == Score::from_halves(4));
}

TEST_CASE("Score::to_string is what a file holds") {
  CHECK(Score::from_halves(6).to_string() == "3");
  CHECK(Score::from_halves(5).to_string() == "2.5");
  CHECK(Score::not_applicable().to_string() == "n/a");
  CHECK(Score::not_scored().to_string() == "");
}
