#include "render/page_one_room.hpp"

#include <doctest/doctest.h>

using namespace coprod;

TEST_CASE("printed_text_height") {
  SUBCASE("a line of page 1's text for each line the words need in the width") {
    CHECK(render::printed_text_height("Action plan", 300) == doctest::Approx(render::k_page_one_line));
    const std::string sentence = "Local people are showing an interest in finding out more about co-producing IPC.";
    CHECK(render::printed_text_height(sentence, 688) == doctest::Approx(render::k_page_one_line));
    CHECK(render::printed_text_height(sentence, 150) == doctest::Approx(4 * render::k_page_one_line));
  }
  SUBCASE("each line break starts a line; empty text takes no room") {
    CHECK(render::printed_text_height("A note\nAnother note", 300) == doctest::Approx(2 * render::k_page_one_line));
    CHECK(render::printed_text_height("", 300) == 0);
    CHECK(render::printed_text_height(" \n ", 300) == 0);
  }
  SUBCASE("a word wider than the box takes as many lines as it needs") {
    CHECK(render::printed_text_height(std::string(100, 'a'), 100) >= 5 * render::k_page_one_line);
  }
}

TEST_CASE("printed_text_height: typographic marks at their own widths") {
  // Curly quotes, an apostrophe and an en dash measured as DejaVu Sans sets them (518, 518, 318 and 500
  // thousandths of an em), not as wide as an "M" each; a soft hyphen as nothing. 60 "n" and those, at 8.5 pt:
  // about 468 px with the margin for the font, where an "M" each made them 502 px.
  const std::string text = std::string(60, 'n') + "\u201c\u201d\u2019\u2013\u00ad";
  CHECK(render::printed_text_height(text, 480) == doctest::Approx(render::k_page_one_line));
  CHECK(render::printed_text_height(std::string(60, 'n') + "MMMM", 480) ==
        doctest::Approx(2 * render::k_page_one_line));
}

TEST_CASE("printed_widest_word") {
  CHECK(render::printed_widest_word("Peer network", render::k_page_one_text, true) ==
        doctest::Approx(render::printed_widest_word("network", render::k_page_one_text, true)));
  CHECK(render::printed_widest_word("network", render::k_page_one_text, true) >
        render::printed_widest_word("network", render::k_page_one_text, false));
  // Broken at its soft hyphen, with a hyphen printed there: "Organi-" over "sation".
  const double broken = render::printed_widest_word("Organi\u00adsation", render::k_page_one_text, true);
  CHECK(broken == doctest::Approx(render::printed_widest_word("Organi-", render::k_page_one_text, true)));
  CHECK(broken < render::printed_widest_word("Organisation", render::k_page_one_text, true));
  CHECK(render::printed_widest_word("") == 0);
}

TEST_CASE("printed_heading_height: a heading's lines and its margins over and under it") {
  CHECK(render::printed_heading_height("Section scores", 300) ==
        doctest::Approx(render::k_page_one_heading_over + render::k_page_one_heading_line +
                        render::k_page_one_heading_under));
}

TEST_CASE("shown_text") {
  CHECK(render::shown_text("<li><strong>1. Commitment</strong>: A &amp; B<br>and C</li>") ==
        "1. Commitment: A x B\nand C");
  CHECK(render::shown_text("no tags") == "no tags");
}
