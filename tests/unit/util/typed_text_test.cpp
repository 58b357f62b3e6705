#include "util/typed_text.hpp"

#include <string>
#include <vector>

#include <doctest/doctest.h>

using coprod::util::typed_text;

TEST_CASE("typed_text") {
  SUBCASE("plain text, accents and line breaks are kept") {
    CHECK(typed_text("Agreed at the meeting") == "Agreed at the meeting");
    CHECK(typed_text("caf\xC3\xA9 \xE2\x80\x94 ok") == "caf\xC3\xA9 \xE2\x80\x94 ok");
    CHECK(typed_text("one\ntwo") == "one\ntwo");
  }
  SUBCASE("the sequences arrow, Home, End and function keys send are removed") {
    CHECK(typed_text("helo\x1b[D\x1b[Dl") == "helol");
    CHECK(typed_text("a\x1b[1~b\x1b[4~c\x1b[3~d") == "abcd");
    CHECK(typed_text("a\x1bOHb\x1bOFc") == "abc");
    CHECK(typed_text("a\x1b[1;5Cb") == "ab");
    CHECK(typed_text("a\x1b[15~b") == "ab");
    CHECK(typed_text("a\x1b"
                     "b") == "a");
    CHECK(typed_text("end\x1b") == "end");
    CHECK(typed_text("end\x1b[1;") == "end");
  }
  SUBCASE("other control characters are removed; tabs become spaces; CR becomes LF") {
    CHECK(typed_text(std::string("a\0b\x07"
                                 "c\x7f"
                                 "d",
                                 7)) == "abcd");
    CHECK(typed_text("a\tb") == "a b");
    CHECK(typed_text("one\r\ntwo\rthree") == "one\ntwo\nthree");
    CHECK(typed_text("a\xC2\x9B"
                     "31mb") == "a31mb");  // C1 CSI
  }
  SUBCASE("bytes that are not UTF-8 become the replacement character") {
    CHECK(typed_text("a\xFF"
                     "b") ==
          "a\xEF\xBF\xBD"
          "b");
    CHECK(typed_text("a\xC3") == "a\xEF\xBF\xBD");
  }
}

TEST_CASE("pasted_lines") {
  using coprod::util::pasted_lines;
  SUBCASE("a paste of several lines is split at its line breaks, whichever the terminal sends") {
    CHECK(pasted_lines("First line\rSecond line") == std::vector<std::string>{"First line", "Second line"});
    CHECK(pasted_lines("one\r\ntwo\nthree") == std::vector<std::string>{"one", "two", "three"});
    CHECK(pasted_lines("one\n\nthree") == std::vector<std::string>{"one", "", "three"});
  }
  SUBCASE("the line breaks at its end are dropped; one at its start is kept") {
    CHECK(pasted_lines("one\rtwo\r\r") == std::vector<std::string>{"one", "two"});
    CHECK(pasted_lines("3\n") == std::vector<std::string>{"3"});
    CHECK(pasted_lines("\ntwo") == std::vector<std::string>{"", "two"});
    CHECK(pasted_lines("") == std::vector<std::string>{""});
  }
  SUBCASE("escape sequences and control characters in a paste are removed") {
    CHECK(pasted_lines("a\x1b[31mb\tc\x07\rd") == std::vector<std::string>{"ab c", "d"});
  }
}
