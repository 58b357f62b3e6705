#include "render/text_metrics.hpp"

#include <doctest/doctest.h>

#include "util/text.hpp"

using namespace coprod;

TEST_CASE("wrap_path_to_width") {
  const render::Font font{16, false};
  const double width = render::text_width("integrated-care/xxxx", font);

  SUBCASE("a path that fits stays on one line") {
    CHECK(render::wrap_path_to_width("nb/a.yaml", width, font, 3) == std::vector<std::string>{"nb/a.yaml"});
  }
  SUBCASE("a longer path breaks after a slash, every line within the width") {
    const auto lines = render::wrap_path_to_width("northbridge/integrated-care/programme/a.yaml", width, font, 3);
    CHECK(lines == std::vector<std::string>{"northbridge/", "integrated-care/", "programme/a.yaml"});
    for (const auto& line : lines) CHECK(render::text_width(line, font) <= width);
  }
  SUBCASE("a path needing more lines keeps its end and starts with an ellipsis") {
    const auto lines = render::wrap_path_to_width("northbridge/integrated-care/programme/a.yaml", width, font, 2);
    CHECK(lines == std::vector<std::string>{"\u2026/integrated-care/", "programme/a.yaml"});
    for (const auto& line : lines) CHECK(render::text_width(line, font) <= width);
  }
  SUBCASE("a name too wide for a line is cut with an ellipsis") {
    const auto lines = render::wrap_path_to_width(std::string(80, 'x') + ".yaml", width, font, 2);
    REQUIRE(lines.size() == 1);
    CHECK(render::text_width(lines[0], font) <= width);
    CHECK(lines[0].ends_with("\u2026"));
  }
  SUBCASE("a path without a slash, or empty, is one line") {
    CHECK(render::wrap_path_to_width("a.yaml", width, font, 2) == std::vector<std::string>{"a.yaml"});
    CHECK(render::wrap_path_to_width("", width, font, 2) == std::vector<std::string>{""});
  }
}

TEST_CASE("wrap_whole_to_width") {
  const render::Font font{20, true};
  SUBCASE("words stay whole and every line fits, as wrap_to_width") {
    const std::string text = "Co-production web: Northbridge, Southmoor and the Greater Riverside Partnership";
    const auto lines = render::wrap_whole_to_width(text, 300, font);
    CHECK(lines == render::wrap_to_width(text, 300, font));
    CHECK(lines.size() > 1);
  }
  SUBCASE("a word wider than a line is broken across lines, nothing left out") {
    const std::string word(60, 'N');
    const auto lines = render::wrap_whole_to_width("Area " + word + " end", 300, font);
    REQUIRE(lines.size() > 3);
    CHECK(lines.front() == "Area");
    for (const auto& line : lines) CHECK(render::text_width(line, font) <= 300);
    CHECK(util::join(lines, "") == "Area" + word + " end");
    CHECK(lines.back().ends_with(" end"));
  }
  SUBCASE("a long word of letters outside ASCII breaks between code points") {
    std::string word;
    for (int i = 0; i < 40; ++i) word += "\xC3\xA9";  // é
    const auto lines = render::wrap_whole_to_width(word, 200, font);
    REQUIRE(lines.size() > 1);
    CHECK(util::join(lines, "") == word);
    for (const auto& line : lines) CHECK(line.size() % 2 == 0);
  }
}
