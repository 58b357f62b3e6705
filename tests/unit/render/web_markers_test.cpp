#include "render/web_markers.hpp"

#include <cmath>

#include <doctest/doctest.h>

#include "web_chart_fixture.hpp"

using namespace coprod;

namespace {

using test::chart_of;
using test::geometry_for;

double distance(render::Point a, render::Point b) { return std::hypot(a.x - b.x, a.y - b.y); }

// How far along its axis a marker is (its score's distance from the centre)
// and how far across it.
struct AlongAcross {
  double along = 0;
  double across = 0;
};

AlongAcross along_across(const render::WebGeometry& geometry, int axis, render::Point p) {
  const double angle = geometry.axis_angle(axis);
  const double dx = p.x - 400;
  const double dy = p.y - 400;
  return {dx * std::cos(angle) + dy * std::sin(angle), -dx * std::sin(angle) + dy * std::cos(angle)};
}

}  // namespace

TEST_CASE("place_web_markers: a marker no other would cover is on its point") {
  const auto chart = chart_of({{1, 2, 3, 4, 5, 3, 2}, {2, 3, 4, 5, 1, 2, 3}});
  const auto geometry = geometry_for(chart);
  const auto markers = render::place_web_markers(chart, geometry);
  for (std::size_t s = 0; s < 2; ++s) {
    for (int axis = 0; axis < 7; ++axis) {
      CAPTURE(s);
      CAPTURE(axis);
      const auto exact = geometry.point(axis, *chart.series[s].values[static_cast<std::size_t>(axis)]);
      REQUIRE(markers[s][static_cast<std::size_t>(axis)]);
      CHECK(distance(*markers[s][static_cast<std::size_t>(axis)], exact) < 1e-9);
    }
  }
}

TEST_CASE("place_web_markers: markers of the same score sit side by side across the axis, each at the score") {
  const std::vector<std::optional<double>> values = {3, 4, 2, 5, 1, 4, 2.5};
  const auto chart = chart_of({values, values, values}, 1);
  const auto geometry = geometry_for(chart);
  const auto markers = render::place_web_markers(chart, geometry);
  for (int axis = 0; axis < 7; ++axis) {
    CAPTURE(axis);
    const auto a = static_cast<std::size_t>(axis);
    const double score_distance = 40 * *values[a];
    double middle = 0;
    for (std::size_t s = 0; s < 3; ++s) {
      const auto placed = along_across(geometry, axis, *markers[s][a]);
      CHECK(placed.along == doctest::Approx(score_distance));
      middle += placed.across / 3;
      if (s > 0) CHECK(distance(*markers[s][a], *markers[s - 1][a]) == doctest::Approx(render::k_marker_step));
    }
    CHECK(middle == doctest::Approx(0).epsilon(1e-9));  // centred on the axis
  }
  // In the legend's order (the earlier period first): left to right across
  // the top axis, top to bottom across one that runs sideways (the third of seven).
  CHECK(markers[0][0]->x < markers[1][0]->x);
  CHECK(markers[1][0]->x < markers[2][0]->x);
  CHECK(markers[0][2]->y < markers[1][2]->y);
  CHECK(markers[1][2]->y < markers[2][2]->y);
}

TEST_CASE("place_web_markers: scores less than a marker apart along the axis go side by side too") {
  // 40 a point: 3.0 and 3.2 are 8 apart, and would cover each other; 3.5 is 12 from 3.2.
  const auto chart = chart_of({{3, 1, 1, 1}, {3.2, 2, 2, 2}, {3.5, 3, 3, 3}});
  const auto geometry = geometry_for(chart);
  const auto markers = render::place_web_markers(chart, geometry);
  const auto first = along_across(geometry, 0, *markers[0][0]);
  const auto second = along_across(geometry, 0, *markers[1][0]);
  const auto third = along_across(geometry, 0, *markers[2][0]);
  CHECK(first.along == doctest::Approx(120));
  CHECK(second.along == doctest::Approx(128));
  CHECK(first.across == doctest::Approx(-6));
  CHECK(second.across == doctest::Approx(6));
  CHECK(third.along == doctest::Approx(140));
  CHECK(third.across == doctest::Approx(0).epsilon(1e-9));
}

TEST_CASE("place_web_markers: the scores of 0 are one marker each, round the centre") {
  const auto chart = chart_of({{0, 3, 0, 2}, {0, 2, 1, 3}, {4, 0, 2, 1}});
  const auto geometry = geometry_for(chart);
  const auto markers = render::place_web_markers(chart, geometry);
  CHECK(markers[0][0]);
  CHECK_FALSE(markers[0][2]);  // its second 0: the same point, already marked
  const render::Point centre{400, 400};
  const std::vector<render::Point> round = {*markers[0][0], *markers[1][0], *markers[2][1]};
  for (std::size_t i = 0; i < 3; ++i) {
    CAPTURE(i);
    CHECK(distance(round[i], round[(i + 1) % 3]) == doctest::Approx(render::k_marker_step));
    CHECK(distance(round[i], centre) == doctest::Approx(distance(round[0], centre)));
  }
  CHECK(round[0].x < 400);  // the first on the left
  CHECK(round[0].y == doctest::Approx(400));
  // One at the centre is on it.
  const auto alone = chart_of({{0, 3, 0, 2}, {1, 2, 1, 3}});
  CHECK(distance(*render::place_web_markers(alone, geometry_for(alone))[0][0], centre) < 1e-9);
}

TEST_CASE("place_web_markers: near the centre, a row that would reach the next axis's markers closes up") {
  const std::vector<std::optional<double>> low(7, 1.0);  // every section 1: the rows' ends would meet
  const std::vector<std::vector<std::optional<double>>> inputs(8, low);
  const auto chart = chart_of(inputs);
  const auto markers = render::place_web_markers(chart, geometry_for(chart));
  const double step = distance(*markers[0][0], *markers[1][0]);
  CHECK(step < render::k_marker_step);
  CHECK(step >= 8);  // none covers the middle of the one before
  // Alone at 1 between a 5 and a 0, three keep a marker apart.
  const std::vector<std::optional<double>> lone = {1, 5, 5, 5, 5, 5, 0};
  const auto roomy = chart_of({lone, lone, lone});
  const auto spread = render::place_web_markers(roomy, geometry_for(roomy));
  CHECK(distance(*spread[0][0], *spread[1][0]) == doctest::Approx(render::k_marker_step));
}

TEST_CASE("place_web_markers: markers half as large again (a large picture's) sit half as far apart again") {
  const std::vector<std::optional<double>> values = {3, 4, 2, 5, 1, 4, 2.5};
  const auto chart = chart_of({values, values}, 0);
  const auto geometry = geometry_for(chart);
  const auto normal = render::place_web_markers(chart, geometry);
  const auto large = render::place_web_markers(chart, geometry, 1.5);
  for (std::size_t axis = 0; axis < values.size(); ++axis) {
    CAPTURE(axis);
    CHECK(distance(*normal[0][axis], *normal[1][axis]) == doctest::Approx(render::k_marker_step));
    CHECK(distance(*large[0][axis], *large[1][axis]) == doctest::Approx(1.5 * render::k_marker_step));
  }
}
