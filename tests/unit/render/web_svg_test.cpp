#include "render/web_svg.hpp"

#include <doctest/doctest.h>

#include "render/web_chart.hpp"

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

}  // namespace

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
