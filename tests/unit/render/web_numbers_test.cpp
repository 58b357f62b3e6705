#include "render/web_numbers.hpp"

#include <algorithm>
#include <cmath>

#include <doctest/doctest.h>
#include <fmt/format.h>

#include "render/web_markers.hpp"
#include "web_chart_fixture.hpp"

using namespace coprod;

namespace {

using test::chart_of;
using test::geometry_for;

bool overlaps(const render::Box& a, const render::Box& b) {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

// Round the webs of geometry_for(): 200 from the centre, and as much again.
const render::Box k_frame{0, 0, 800, 800};

render::Box marker_box(render::Point p) { return {p.x - 6, p.y - 6, p.x + 6, p.y + 6}; }

// The tester's web of 15 sections: 1 to 5 and 0, twice, then 1 and 2, the last not scored.
const std::vector<std::optional<double>> k_fifteen = {1, 2, 3, 4, 5, 0, 1, 2, 3, 4, 5, 0, 1, 2, std::nullopt};

}  // namespace

TEST_CASE("place_web_numbers: the scale runs from 0 to the top score up the first axis") {
  const auto chart = chart_of({{3, 3, 3, 3, 3, 3, 3}});
  const auto numbers = render::place_web_numbers(chart, geometry_for(chart), {}, k_frame);
  REQUIRE(numbers.scale.size() == 6);
  for (std::size_t ring = 0; ring < 6; ++ring) {
    CAPTURE(ring);
    const auto& number = numbers.scale[ring];
    CHECK(number.text == std::to_string(ring));
    CHECK(number.at.y == doctest::Approx(400 - 40.0 * static_cast<double>(ring) + 4));
    // Left of the axis, with its backdrop clear of the axis's markers.
    CHECK(std::string_view(number.anchor) == "end");
    CHECK(number.box.right < 400 - 6);
  }
}

TEST_CASE("place_web_numbers: a scale number keeps clear of the marker on its ring, off the line beside it") {
  // Four axes; the marker at 4 on the first axis, and the line from the left
  // axis (5) to it crosses the left of the 4 close to the axis. The 4 keeps
  // 4 units clear of the marker (printed small, a number touching a marker
  // reads as hidden by it), on the side and at the distance where no line
  // crosses it; the rest stay close to the axis on its left.
  const auto chart = chart_of({{4, std::nullopt, std::nullopt, 5}});
  const auto numbers = render::place_web_numbers(chart, geometry_for(chart), {}, k_frame);
  for (std::size_t ring = 0; ring < numbers.scale.size(); ++ring) {
    if (ring == 4) continue;
    CAPTURE(ring);
    CHECK(std::string_view(numbers.scale[ring].anchor) == "end");
  }
  const render::Box marker_and_clearance{400 - 10, 240 - 10, 400 + 10, 240 + 10};
  CHECK_FALSE(overlaps(numbers.scale[4].box, marker_and_clearance));
  const render::Point left_axis{200, 400};
  const render::Point top{400, 240};
  const auto& box = numbers.scale[4].box;
  for (double t = 0; t <= 1; t += 0.01) {  // the line from the left axis's 5 to the 4 misses it
    const render::Point p{left_axis.x + (top.x - left_axis.x) * t, left_axis.y + (top.y - left_axis.y) * t};
    CHECK_FALSE((p.x > box.left && p.x < box.right && p.y > box.top && p.y < box.bottom));
  }
}

TEST_CASE("place_web_numbers: no scale number's backdrop covers a marker") {
  // An earlier period's marker on the last of 15 axes sits just left of the scale's 1.
  auto earlier = k_fifteen;
  earlier.back() = 1;
  const auto chart = chart_of({earlier, k_fifteen}, true);
  const auto geometry = geometry_for(chart);
  const auto numbers = render::place_web_numbers(chart, geometry, {}, k_frame);
  for (const auto& series : chart.series) {
    for (std::size_t axis = 0; axis < series.values.size(); ++axis) {
      if (!series.values[axis]) continue;
      const auto marker = marker_box(geometry.point(static_cast<int>(axis), *series.values[axis]));
      for (const auto& number : numbers.scale) CHECK_FALSE(overlaps(number.box, marker));
    }
  }
  CHECK(std::string_view(numbers.scale[1].anchor) == "start");
}

TEST_CASE("place_web_numbers: no scale number covers a row of markers of the same score across the first axis") {
  // Five inputs scoring 3 on the first axis: their markers sit 12 apart
  // across it, from 24 left of it to 24 right, covering both sides close to it.
  const std::vector<std::optional<double>> values = {3, 4, 4, 4, 4, 4, 4};
  const auto chart = chart_of({values, values, values, values, values});
  const auto numbers = render::place_web_numbers(chart, geometry_for(chart), {}, k_frame);
  for (int place = -2; place <= 2; ++place) {
    CAPTURE(place);
    CHECK_FALSE(overlaps(numbers.scale[3].box, marker_box({400 + 12.0 * place, 400 - 120})));
  }
  CHECK(numbers.scale[3].at.y == doctest::Approx(400 - 120 + 4));  // still at the ring's height
}

TEST_CASE("place_web_numbers: a value covers none of the markers beside its point") {
  // One input and earlier periods with the same scores: on each axis their
  // markers sit side by side (round the centre for the 0s), and the input's
  // value keeps clear of them all.
  const std::vector<std::optional<double>> values = {3, 4, 2, 5, 1, 0, 2.5};
  for (const std::size_t earlier : {1, 8}) {
    CAPTURE(earlier);
    const auto chart = chart_of(std::vector<std::vector<std::optional<double>>>(earlier + 1, values), earlier);
    const auto geometry = geometry_for(chart);
    const auto numbers = render::place_web_numbers(chart, geometry, {}, k_frame);
    REQUIRE(numbers.values.size() == 7);
    for (const auto& value : numbers.values) {
      CAPTURE(value.text);
      for (const auto& series : render::place_web_markers(chart, geometry)) {
        for (const auto& at : series) {
          if (at) CHECK_FALSE(overlaps(value.box, marker_box(*at)));
        }
      }
    }
  }
}

TEST_CASE("place_web_numbers: values only with one input, earlier periods aside") {
  const std::vector<std::optional<double>> values = {1, 2, 3, 4, 5, 3, 2};
  CHECK(render::place_web_numbers(chart_of({values}), geometry_for(chart_of({values})), {}, k_frame).values.size() ==
        7);
  const auto with_previous = chart_of({values, values}, true);
  CHECK(render::place_web_numbers(with_previous, geometry_for(with_previous), {}, k_frame).values.size() == 7);
  const auto two = chart_of({values, values});
  CHECK(render::place_web_numbers(two, geometry_for(two), {}, k_frame).values.empty());
}

TEST_CASE("place_web_numbers: on a web of 15 sections no value covers another, the scale or a marker") {
  const auto chart = chart_of({k_fifteen});
  const auto geometry = geometry_for(chart);
  const auto numbers = render::place_web_numbers(chart, geometry, {}, k_frame);
  // The two 0s are one point, at the centre: one value says it.
  CHECK(std::count_if(numbers.values.begin(), numbers.values.end(), [](const auto& v) { return v.text == "0.0"; }) ==
        1);
  CHECK(numbers.values.size() == 13);
  for (std::size_t i = 0; i < numbers.values.size(); ++i) {
    const auto& value = numbers.values[i];
    CAPTURE(value.text);
    for (std::size_t j = i + 1; j < numbers.values.size(); ++j) CHECK_FALSE(overlaps(value.box, numbers.values[j].box));
    for (const auto& number : numbers.scale) CHECK_FALSE(overlaps(value.box, number.box));
    for (std::size_t axis = 0; axis < k_fifteen.size(); ++axis) {
      if (!k_fifteen[axis]) continue;
      const auto point = geometry.point(static_cast<int>(axis), *k_fifteen[axis]);
      const bool own = std::abs(value.at.x - point.x) < 25 && std::abs(value.at.y - 4 - point.y) < 25 &&
                       value.text == fmt::format("{:.1f}", *k_fifteen[axis]);
      if (!own) CHECK_FALSE(overlaps(value.box, marker_box(point)));
    }
  }
}

TEST_CASE("place_web_numbers: values keep clear of the boxes they are given") {
  const auto chart = chart_of({{5, 5, 5, 5, 5, 5, 5}});
  const auto geometry = geometry_for(chart);
  const auto free = render::place_web_numbers(chart, geometry, {}, k_frame);
  // Where the first value would go, something else is.
  const auto taken = free.values.front().box;
  const auto numbers = render::place_web_numbers(chart, geometry, {taken}, k_frame);
  CHECK_FALSE(overlaps(numbers.values.front().box, taken));
  CHECK(numbers.values.front().text == "5.0");
}

TEST_CASE("place_web_numbers: values stay in their frame") {
  // Every score the top one: straight out, or round beside the point, a value
  // would leave a frame only 10 beyond the outer ring.
  const auto chart = chart_of({{5, 5, 5, 5, 5, 5, 5}});
  const render::Box frame{190, 190, 610, 610};
  const auto numbers = render::place_web_numbers(chart, geometry_for(chart), {}, frame);
  REQUIRE(numbers.values.size() == 7);
  for (const auto& value : numbers.values) {
    CAPTURE(value.at.x);
    CAPTURE(value.at.y);
    CHECK(value.box.left >= frame.left);
    CHECK(value.box.right <= frame.right);
    CHECK(value.box.top >= frame.top);
    CHECK(value.box.bottom <= frame.bottom);
  }
}
