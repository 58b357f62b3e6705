#include "util/utf8_letters.hpp"

#include <string>

#include <doctest/doctest.h>

using coprod::util::two_byte_letter_at;

TEST_CASE("two_byte_letter_at") {
  SUBCASE("capitals of Latin-1 Supplement, Latin Extended-A and -B, Greek and Cyrillic") {
    for (const std::string letter : {"\u00C9", "\u00C1", "\u00D6", "\u00D8", "\u00DE", "\u0141", "\u0130", "\u0178",
                                     "\u0186", "\u01C5", "\u0232", "\u0391", "\u03A9", "\u0414", "\u0416", "\u042F"}) {
      CAPTURE(letter);
      CHECK(two_byte_letter_at(letter, 0).length == 2);
      CHECK(two_byte_letter_at(letter, 0).capital);
    }
  }
  SUBCASE("small letters, and letters with no case") {
    for (const std::string letter : {"\u00E9", "\u00DF", "\u00F8", "\u0142", "\u0131", "\u0138", "\u0180", "\u0233",
                                     "\u03C9", "\u0434", "\u044F", "\u05D0", "\u0627"}) {
      CAPTURE(letter);
      CHECK(two_byte_letter_at(letter, 0).length == 2);
      CHECK_FALSE(two_byte_letter_at(letter, 0).capital);
    }
  }
  SUBCASE("signs, accents on their own, ASCII and broken UTF-8 are no letters") {
    for (const std::string text : {"\u00D7", "\u00F7", "\u00A9", "\u00B0", "\u0301", "\u0375", "A", "\xC3", "\xC3(",
                                   "\x80\x80", "\xE2\x80\x99"}) {
      CAPTURE(text);
      CHECK(two_byte_letter_at(text, 0).length == 0);
    }
  }
  SUBCASE("the place in the text, and past its end") {
    const std::string text = "Z\u00F6e \u00C9";
    CHECK(two_byte_letter_at(text, 1).length == 2);
    CHECK_FALSE(two_byte_letter_at(text, 1).capital);
    CHECK(two_byte_letter_at(text, 2).length == 0);
    CHECK(two_byte_letter_at(text, 5).capital);
    CHECK(two_byte_letter_at(text, 6).length == 0);
    CHECK(two_byte_letter_at(text, 99).length == 0);
  }
}
