// The history's SVG line chart: its title, and sections with the same score never hiding each other.
#include <regex>

#include <doctest/doctest.h>
#include <fmt/format.h>

#include "render/history.hpp"
#include "render/web_style.hpp"
#include "yaml/builtin_frameworks.hpp"

using namespace coprod;

namespace {

// Three periods of the IPC framework's seven sections; `scores[period][section]`.
analysis::History history_of(const std::vector<std::vector<double>>& scores, const std::string& area = "Northbridge") {
  analysis::History history;
  history.framework = yaml::builtin_catalog().find_latest("ipc-coproduction");
  history.file = "northbridge/2026-Q4-peer-network.coprod.yaml";
  history.area = area;
  history.perspective = model::Perspective::peer_network;
  for (std::size_t i = 0; i < scores.size(); ++i) {
    const std::string period = fmt::format("2026-Q{}", i + 1);
    analysis::HistoryPoint point{
        period, "0123456789abcdef", "2026-01-01", history.file, {}, {}, {}, period, true, "", {}, {}, {}};
    for (const double score : scores[i]) point.scores.emplace_back(score);
    point.coverage.assign(scores[i].size(), analysis::Coverage{3, 0, 3});
    history.points.push_back(point);
  }
  return history;
}

struct Xy {
  double x;
  double y;
};

// The centres of the markers of one shape, in the order drawn.
std::vector<Xy> circles(const std::string& svg) {
  std::vector<Xy> found;
  const std::regex circle(R"re(<circle cx="([0-9.]+)" cy="([0-9.]+)" r="5" fill="#005A9C")re");
  for (std::sregex_iterator it(svg.begin(), svg.end(), circle), end; it != end; ++it)
    found.push_back({std::stod((*it)[1]), std::stod((*it)[2])});
  return found;
}

std::vector<Xy> squares(const std::string& svg) {
  std::vector<Xy> found;
  const std::regex square(R"re(<rect x="([0-9.]+)" y="([0-9.]+)" width="9" height="9" fill="#B22200")re");
  for (std::sregex_iterator it(svg.begin(), svg.end(), square), end; it != end; ++it)
    found.push_back({std::stod((*it)[1]) + 4.5, std::stod((*it)[2]) + 4.5});
  return found;
}

std::vector<std::string> polylines(const std::string& svg) {
  std::vector<std::string> found;
  const std::regex line(R"re(<polyline points="([^"]+)")re");
  for (std::sregex_iterator it(svg.begin(), svg.end(), line), end; it != end; ++it) found.push_back((*it)[1]);
  return found;
}

}  // namespace

TEST_CASE("render_history_svg: the title names the area and perspective, with the file under it") {
  const auto svg = render::render_history_svg(history_of({{1, 2, 3, 4, 5, 2, 3}, {2, 3, 4, 5, 1, 2, 3}}));
  CHECK(svg.find("<title id=\"history-title\">Section scores over time: Northbridge, co-production peer network, "
                 "from northbridge/2026-Q4-peer-network.coprod.yaml</title>") != std::string::npos);
  CHECK(svg.find(">Section scores over time:</tspan><tspan x=\"400.0\" dy=\"26.0\">Northbridge, co-production peer "
                 "network</tspan>") != std::string::npos);
  CHECK(svg.find("font-size=\"14\" fill=\"#444444\"><tspan x=\"400.0\" dy=\"23.0\">northbridge/2026-Q4-peer-network."
                 "coprod.yaml</tspan>") != std::string::npos);
  // A short area fits on one line; an area's text is escaped.
  auto organisation = history_of({{1, 2, 3, 4, 5, 2, 3}}, "A&B <C>");
  organisation.perspective = model::Perspective::organisation;
  const auto short_svg = render::render_history_svg(organisation);
  CHECK(short_svg.find("<tspan x=\"400.0\" dy=\"0\">Section scores over time: A&amp;B &lt;C&gt;, "
                       "organisation</tspan></text>") != std::string::npos);
}

TEST_CASE("render_history_svg: its grid and numbers are the web's, which hold 3:1 on a faded projector") {
  // The web's rings were #c9c9c9 (1.6:1 against white) and vanished when projected; so did these lines.
  const auto svg = render::render_history_svg(history_of({{1, 2, 3, 4, 5, 2, 3}, {2, 3, 4, 5, 1, 2, 3}}));
  CHECK(svg.find(fmt::format("<g id=\"grid\" stroke=\"{}\" stroke-width=\"1\" font-size=\"12\" fill=\"{}\">",
                             render::k_grid_colour, render::k_scale_colour)) != std::string::npos);
  CHECK(svg.find("#c9c9c9") == std::string::npos);
}

TEST_CASE("render_history_svg: a long area name wraps, nothing left out") {
  const std::string area =
      "The Very Long Integrated Care Partnership Area of North East and North Cumbria including Teesside";
  const auto svg = render::render_history_svg(history_of({{1, 2, 3, 4, 5, 2, 3}}, area));
  const auto heading = svg.substr(svg.find("id=\"history-heading\""));
  const auto text = heading.substr(0, heading.find("</text>"));
  std::string joined;
  const std::regex tspan(R"re(<tspan [^>]*>([^<]*)</tspan>)re");
  for (std::sregex_iterator it(text.begin(), text.end(), tspan), end; it != end; ++it)
    joined += (joined.empty() ? "" : " ") + std::string((*it)[1]);
  CHECK(joined == "Section scores over time: " + area + ", co-production peer network");
}

TEST_CASE("render_history_svg: sections with the same score sit side by side at its height, their lines apart") {
  // 1. and 2. both score 2.0 and then 3.0; the others differ.
  const auto svg = render::render_history_svg(history_of({{2, 2, 4, 5, 1, 0.5, 4.5}, {3, 3, 4.2, 5, 1, 0.5, 4.5}}));
  const auto chart = svg.substr(0, svg.find("<g id=\"legend\""));
  const auto one = circles(chart);
  const auto two = squares(chart);
  REQUIRE(one.size() == 2);
  REQUIRE(two.size() == 2);
  for (std::size_t i = 0; i < 2; ++i) {
    CAPTURE(i);
    CHECK(one[i].y == two[i].y);       // the same height: the score's
    CHECK(two[i].x - one[i].x >= 10);  // side by side, the first section's on the left
  }
  // The height is the score's: 2.0 is 60 px above 3.0 (300 px for 0 to 5).
  CHECK(one[0].y - one[1].y == doctest::Approx(60));
  // The two lines are not drawn one on the other.
  const auto lines = polylines(svg);
  REQUIRE(lines.size() == 7);
  CHECK(lines[0] != lines[1]);
  // Sections with scores of their own keep their places: 3. (4.0 then 4.2) is centred on its version.
  CHECK(lines[2].starts_with("94.0,"));
}
