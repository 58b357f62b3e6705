#include "render/html_dates.hpp"

#include <doctest/doctest.h>

using namespace coprod;

TEST_CASE("html_text_with_whole_dates") {
  SUBCASE("a date is a <time> element, a period a span the style keeps whole") {
    CHECK(render::html_text_with_whole_dates(
              "Owner: Board secretary; due 2027-02-28; open, carried over from 2026-Q3.") ==
          "Owner: Board secretary; due <time datetime=\"2027-02-28\">2027-02-28</time>; open, carried over from "
          "<span class=\"date\">2026-Q3</span>.");
    CHECK(render::html_text_with_whole_dates("2026-H2 and 2026-09") ==
          "<span class=\"date\">2026-H2</span> and <span class=\"date\">2026-09</span>");
  }
  SUBCASE("the rest is escaped, user text included") {
    CHECK(render::html_text_with_whole_dates("<b>A & B</b> due 2026-12-31") ==
          "&lt;b&gt;A &amp; B&lt;/b&gt; due <time datetime=\"2026-12-31\">2026-12-31</time>");
  }
  SUBCASE("only dates and periods standing as words: not in a file's name, nor what is no date") {
    for (const char* text : {"examples/2026-Q3-action-plan.yaml", "2026-Q3-plan", "x2026-12-31", "2026-12-31b",
                             "2026-13-01", "2026-02-30", "2026-Q5", "12026-12-31", "2026-1-31", "1899-12-31"}) {
      CAPTURE(text);
      CHECK(render::html_text_with_whole_dates(text).find('<') == std::string::npos);
    }
  }
  SUBCASE("a date at the very start and end, and text with none") {
    CHECK(render::html_text_with_whole_dates("2026-12-31") == "<time datetime=\"2026-12-31\">2026-12-31</time>");
    CHECK(render::html_text_with_whole_dates("no date here: 2026") == "no date here: 2026");
    CHECK(render::html_text_with_whole_dates("").empty());
  }
}
