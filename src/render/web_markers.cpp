#include "render/web_markers.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace coprod::render {

namespace {

constexpr double k_marker_reach = 10;  // markers closer than this along an axis would cover each other
constexpr double k_closest_step = 8;   // squeezed near the centre, no marker covers the middle of the one before

// The distances above (and k_marker_step) for markers `scale` times their size.
struct Spacing {
  explicit Spacing(double scale)
      : step(k_marker_step * scale), reach(k_marker_reach * scale), closest(k_closest_step * scale) {}
  double step;
  double reach;
  double closest;
};

struct OnAxis {
  std::size_t series = 0;
  double distance = 0;  // from the centre
};

bool is_centre(double score) { return std::lround(score * 10) == 0; }

// How far from the centre a score is drawn on an axis.
double distance_out(const WebGeometry& geometry, int axis, double score) {
  const Point centre = geometry.point(axis, 0);
  const Point at = geometry.point(axis, score);
  return std::hypot(at.x - centre.x, at.y - centre.y);
}

const std::optional<double>& score_on(const WebSeries& series, int axis) {
  static const std::optional<double> k_none;
  const auto index = static_cast<std::size_t>(axis);
  return index < series.values.size() ? series.values[index] : k_none;
}

// The direction across an axis in which markers side by side follow the
// legend's order: rightwards, or downwards across an axis that runs sideways.
Point across(const WebGeometry& geometry, int axis) {
  const double angle = geometry.axis_angle(axis);
  const Point d{-std::sin(angle), std::cos(angle)};
  const bool downwards = std::abs(d.y) > std::abs(d.x);
  return (downwards ? d.y : d.x) < 0 ? Point{-d.x, -d.y} : d;
}

// Whether a neighbouring axis has a marker about as far from the centre as a
// row of `count` markers `distance` out would reach.
bool crowded(const WebChart& chart, const WebGeometry& geometry, int axis, double distance, std::size_t count,
             const Spacing& spacing) {
  const int axes = geometry.axis_count();
  const double reach = static_cast<double>(count + 1) / 2 * spacing.step;
  for (const int neighbour : {(axis + 1) % axes, (axis + axes - 1) % axes}) {
    if (neighbour == axis) continue;
    for (const auto& series : chart.series) {
      const auto& score = score_on(series, neighbour);
      if (score && std::abs(distance_out(geometry, neighbour, *score) - distance) < reach) return true;
    }
  }
  return false;
}

// Between the centres of `count` markers side by side, `distance` from the
// centre: a marker's width; or less where markers on a neighbouring axis are
// as far out and the row would reach more than half way to that axis.
double step_at(const WebChart& chart, const WebGeometry& geometry, int axis, double distance, std::size_t count,
               const Spacing& spacing) {
  if (count < 2) return 0;
  if (!crowded(chart, geometry, axis, distance, count, spacing)) return spacing.step;
  const double between = 2 * std::numbers::pi / geometry.axis_count();
  const double room = distance * std::sin(std::min(between, std::numbers::pi / 2));
  return std::clamp((room - spacing.step) / static_cast<double>(count - 1), spacing.closest, spacing.step);
}

// One group of markers that would cover each other: side by side across the
// axis in the legend's order, each at its own score along it.
void place_group(const WebChart& chart, const WebGeometry& geometry, int axis, std::vector<OnAxis> group,
                 const Spacing& spacing, WebMarkerPoints& placed) {
  std::sort(group.begin(), group.end(), [](const OnAxis& a, const OnAxis& b) { return a.series < b.series; });
  const auto nearest = std::min_element(group.begin(), group.end(),
                                        [](const OnAxis& a, const OnAxis& b) { return a.distance < b.distance; });
  const double step = step_at(chart, geometry, axis, nearest->distance, group.size(), spacing);
  const Point side = across(geometry, axis);
  const double middle = static_cast<double>(group.size() - 1) / 2;
  for (std::size_t i = 0; i < group.size(); ++i) {
    const std::size_t s = group[i].series;
    const Point exact = geometry.point(axis, *score_on(chart.series[s], axis));
    const double offset = (static_cast<double>(i) - middle) * step;
    placed[s][static_cast<std::size_t>(axis)] = Point{exact.x + side.x * offset, exact.y + side.y * offset};
  }
}

// The markers on one axis away from the centre, in groups of those less
// than a marker apart along it.
void place_axis(const WebChart& chart, const WebGeometry& geometry, int axis, const Spacing& spacing,
                WebMarkerPoints& placed) {
  std::vector<OnAxis> points;
  for (std::size_t s = 0; s < chart.series.size(); ++s) {
    const auto& score = score_on(chart.series[s], axis);
    if (score && !is_centre(*score)) points.push_back({s, distance_out(geometry, axis, *score)});
  }
  std::stable_sort(points.begin(), points.end(),
                   [](const OnAxis& a, const OnAxis& b) { return a.distance < b.distance; });
  std::size_t begin = 0;
  for (std::size_t i = 1; i <= points.size(); ++i) {
    if (i < points.size() && points[i].distance - points[i - 1].distance < spacing.reach) continue;
    place_group(chart, geometry, axis,
                {points.begin() + static_cast<std::ptrdiff_t>(begin), points.begin() + static_cast<std::ptrdiff_t>(i)},
                spacing, placed);
    begin = i;
  }
}

// One marker for each series with a score of 0, round the centre a marker
// apart, in the legend's order clockwise from the left.
void place_centre(const WebChart& chart, const WebGeometry& geometry, const Spacing& spacing, WebMarkerPoints& placed) {
  std::vector<std::pair<std::size_t, std::size_t>> at_centre;  // series, its first axis scored 0
  for (std::size_t s = 0; s < chart.series.size(); ++s) {
    const auto& values = chart.series[s].values;
    const auto zero = std::find_if(values.begin(), values.end(), [](const auto& v) { return v && is_centre(*v); });
    if (zero != values.end()) at_centre.emplace_back(s, static_cast<std::size_t>(zero - values.begin()));
  }
  const Point centre = geometry.point(0, 0);
  const auto count = static_cast<double>(at_centre.size());
  const double radius = at_centre.size() < 2 ? 0 : spacing.step / (2 * std::sin(std::numbers::pi / count));
  for (std::size_t i = 0; i < at_centre.size(); ++i) {
    const double angle = std::numbers::pi + 2 * std::numbers::pi * static_cast<double>(i) / count;
    const auto [s, axis] = at_centre[i];
    placed[s][axis] = Point{centre.x + radius * std::cos(angle), centre.y + radius * std::sin(angle)};
  }
}

}  // namespace

WebMarkerPoints place_web_markers(const WebChart& chart, const WebGeometry& geometry, double scale) {
  const Spacing spacing(scale);
  WebMarkerPoints placed;
  for (const auto& series : chart.series) placed.emplace_back(series.values.size());
  place_centre(chart, geometry, spacing, placed);
  for (int axis = 0; axis < geometry.axis_count(); ++axis) place_axis(chart, geometry, axis, spacing, placed);
  return placed;
}

}  // namespace coprod::render
