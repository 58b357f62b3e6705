#include "util/dot_canvas.hpp"

#include <doctest/doctest.h>

namespace coprod::util {

namespace {

std::string drawn(const DotCanvas& canvas) {
  const DotCanvas::Palette palette{[](int) { return std::string(); }, [](int) { return '*'; }};
  return canvas.render(palette).front();
}

}  // namespace

TEST_CASE("DotCanvas::dashed_line") {
  SUBCASE("draws the dots its pattern marks and leaves out the rest, repeating it from the start") {
    DotCanvas canvas(10, 1, false);
    canvas.dashed_line(0, 0, 9, 0, 1, "1100");
    CHECK(drawn(canvas) == "**  **  **");
  }
  SUBCASE("an empty pattern draws every dot") {
    DotCanvas canvas(5, 1, false);
    canvas.dashed_line(0, 0, 4, 0, 1, "");
    CHECK(drawn(canvas) == "*****");
  }
  SUBCASE("in braille, the pattern is of dots, two to a character across") {
    DotCanvas canvas(4, 1, true);
    canvas.dashed_line(0, 1, 7, 1, 1, "111000");
    CHECK(drawn(canvas) == "\u2812\u2802 \u2812");
  }
}

}  // namespace coprod::util
