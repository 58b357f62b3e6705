// Each input's score under each section's label, with two or more inputs.
#include "render/web_label_scores.hpp"

#include <algorithm>
#include <string>
#include <vector>

#include <doctest/doctest.h>

#include "render/web_chart.hpp"
#include "render/web_layout.hpp"
#include "render/web_svg.hpp"

using namespace coprod;

namespace {

// Seven sections; input i scores section s as (i + s) % 5 + 0.5, its first
// section left unscored for the second input.
render::WebChart chart_of(const std::vector<std::string>& names) {
  render::WebChart chart;
  chart.title = "Co-production web: Northbridge";
  for (int i = 1; i <= 7; ++i) chart.axis_labels.push_back(std::to_string(i) + ". Section");
  chart.axis_keys = chart.axis_labels;
  for (std::size_t i = 0; i < names.size(); ++i) {
    render::WebSeries series;
    series.label = names[i] + ", 2026-Q4";
    series.short_name = names[i];
    for (std::size_t s = 0; s < 7; ++s) series.values.push_back(static_cast<double>((i + s) % 5) + 0.5);
    if (i == 1) series.values[0] = std::nullopt;
    series.ranges.resize(7);
    series.not_applicable.resize(7);
    chart.series.push_back(series);
  }
  return chart;
}

bool inside(const render::Box& box, render::Point p) {
  return p.x >= box.left && p.x <= box.right && p.y >= box.top && p.y <= box.bottom;
}

}  // namespace

TEST_CASE("label_score_rows: with two inputs each section names each input and its score, or why it has none") {
  render::WebChart chart = chart_of({"organisation", "peer network"});
  chart.series[1].not_applicable[2] = true;
  chart.series[1].values[2] = std::nullopt;
  const auto rows = render::label_score_rows(chart, 180);
  REQUIRE(rows.size() == 7);
  std::vector<std::string> first;
  for (const auto& row : rows[0])
    for (const auto& item : row) first.push_back(item.text);
  // Too wide for 180 px on one line, the missing score's words go under the input's name, not widening the label.
  CHECK(first == std::vector<std::string>{"organisation 0.5", "peer network", "not scored yet"});
  REQUIRE(rows[0].size() == 3);
  CHECK(rows[0][1][0].has_marker);
  CHECK_FALSE(rows[0][2][0].has_marker);
  CHECK(rows[0][2][0].style == 1);
  for (const auto& row : rows[0]) CHECK(render::row_width(row) <= 180);
  CHECK(rows[1].front().front().text == "organisation 1.5");
  CHECK(rows[2].back().back().text == "not applicable");
  // Too wide for one row of 180 px, so one a row; each marked with its input's own marker.
  CHECK(rows[1].size() == 2);
  CHECK(rows[1][0][0].style == 0);
  CHECK(rows[1][1][0].style == 1);
}

TEST_CASE("label_score_rows: none with one input, nor for an earlier period; letters share rows") {
  CHECK(render::label_score_rows(chart_of({"organisation"}), 180)[0].empty());
  render::WebChart with_earlier = chart_of({"2026-Q3", "A", "B", "C"});
  with_earlier.series[0].previous = true;
  with_earlier.series[0].short_name.clear();
  const auto rows = render::label_score_rows(with_earlier, 260);
  std::size_t items = 0;
  for (const auto& row : rows[3]) items += row.size();
  CHECK(items == 3);           // the earlier period is not among them
  CHECK(rows[3].size() == 1);  // "A 3.5", "B 4.5", "C 0.5" fit one row of 260 px
  CHECK(rows[3][0][0].series == 1);
  const auto narrow = render::label_score_rows(with_earlier, 100);
  for (const auto& row : narrow[3]) CHECK(render::row_width(row) <= 100);
}

TEST_CASE("lay_out_web: each input's score sits inside its section label's room, which values keep clear of") {
  for (const auto& names : {std::vector<std::string>{"organisation", "peer network"},
                            std::vector<std::string>{"A", "B", "C", "D", "E", "F", "G", "H"}}) {
    const render::WebChart chart = chart_of(names);
    const auto layout = render::lay_out_web(chart);
    const auto markers = std::count_if(layout.label_scores.begin(), layout.label_scores.end(),
                                       [](const render::LabelScore& score) { return score.has_marker; });
    CHECK(static_cast<std::size_t>(markers) == 7 * names.size());
    for (const auto& score : layout.label_scores) {
      const bool in_a_label =
          std::any_of(layout.axis_label_boxes.begin(), layout.axis_label_boxes.end(),
                      [&](const render::Box& box) { return inside(box, score.marker) && inside(box, score.text); });
      CHECK(in_a_label);
      CHECK(score.text.x > 0);
      CHECK(score.text.x < layout.width);
    }
  }
}

TEST_CASE("lay_out_web: one input, page 1 and the form give no scores at the labels; one input's are unchanged") {
  CHECK(render::lay_out_web(chart_of({"organisation"})).label_scores.empty());
  CHECK(render::lay_out_web(chart_of({"organisation", "peer network"}), render::k_page_one_web).label_scores.empty());
  const std::string one = render::render_web_svg(chart_of({"organisation"}));
  CHECK(one.find("label-scores") == std::string::npos);
  CHECK(one.find("<g class=\"values\"") != std::string::npos);
}

TEST_CASE("lay_out_web: lettered inputs are defined in the legend by their letters; named ones keep their label") {
  render::WebChart lettered = chart_of({"A", "B", "C"});
  lettered.lettered = true;
  const auto layout = render::lay_out_web(lettered);
  REQUIRE(layout.legend.size() == 3);
  CHECK(layout.legend[1].text.lines.front().starts_with("B: B, 2026-Q4"));
  const auto named = render::lay_out_web(chart_of({"organisation", "peer network"}));
  CHECK(named.legend[1].text.lines.front().starts_with("peer network, 2026-Q4"));
}

TEST_CASE("render_web_svg: the scores at the labels are escaped, drawn once each with the input's marker") {
  const render::WebChart chart = chart_of({"<org> & \"co\"", "peer network"});
  const std::string svg = render::render_web_svg(chart);
  CHECK(svg.find("<org>") == std::string::npos);
  CHECK(svg.find("&lt;org&gt; &amp; &quot;co&quot; 1.5") != std::string::npos);
  const auto group = svg.find("<g class=\"label-scores\"");
  REQUIRE(group != std::string::npos);
  const std::string scores = svg.substr(group, svg.find("</g>", group) - group);
  std::size_t texts = 0;
  for (auto at = scores.find("<text"); at != std::string::npos; at = scores.find("<text", at + 1)) ++texts;
  CHECK(texts == 15);  // section 1's "peer network" and "not scored yet" on two lines
  std::size_t squares = 0;
  for (auto at = scores.find("<rect"); at != std::string::npos; at = scores.find("<rect", at + 1)) ++squares;
  CHECK(squares == 7);  // one marker for each of the second input's scores, not one a line
  CHECK(scores.find("<circle") != std::string::npos);  // the first input's marker
  CHECK(scores.find("<rect") != std::string::npos);    // the second's square
}

TEST_CASE("lay_out_web: the large picture writes every word half as large again beside a plot that starts smaller") {
  const render::WebChart chart = chart_of({"organisation", "peer network"});
  const auto normal = render::lay_out_web(chart);
  const auto large = render::lay_out_web(chart, render::k_large_web);
  CHECK(large.text_scale == 1.5);
  CHECK(large.axis_labels[0].line_height == doctest::Approx(1.5 * normal.axis_labels[0].line_height));
  CHECK(large.legend[0].text.line_height == doctest::Approx(1.5 * normal.legend[0].text.line_height));
  // Against the plot, the words are larger: a label's lines by more than the radius grew.
  CHECK(large.axis_labels[0].line_height / large.radius > normal.axis_labels[0].line_height / normal.radius);
  const std::string svg = render::render_web_svg(chart, render::k_large_web);
  CHECK(svg.find("<g id=\"axis-labels\" font-size=\"21\"") != std::string::npos);
  CHECK(svg.find("<g class=\"label-scores\" font-size=\"21\"") != std::string::npos);
  CHECK(svg.find("id=\"web-heading\" font-size=\"36\"") != std::string::npos);
  // The markers beside the scores are as much larger as their words.
  CHECK(svg.find(") scale(1.5)\"><circle cx=\"0.0\" cy=\"0.0\"") != std::string::npos);
  for (const auto& box : large.axis_label_boxes) {
    CHECK(box.left >= 0);
    CHECK(box.right <= large.width);
  }
}

TEST_CASE("lay_out_web: a score missing from one input leaves the large picture, and its words, the size they were") {
  // "peer network not scored yet", one line wider than a label, widened the label and the plot with it: the large
  // picture grew from 1529 to 2239 px wide, shrunk on a 1280 by 720 screen to words 12 px high, not 17.6.
  render::WebChart missing = chart_of({"organisation", "peer network"});
  for (auto& label : missing.axis_labels) label = label.substr(0, 3) + "Contact and connect";
  render::WebChart scored = missing;
  scored.series[1].values[0] = 2.5;
  for (const std::size_t section : {0, 3}) {
    render::WebChart one_missing = scored;
    one_missing.series[1].values[section] = std::nullopt;
    const auto large = render::lay_out_web(one_missing, render::k_large_web);
    const auto expected = render::lay_out_web(scored, render::k_large_web);
    // No larger, so shrunk to a screen no more: its words print at least as large.
    CHECK(large.width <= expected.width);
    CHECK(large.height <= expected.height);
    for (const auto& box : large.axis_label_boxes) CHECK(box.right - box.left <= 180 * 1.5);
  }
}
