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
  // about 461 px with the margin for the font, where an "M" each made them 492 px.
  const std::string text = std::string(60, 'n') + "\u201c\u201d\u2019\u2013\u00ad";
  CHECK(render::printed_text_height(text, 480) == doctest::Approx(render::k_page_one_line));
  CHECK(render::printed_text_height(std::string(60, 'n') + "MMMMM", 480) ==
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

TEST_CASE("printed_text_height: a line Chromium prints 97.6% full is one line") {
  // Page 1's line under the largest differences, in its column 332.7 px wide: Chromium printed it on three lines;
  // measured with a margin of 3% for the font, its first line ran over and it took four, and page 1 said it had
  // no room for the row that differs most while 2 cm of it stayed empty.
  const std::string more =
      "And 3 more rows differ by 1.5 or more, each by less than the rows above: see “Part 5: "
      "Where the perspectives differ”.";
  CHECK(render::printed_text_height(more, 332.7) == doctest::Approx(3 * render::k_page_one_line));
}

TEST_CASE("printed_score_column_width: as wide as Chromium prints the section scores' column") {
  // The strategic framework's organisation with its previous period: "3.0" and "(+1.0)" beside it, which Chromium
  // printed 61.2 px wide inside the cells' padding (its change in a box 3.4 em wide at .85 em). A column measured as
  // 63.4 px, whatever its scores, left the sections' titles beside it too little room, each a line taller.
  const double beside =
      render::printed_score_column_width({"3.0", "3.5", "n/a"}, {"(+1.0)", "(0.0)", ""}, false, "Organi\u00adsation");
  CHECK(beside >= 61.2);
  CHECK(beside <= 61.2 * 1.03);
  // Without changes: the score and the box beside it for its "*", unless the name's widest word is wider.
  const double alone = render::printed_score_column_width({"3.0", "2.5"}, {}, false, "A");
  CHECK(alone == doctest::Approx(render::printed_widest_word("3.0") + 0.6 * render::k_page_one_text).epsilon(0.02));
  CHECK(render::printed_score_column_width({"3.0"}, {}, false, "Organi\u00adsation") ==
        doctest::Approx(render::printed_widest_word("Organi-", render::k_page_one_text, true)));
  // Changes under the scores: the wider of the two, not both side by side.
  const double under = render::printed_score_column_width({"3.0"}, {"(+1.0)"}, true, "A");
  CHECK(under < beside - 20);
  CHECK(under >= 3.4 * 0.85 * render::k_page_one_text);
}

TEST_CASE("two_columns_height: items whole in two balanced columns") {
  // The strategic pack's legend with both previous periods: items of 2, 3, 1 and 4 lines, five lines a column as
  // Chromium printed them; half the lines plus half the tallest took two lines more.
  CHECK(render::two_columns_height({30, 44, 16, 58}) == doctest::Approx(74));
  CHECK(render::two_columns_height({10, 10, 10}) == doctest::Approx(20));
  CHECK(render::two_columns_height({50}) == doctest::Approx(50));
  CHECK(render::two_columns_height({}) == 0);
}
