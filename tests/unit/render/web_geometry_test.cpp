#include "render/web_geometry.hpp"

#include <cmath>
#include <numbers>

#include <doctest/doctest.h>

using namespace coprod::render;

TEST_CASE("axes start at the top and go clockwise, evenly spaced") {
  const WebGeometry web({100, 100}, 50, 50, 7, 5);
  CHECK(web.axis_angle(0) == doctest::Approx(-std::numbers::pi / 2));
  CHECK(web.axis_angle(1) - web.axis_angle(0) == doctest::Approx(2 * std::numbers::pi / 7));
  const Point top = web.axis_end(0);
  CHECK(top.x == doctest::Approx(100));
  CHECK(top.y == doctest::Approx(50));
  // Clockwise on screen (y grows downwards): the second axis is to the right.
  CHECK(web.axis_end(1).x > 100);
  CHECK(web.axis_end(6).x < 100);
}

TEST_CASE("a score's distance from the centre is proportional to it") {
  const WebGeometry web({0, 0}, 200, 200, 4, 5);
  for (const double score : {0.0, 1.0, 2.5, 5.0}) {
    const Point p = web.point(1, score);
    CHECK(std::hypot(p.x, p.y) == doctest::Approx(200 * score / 5));
  }
  CHECK(web.point(1, 5).x == doctest::Approx(200));  // the second of four axes points right
  CHECK(web.point(1, 0).x == doctest::Approx(0));
}

TEST_CASE("separate x and y radii keep a terminal web round") {
  const WebGeometry web({0, 0}, 40, 20, 4, 5);
  CHECK(web.axis_end(1).x == doctest::Approx(40));
  CHECK(web.axis_end(2).y == doctest::Approx(20));
}

TEST_CASE("web_shape: every axis scored is one closed shape") {
  const WebShape shape = web_shape({3.0, 2.0, 4.0});
  CHECK(shape.closed);
  REQUIRE(shape.runs.size() == 1);
  CHECK(shape.runs[0] == std::vector<int>{0, 1, 2});
}

TEST_CASE("web_shape: an unscored section is a gap, never zero") {
  const WebShape shape = web_shape({3.0, std::nullopt, 4.0, 2.0, std::nullopt, 1.0, 2.0});
  CHECK_FALSE(shape.closed);
  REQUIRE(shape.runs.size() == 2);
  CHECK(shape.runs[0] == std::vector<int>{2, 3});
  CHECK(shape.runs[1] == std::vector<int>{5, 6, 0});  // wraps round past the last axis
}

TEST_CASE("web_shape: lone points and nothing at all") {
  CHECK(web_shape({std::nullopt, 2.0, std::nullopt}).runs == std::vector<std::vector<int>>{{1}});
  CHECK(web_shape({std::nullopt, std::nullopt}).runs.empty());
}
