#include "render/web_terminal.hpp"

#include <algorithm>
#include <string>

#include <doctest/doctest.h>

#include "web_chart_fixture.hpp"

using namespace coprod;

namespace {

// The web itself: the lines between the heading ("... one axis per section.") and "Key:".
std::string web_part(const std::string& text) {
  const auto begin = text.find("section.\n") + 9;
  return text.substr(begin, text.find("\nKey:") - begin);
}

std::size_t count_of(const std::string& text, char letter) {
  return static_cast<std::size_t>(std::count(text.begin(), text.end(), letter));
}

}  // namespace

TEST_CASE("render_web_terminal: inputs with the same scores each show their letter, side by side") {
  // Two inputs agree on three neighbouring sections and differ on the rest.
  auto chart = test::chart_of({{3, 4, 2.5, 2, 3, 1.5, 2}, {3, 4, 2.5, 3.5, 4, 2, 3}});
  chart.title = "Co-production web: Northbridge";
  for (const bool braille : {true, false}) {
    CAPTURE(braille);
    const std::string text = render_web_terminal(chart, {80, braille, false});
    const std::string web = web_part(text);
    CHECK(count_of(web, 'A') == 7);
    CHECK(count_of(web, 'B') == 7);
    CHECK(web.find("AB") != std::string::npos);
    CHECK(text.find("\n  AB     letters side by side: scores too close to draw apart\n") != std::string::npos);
  }
}

TEST_CASE("render_web_terminal: markers that do not meet need no side-by-side key") {
  auto chart = test::chart_of({{1, 1, 1, 1, 1, 1, 1}, {4, 4, 4, 4, 4, 4, 4}});
  chart.title = "Co-production web: Northbridge";
  const std::string text = render_web_terminal(chart, {80, true, false});
  CHECK(count_of(web_part(text), 'A') == 7);
  CHECK(count_of(web_part(text), 'B') == 7);
  CHECK(text.find("side by side") == std::string::npos);
}

TEST_CASE("render_web_terminal: with eight inputs of the same scores every letter shows") {
  std::vector<std::vector<std::optional<double>>> inputs(8, {3, 4, 2.5, 2, 3, 1.5, 2});
  auto chart = test::chart_of(inputs);
  chart.title = "Co-production web: Northbridge";
  const std::string web = web_part(render_web_terminal(chart, {80, true, false}));
  for (const char letter : std::string("ABCDEFGH")) {
    CAPTURE(letter);
    CHECK(count_of(web, letter) == 7);
  }
  CHECK(web.find("ABCDEFGH") != std::string::npos);
}

TEST_CASE("render_web_terminal: in braille, the second input's dashes are longer than the dotted rings' gaps") {
  // Without colour, the second input's line is told from the first's (solid)
  // by its dashes and from the scale rings and an earlier period (dotted) by
  // their length: in the key's four-character stretch of it, a dash runs
  // three characters unbroken, then a gap.
  const auto chart = test::chart_of({{3, 3, 3, 3, 3, 3, 3}, {2, 2, 2, 2, 2, 2, 2}});
  const std::string text = render_web_terminal(chart, {80, true, false});
  const auto at = text.find("\n  B ");
  REQUIRE(at != std::string::npos);
  std::size_t run = 0;
  std::size_t longest = 0;
  std::size_t cells = 0;
  for (std::size_t i = at + 5; cells < 4 && i < text.size(); ++cells) {
    const bool drawn = text[i] != ' ';
    i += drawn ? 3 : 1;  // a braille character is three bytes of UTF-8
    run = drawn ? run + 1 : 0;
    longest = std::max(longest, run);
  }
  CHECK(longest == 3);
}
