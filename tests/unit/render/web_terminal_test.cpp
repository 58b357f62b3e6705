#include "render/web_terminal.hpp"

#include <algorithm>
#include <string>
#include <vector>

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
    // The key's labels start after the stretch of line: six characters of it in braille, one in ASCII.
    const std::string gap = braille ? "       " : "     ";
    CHECK(text.find("\n  AB" + gap + "letters side by side: scores too close to draw apart\n") != std::string::npos);
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

namespace {

// The key's six characters after "  LETTER ": a stretch of that input's line.
std::string key_sample(const std::string& text, char letter) {
  const auto at = text.find(std::string("\n  ") + letter + ' ');
  if (at == std::string::npos) return "";
  std::size_t end = at + 5;
  for (int cell = 0; cell < 6 && end < text.size(); ++cell) end += text[end] == ' ' ? 1 : 3;  // braille: 3 bytes
  return text.substr(at + 5, end - at - 5);
}

// Which of those characters are drawn ('#') or left blank (' ').
std::string key_sample_shape(const std::string& text, char letter) {
  std::string shape;
  const std::string sample = key_sample(text, letter);
  for (std::size_t i = 0; i < sample.size(); i += sample[i] == ' ' ? 1 : 3) shape += sample[i] == ' ' ? ' ' : '#';
  return shape;
}

}  // namespace

TEST_CASE("render_web_terminal: in braille, the second input's dashes are longer than the dotted rings' gaps") {
  // Without colour, the second input's line is told from the first's (solid)
  // by its dashes and from the scale rings and an earlier period (dotted) by
  // their length: in the key's six-character stretch of it, a dash runs two
  // characters unbroken, then a gap as long, then the dash again.
  const auto chart = test::chart_of({{3, 3, 3, 3, 3, 3, 3}, {2, 2, 2, 2, 2, 2, 2}});
  const std::string text = render_web_terminal(chart, {80, true, false});
  CHECK(key_sample_shape(text, 'A') == "######");
  CHECK(key_sample_shape(text, 'B') == "##  ##");
}

TEST_CASE("render_web_terminal: in braille with no colour, each input's line shows a different pattern in the key") {
  const auto chart =
      test::chart_of({{3, 3, 3, 3, 3, 3, 3}, {2, 2, 2, 2, 2, 2, 2}, {1, 1, 1, 1, 1, 1, 1}, {4, 4, 4, 4, 4, 4, 4}});
  const std::string text = render_web_terminal(chart, {80, true, false});
  const auto sample = [&](char letter) { return key_sample(text, letter); };
  const std::vector<std::string> samples{sample('A'), sample('B'), sample('C'), sample('D')};
  for (std::size_t i = 0; i < samples.size(); ++i) {
    CHECK(key_sample_shape(text, static_cast<char>('A' + i)).find('#') != std::string::npos);
    for (std::size_t j = i + 1; j < samples.size(); ++j) {
      CAPTURE(samples[i]);
      CAPTURE(samples[j]);
      CHECK(samples[i] != samples[j]);
    }
  }
}
