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

TEST_CASE("shown_text") {
  CHECK(render::shown_text("<li><strong>1. Commitment</strong>: A &amp; B<br>and C</li>") ==
        "1. Commitment: A x B\nand C");
  CHECK(render::shown_text("no tags") == "no tags");
}
