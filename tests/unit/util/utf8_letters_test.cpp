#include "util/utf8_letters.hpp"

#include <string>

#include <doctest/doctest.h>

using coprod::util::accents_length;
using coprod::util::letter_at;
using coprod::util::non_ascii_char_at;
using coprod::util::non_ascii_char_before;
using Kind = coprod::util::Utf8Char::Kind;

TEST_CASE("letter_at") {
  SUBCASE("capitals of Latin-1 Supplement, Latin Extended-A and -B, Greek and Cyrillic") {
    for (const std::string letter : {"\u00C9", "\u00C1", "\u00D6", "\u00D8", "\u00DE", "\u0141", "\u0130", "\u0178",
                                     "\u0186", "\u01C5", "\u0232", "\u0391", "\u03A9", "\u0414", "\u0416", "\u042F"}) {
      CAPTURE(letter);
      CHECK(letter_at(letter, 0).length == 2);
      CHECK(letter_at(letter, 0).capital);
    }
  }
  SUBCASE("capitals of three bytes: Latin Extended Additional, Georgian, Greek Extended, Cherokee, full width") {
    for (const std::string letter : {"\u1E0C", "\u1EA0", "\u1EF8", "\u1C90", "\u10A0", "\u1F08", "\u1F88", "\u13A0",
                                     "\u2C00", "\uA640", "\uFF21"}) {
      CAPTURE(letter);
      CHECK(letter_at(letter, 0).length == 3);
      CHECK(letter_at(letter, 0).capital);
    }
  }
  SUBCASE("small letters, and letters with no case") {
    for (const std::string letter :
         {"\u00E9", "\u00DF", "\u00F8", "\u0142", "\u0131", "\u0138", "\u0180", "\u0233", "\u03C9", "\u0434",
          "\u044F", "\u05D0", "\u0627", "\u1E0D", "\u1EA1", "\u10D0", "\u1F00", "\u4E2D", "\uAC00", "\u3042"}) {
      CAPTURE(letter);
      CHECK(letter_at(letter, 0).length == std::string(letter).size());
      CHECK_FALSE(letter_at(letter, 0).capital);
    }
  }
  SUBCASE("signs, accents on their own, ASCII, four bytes and broken UTF-8 are no letters") {
    for (const std::string text :
         {"\u00D7",   "\u00F7",    "\u00A9",       "\u00B0",       "\u0301",     "\u0375",    "A",
          "\xC3",     "\xC3(",     "\x80\x80",     "\xE2\x80\x99", "\u2212",     "\u20AC",    "\u1AB0",
          "\xE1\xB8", "\xE1\xB8(", "\xE0\x81\x81", "\xED\xA0\x80", "\U0001D400", "\U00010400"}) {
      CAPTURE(text);
      CHECK(letter_at(text, 0).length == 0);
    }
  }
  SUBCASE("the place in the text, and past its end") {
    const std::string text = "Z\u00F6e \u00C9 \u1EA0";
    CHECK(letter_at(text, 1).length == 2);
    CHECK_FALSE(letter_at(text, 1).capital);
    CHECK(letter_at(text, 2).length == 0);
    CHECK(letter_at(text, 5).capital);
    CHECK(letter_at(text, 6).length == 0);
    CHECK(letter_at(text, 8).length == 3);
    CHECK(letter_at(text, 8).capital);
    CHECK(letter_at(text, 9).length == 0);
    CHECK(letter_at(text, 99).length == 0);
    CHECK(letter_at(text.substr(0, 10), 8).length == 0);  // cut short
  }
}

TEST_CASE("accents_length") {
  SUBCASE("combining accents of two and three bytes, one after another") {
    CHECK(accents_length("E\u0301mile", 1) == 2);
    CHECK(accents_length("A\u0323\u0302n", 1) == 4);
    CHECK(accents_length("e\u1DC4", 1) == 3);
    CHECK(accents_length("a\u20DD", 1) == 3);
  }
  SUBCASE("no accent there") {
    CHECK(accents_length("E\u0301mile", 0) == 0);
    CHECK(accents_length("E\u0301mile", 3) == 0);
    CHECK(accents_length("\u00C9", 0) == 0);
    CHECK(accents_length("\xCC", 0) == 0);
    CHECK(accents_length("", 0) == 0);
    CHECK(accents_length("x", 99) == 0);
  }
}

TEST_CASE("non_ascii_char_at and non_ascii_char_before") {
  const std::string text = "a\u0301\u1EA0\u00D7b";  // 1, 2, 3, 2, 1 bytes
  CHECK(non_ascii_char_at(text, 1).kind == Kind::accent);
  CHECK(non_ascii_char_at(text, 3).kind == Kind::capital);
  CHECK(non_ascii_char_at(text, 6).kind == Kind::other);
  CHECK(non_ascii_char_at(text, 6).length == 2);
  CHECK(non_ascii_char_at(text, 0).length == 0);
  CHECK(non_ascii_char_before(text, 3).kind == Kind::accent);
  CHECK(non_ascii_char_before(text, 6).kind == Kind::capital);
  CHECK(non_ascii_char_before(text, 6).length == 3);
  CHECK(non_ascii_char_before(text, 8).length == 2);
  CHECK(non_ascii_char_before(text, 1).length == 0);
  CHECK(non_ascii_char_before(text, 0).length == 0);
  CHECK(non_ascii_char_before(text, 99).length == 0);
  CHECK(non_ascii_char_before("\u4E2D", 3).kind == Kind::letter);
}
