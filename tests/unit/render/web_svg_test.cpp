#include "render/web_svg.hpp"

#include <algorithm>
#include <cmath>
#include <regex>
#include <string>
#include <vector>

#include <doctest/doctest.h>

#include "render/web_chart.hpp"
#include "render/web_geometry.hpp"

using namespace coprod;

namespace {

render::WebChart chart_with(std::size_t inputs) {
  render::WebChart chart;
  chart.title = "Co-production web: Northbridge";
  for (int i = 1; i <= 7; ++i) chart.axis_labels.push_back(std::to_string(i) + ". Section");
  chart.axis_keys = chart.axis_labels;
  for (std::size_t i = 0; i < inputs; ++i) {
    render::WebSeries series;
    series.label = "organisation, 2026-Q4";
    series.values = {1, 2, 3, 4, 5, 0, 2.5};
    series.ranges.resize(7);
    series.not_applicable.resize(7);
    chart.series.push_back(series);
  }
  return chart;
}

// `inputs` inputs and `earlier` earlier periods, all with the same scores.
render::WebChart equal_chart(std::size_t inputs, std::size_t earlier,
                             const std::vector<std::optional<double>>& values) {
  render::WebChart chart = chart_with(0);
  for (std::size_t i = 0; i < earlier + inputs; ++i) {
    render::WebSeries series;
    series.label = "organisation, 2026-Q" + std::to_string(i % 4 + 1);
    series.values = values;
    series.ranges.resize(values.size());
    series.not_applicable.resize(values.size());
    series.previous = i < earlier;
    chart.series.push_back(series);
  }
  return chart;
}

std::vector<double> numbers_in(const std::string& text) {
  std::vector<double> numbers;
  static const std::regex k_number(R"(-?[0-9]+(\.[0-9]+)?)");
  for (auto it = std::sregex_iterator(text.begin(), text.end(), k_number); it != std::sregex_iterator(); ++it)
    numbers.push_back(std::stod(it->str()));
  return numbers;
}

std::string attribute(const std::string& element, const std::string& name) {
  const auto at = element.find(" " + name + "=\"");
  if (at == std::string::npos) return "";
  const auto begin = at + name.size() + 3;
  return element.substr(begin, element.find('"', begin) - begin);
}

double distance(render::Point a, render::Point b) { return std::hypot(a.x - b.x, a.y - b.y); }

// Where a marker drawn as a polygon is centred: a triangle 6 from its point
// to 4 from its base; another shape, the middle of its corners.
render::Point polygon_centre(const std::vector<double>& values) {
  std::vector<render::Point> corners;
  for (std::size_t i = 0; i + 1 < values.size(); i += 2) corners.push_back({values[i], values[i + 1]});
  const auto count = static_cast<double>(corners.size());
  render::Point middle;
  for (const auto& c : corners) middle = {middle.x + c.x / count, middle.y + c.y / count};
  if (corners.size() != 3) return middle;
  for (std::size_t i = 0; i < 3; ++i) {
    const auto& a = corners[(i + 1) % 3];
    const auto& b = corners[(i + 2) % 3];
    if (std::abs(distance(corners[i], a) - distance(corners[i], b)) > 0.2) continue;
    const render::Point base{(a.x + b.x) / 2, (a.y + b.y) / 2};
    return {corners[i].x + 0.6 * (base.x - corners[i].x), corners[i].y + 0.6 * (base.y - corners[i].y)};
  }
  return middle;
}

// Where each marker on the web (the legend's aside) is centred, from its SVG element.
std::vector<render::Point> web_markers(const std::string& svg) {
  std::vector<render::Point> centres;
  for (auto group = svg.find("<g class=\"markers"); group != std::string::npos;
       group = svg.find("<g class=\"markers", group + 1)) {
    const auto end = svg.find("</g>", group);
    for (std::size_t line = svg.find('\n', group) + 1; line < end; line = svg.find('\n', line) + 1) {
      const std::string element = svg.substr(line, svg.find('\n', line) - line);
      const auto n = [&](const char* name) { return std::stod(attribute(element, name)); };
      if (element.starts_with("<circle")) {
        centres.push_back({n("cx"), n("cy")});
      } else if (element.starts_with("<rect")) {
        centres.push_back({n("x") + n("width") / 2, n("y") + n("height") / 2});
      } else if (element.starts_with("<path")) {
        // A cross or plus: "M x y H x M x y V y" or "M x y L x y M x y L x y"; the middle of its ends.
        const auto d = attribute(element, "d");
        const auto v = numbers_in(d);
        centres.push_back(d.find('H') != std::string::npos ? render::Point{(v[0] + v[2]) / 2, v[1]}
                                                           : render::Point{(v[0] + v[2]) / 2, (v[1] + v[3]) / 2});
      } else {
        centres.push_back(polygon_centre(numbers_in(attribute(element, "points"))));
      }
    }
  }
  return centres;
}

// The closest any two markers are.
double closest(const std::vector<render::Point>& markers) {
  double nearest = 1e9;
  for (std::size_t i = 0; i < markers.size(); ++i) {
    for (std::size_t j = i + 1; j < markers.size(); ++j) nearest = std::min(nearest, distance(markers[i], markers[j]));
  }
  return nearest;
}

// WCAG 2.2's contrast ratio of a colour written #rrggbb against white.
double contrast_with_white(const std::string& colour) {
  const auto channel = [&](std::size_t at) {
    const double c = std::stoi(colour.substr(at, 2), nullptr, 16) / 255.0;
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
  };
  const double luminance = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
  return 1.05 / (luminance + 0.05);
}

// The first element of the SVG that starts so, up to its '>'.
std::string element_starting(const std::string& svg, const std::string& start) {
  const auto at = svg.find(start);
  return at == std::string::npos ? "" : svg.substr(at, svg.find('>', at) - at);
}

}  // namespace

TEST_CASE("render_web_svg: the markers of inputs with the same scores sit a marker apart") {
  // The tester's three perspectives agreed on several sections; here all of them do.
  const std::vector<std::optional<double>> values = {3, 4, 2, 5, 1, 0, 2.5};
  for (const std::size_t earlier : {0, 2}) {
    for (const std::size_t inputs : {2, 3}) {
      CAPTURE(earlier);
      CAPTURE(inputs);
      const auto markers = web_markers(render::render_web_svg(equal_chart(inputs, earlier, values)));
      CHECK(markers.size() == (inputs + earlier) * 7);
      CHECK(closest(markers) == doctest::Approx(12).epsilon(0.01));  // the widest marker is 12 across
    }
  }
}

TEST_CASE("render_web_svg: with eight inputs and two earlier periods of the same scores each marker shows") {
  // Where ten in a row would reach the next axis's markers, near the centre,
  // they sit closer together, but never so close that one covers the middle
  // of the one before (the widest reaches 7.6 from its middle).
  const std::vector<std::optional<double>> values = {3, 4, 2, 5, 1, 0, 2.5};
  const auto markers = web_markers(render::render_web_svg(equal_chart(8, 2, values)));
  CHECK(markers.size() == 70);
  CHECK(closest(markers) >= 8 - 0.1);
}

TEST_CASE("render_web_svg: every earlier period's marker is hollow: a white inside with a grey edge") {
  const std::vector<std::optional<double>> values = {3, 4, 2, 5, 1, 0, 2.5};
  const std::string svg = render::render_web_svg(equal_chart(1, 8, values));
  std::size_t markers = 0;
  for (auto group = svg.find("<g class=\"markers previous-markers\">"); group != std::string::npos;
       group = svg.find("<g class=\"markers previous-markers\">", group + 1)) {
    const auto end = svg.find("</g>", group);
    for (std::size_t line = svg.find('\n', group) + 1; line < end; line = svg.find('\n', line) + 1) {
      const std::string element = svg.substr(line, svg.find('\n', line) - line);
      CAPTURE(element);
      CHECK(attribute(element, "fill") == "#ffffff");
      CHECK(attribute(element, "stroke") == "#767676");
      ++markers;
    }
  }
  CHECK(markers == 8 * 7);
}

TEST_CASE("render_web_svg: the scale's backdrops go over the shapes and under every marker and number") {
  for (const std::size_t inputs : {1, 3}) {
    CAPTURE(inputs);
    const std::string svg = render::render_web_svg(chart_with(inputs));
    const auto backdrops = svg.find("<g id=\"scale-backdrops\"");
    REQUIRE(backdrops != std::string::npos);
    CHECK(svg.rfind("<g class=\"series\"") < backdrops);
    CHECK(svg.find("<g class=\"markers\"") > backdrops);
    CHECK(svg.find("<g id=\"scale\"") > svg.rfind("<g class=\"markers\""));
    // One backdrop a number, 0 to 5.
    const auto scale = svg.substr(backdrops, svg.find("</g>", backdrops) - backdrops);
    std::size_t rects = 0;
    for (auto at = scale.find("<rect"); at != std::string::npos; at = scale.find("<rect", at + 1)) ++rects;
    CHECK(rects == 6);
  }
}

TEST_CASE("render_web_svg: with one input, each value is written once, over the markers") {
  const std::string svg = render::render_web_svg(chart_with(1));
  const auto values = svg.find("<g class=\"values\"");
  REQUIRE(values != std::string::npos);
  CHECK(values > svg.rfind("<g class=\"markers\""));
  for (const char* value : {">1.0<", ">2.0<", ">3.0<", ">4.0<", ">5.0<", ">0.0<", ">2.5<"}) {
    CAPTURE(value);
    const auto at = svg.find(value, values);
    CHECK(at != std::string::npos);
    CHECK(svg.find(value, at + 1) == std::string::npos);
  }
  CHECK(render::render_web_svg(chart_with(2)).find("<g class=\"values\"") == std::string::npos);
}

namespace {

// The elements, one a line, of the group that starts at `at`.
std::vector<std::string> elements_of_group(const std::string& svg, std::size_t at) {
  std::vector<std::string> elements;
  const auto end = svg.find("</g>", at);
  for (std::size_t line = svg.find('\n', at) + 1; line < end; line = svg.find('\n', line) + 1) {
    elements.push_back(svg.substr(line, svg.find('\n', line) - line));
  }
  return elements;
}

// Two inputs (the first an earlier period with `earlier`) with the same scores on sections 1 to 3.
render::WebChart agreeing_on_three(bool earlier) {
  render::WebChart chart = chart_with(0);
  for (const auto& values :
       std::vector<std::vector<std::optional<double>>>{{3, 4, 2.5, 2, 3, 1.5, 2}, {3, 4, 2.5, 3.5, 4, 2, 3}}) {
    render::WebSeries series;
    series.label = "organisation, 2026-Q" + std::to_string(chart.series.size() + 3);
    series.values = values;
    series.ranges.resize(7);
    series.not_applicable.resize(7);
    series.previous = earlier && chart.series.empty();
    chart.series.push_back(series);
  }
  return chart;
}

}  // namespace

TEST_CASE("render_web_svg: where two lines share a stretch, the first drawn shows as a rail each side of the other") {
  for (const bool earlier : {false, true}) {
    CAPTURE(earlier);
    const std::string svg = render::render_web_svg(agreeing_on_three(earlier));
    const auto shared = svg.find("<g class=\"shared\"");
    REQUIRE(shared != std::string::npos);
    CHECK(svg.find("<g class=\"shared\"", shared + 1) == std::string::npos);
    CHECK(shared < svg.rfind("<g class=\"series\""));  // beneath the second input's line
    const auto rails = elements_of_group(svg, shared);
    REQUIRE(rails.size() == 2);
    CHECK(attribute(rails[0], "stroke") == (earlier ? "#767676" : "#005A9C"));
    CHECK(attribute(rails[0], "stroke-dasharray") == (earlier ? "3 4" : ""));
    CHECK(numbers_in(attribute(rails[0], "points")).size() == 6);  // sections 1 to 3
    CHECK(attribute(rails[1], "stroke") == "#ffffff");
    CHECK(attribute(rails[1], "points") == attribute(rails[0], "points"));
    const double band = std::stod(attribute(rails[0], "stroke-width"));
    const double cleared = std::stod(attribute(rails[1], "stroke-width"));
    CHECK((band - cleared) / 2 == doctest::Approx(earlier ? 2 : 2.5));  // each rail as wide as its own line
    CHECK(cleared >= 2.5 + 2 * 1.5);                                    // a white gap each side of the line above
    // The legend shows the same: a sample of the two, and what it means.
    const auto legend = svg.find("<g id=\"legend\"");
    const auto note = svg.find(">Lines with the same scores at both ends", legend);
    REQUIRE(note != std::string::npos);
    const auto sample = elements_of_group(svg, legend);
    const auto widths = std::count_if(sample.begin(), sample.end(), [&](const std::string& element) {
      return element.starts_with("<line") && attribute(element, "stroke-width") == attribute(rails[0], "stroke-width");
    });
    CHECK(widths == 1);
  }
}

TEST_CASE("render_web_svg: lines that share no stretch are drawn as usual, with no note in the legend") {
  for (const std::size_t inputs : {1, 2}) {
    CAPTURE(inputs);
    auto chart = chart_with(inputs);
    if (inputs == 2) chart.series[1].values = {2, 3, 4, 5, 1, 1, 3};
    const std::string svg = render::render_web_svg(chart);
    CHECK(svg.find("class=\"shared\"") == std::string::npos);
    CHECK(svg.find("Lines with the same scores") == std::string::npos);
  }
}

TEST_CASE("render_web_svg: the score rings hold 3:1 against white, and every line is stronger than they are") {
  // WCAG 2.2 1.4.11: the rings are needed to read a value, so on a washed-out
  // projector they must still show; the inputs' and earlier periods' lines
  // stay darker or wider than the rings, so they stand out from them.
  auto chart = equal_chart(8, 1, {1, 2, 3, 4, 5, 0, 2.5});
  const std::string svg = render_web_svg(chart);
  const std::string grid = element_starting(svg, "<g id=\"grid\"");
  REQUIRE_FALSE(grid.empty());
  const std::string ring = attribute(grid, "stroke");
  CHECK(contrast_with_white(ring) >= 3.0);
  const double ring_width = std::stod(attribute(grid, "stroke-width"));
  std::size_t lines = 0;
  for (auto line = svg.find("<g fill=\"none\" stroke=\"#"); line != std::string::npos;
       line = svg.find("<g fill=\"none\" stroke=\"#", line + 1)) {
    const std::string group = svg.substr(line, svg.find('>', line) - line);
    CAPTURE(group);
    CHECK(contrast_with_white(attribute(group, "stroke")) > contrast_with_white(ring));
    CHECK(std::stod(attribute(group, "stroke-width")) > ring_width);
    ++lines;
  }
  CHECK(lines == 9);
  const std::string scale = element_starting(svg, "<g id=\"scale\"");
  CHECK(contrast_with_white(attribute(scale, "fill")) >= 7.0);
  CHECK(std::stod(attribute(scale, "font-size")) >= 13);
}

TEST_CASE("render_web_svg: each input's line prints near solid in black and white, in a colour of its own") {
  // A black-and-white printer prints a colour as a dotted grey: each input's
  // colour is at most 30% as light as white in greyscale (luma, ITU-R
  // BT.601), as the workbook's chart takes the same colours (its test checks
  // them there too), and holds 6:1 against white.
  auto chart = equal_chart(8, 0, {1, 2, 3, 4, 5, 0, 2.5});
  const std::string svg = render_web_svg(chart);
  std::vector<std::string> colours;
  for (auto line = svg.find("<g class=\"series\">\n<g fill=\"none\" stroke=\"#"); line != std::string::npos;
       line = svg.find("<g class=\"series\">\n<g fill=\"none\" stroke=\"#", line + 1)) {
    const std::string group = svg.substr(line, svg.find('>', svg.find("stroke=", line)) - line);
    colours.push_back(attribute(group, "stroke"));
  }
  REQUIRE(colours.size() == 8);
  for (const std::string& colour : colours) {
    CAPTURE(colour);
    const auto channel = [&](std::size_t at) { return std::stoi(colour.substr(at, 2), nullptr, 16) / 255.0; };
    CHECK(0.299 * channel(1) + 0.587 * channel(3) + 0.114 * channel(5) <= 0.30);
    CHECK(contrast_with_white(colour) >= 6.0);
  }
  std::sort(colours.begin(), colours.end());
  CHECK(std::adjacent_find(colours.begin(), colours.end()) == colours.end());
}

TEST_CASE("render_web_svg: a large picture's markers and lines are half as large again, as its words are") {
  const auto chart = equal_chart(2, 1, {3, 4, 2, 5, 1, 0, 2.5});
  const std::string normal = render::render_web_svg(chart);
  const std::string large = render::render_web_svg(chart, render::k_large_web);
  const auto count = [](const std::string& svg, const std::string& text) {
    std::size_t found = 0;
    for (auto at = svg.find(text); at != std::string::npos; at = svg.find(text, at + 1)) ++found;
    return found;
  };
  // Every marker on the web and in the legend (3 series, 7 sections and a legend entry each) and under the
  // section labels (the 2 inputs', 7 sections): drawn at 1.5 times its size in the large picture, at its own in
  // the normal one.
  CHECK(count(large, R"x( scale(1.5)"><)x") == 3 * 8 + 2 * 7);
  CHECK(count(normal, " scale(") == 0);
  // The inputs' lines 2.5 wide, the earlier period's 2, the rings and axes 1: each 1.5 times as wide.
  CHECK(element_starting(normal, "<g fill=\"none\" stroke=\"#005A9C\"").find("stroke-width=\"2.5\"") !=
        std::string::npos);
  CHECK(element_starting(large, "<g fill=\"none\" stroke=\"#005A9C\"").find("stroke-width=\"3.75\"") !=
        std::string::npos);
  CHECK(element_starting(large, "<g fill=\"none\" stroke=\"#767676\"").find("stroke-width=\"3\"") != std::string::npos);
  CHECK(attribute(element_starting(normal, "<g id=\"grid\""), "stroke-width") == "1");
  CHECK(attribute(element_starting(large, "<g id=\"grid\""), "stroke-width") == "1.5");
}
