#include "render/web_numbers.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>

#include <fmt/format.h>

#include "render/web_markers.hpp"

namespace coprod::render {

namespace {

constexpr double k_marker_half = 6;  // half the size of the largest marker
// Room kept between a scale number and any marker, so that printed small the
// number neither touches a marker nor reads as part of it.
constexpr double k_scale_clearance = 4;
// Between the first axis and a scale number: close to it, or further out
// when both sides close to it cover a marker (markers of the same score sit
// side by side across the axis, a marker apart).
constexpr double k_scale_gaps[] = {9, 20, 32, 44, 56, 68};
constexpr int k_further_out = 3;      // what each step further out costs, in lines crossed
constexpr double k_backdrop_pad = 2;  // the scale's backdrop around its number
// From a point to its value: close, or further out past the markers that sit
// beside it (markers of the same score side by side, or round the centre).
constexpr double k_value_distance[] = {16, 24, 32, 40};
// Directions from a point to its value, in radians from its axis: first just
// clockwise of it, then just anticlockwise, straight out, further round, inwards.
constexpr double k_value_turns[] = {1.2, -1.2, 0, 2.2, -2.2, std::numbers::pi};
// Where every place that near covers something (low scores crowd round the
// centre): further out, a step at a time, straight along its axis where it
// can, else a little to one side, so it still lies the way of its own axis.
constexpr double k_further_step = 8;
constexpr double k_further_turns[] = {0, 0.35, -0.35, 0.7, -0.7};

struct Segment {
  Point from;
  Point to;
};

bool overlaps(const Box& a, const Box& b) {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

Box around(Point p, double half) { return {p.x - half, p.y - half, p.x + half, p.y + half}; }

bool same_point(Point a, Point b) { return std::abs(a.x - b.x) < 0.5 && std::abs(a.y - b.y) < 0.5; }

// Whether any part of the segment lies inside the box (Liang-Barsky clipping).
bool crosses(const Segment& s, const Box& box) {
  const double dx = s.to.x - s.from.x;
  const double dy = s.to.y - s.from.y;
  const std::array<double, 4> p = {-dx, dx, -dy, dy};
  const std::array<double, 4> q = {s.from.x - box.left, box.right - s.from.x, s.from.y - box.top,
                                   box.bottom - s.from.y};
  double enter = 0;
  double leave = 1;
  for (std::size_t i = 0; i < 4; ++i) {
    if (p[i] == 0) {
      if (q[i] < 0) return false;
      continue;
    }
    const double t = q[i] / p[i];
    if (p[i] < 0) enter = std::max(enter, t);
    else leave = std::min(leave, t);
  }
  return enter <= leave;
}

// Every marker of every series, where it is drawn (beside those it would cover).
std::vector<Point> marker_points(const WebMarkerPoints& placed) {
  std::vector<Point> points;
  for (const auto& series : placed) {
    for (const auto& at : series) {
      if (at) points.push_back(*at);
    }
  }
  return points;
}

// Every line of every series' shape.
std::vector<Segment> line_segments(const WebChart& chart, const WebGeometry& geometry) {
  std::vector<Segment> segments;
  for (const auto& series : chart.series) {
    const WebShape shape = web_shape(series.values);
    for (const auto& run : shape.runs) {
      const auto point = [&](int axis) { return geometry.point(axis, *series.values[static_cast<std::size_t>(axis)]); };
      for (std::size_t i = 1; i < run.size(); ++i) segments.push_back({point(run[i - 1]), point(run[i])});
      if (shape.closed && run.size() > 2) segments.push_back({point(run.back()), point(run.front())});
    }
  }
  return segments;
}

Font scaled(const Font& font, double scale) { return {font.size * scale, font.bold}; }

PlacedNumber scale_number(int ring, Point on_axis, bool left, double gap, double scale) {
  PlacedNumber number;
  number.text = fmt::format("{}", ring);
  const double width = text_width(number.text, scaled(k_scale_font, scale));
  const double x = left ? on_axis.x - gap * scale : on_axis.x + gap * scale;
  number.at = {x, on_axis.y + 4 * scale};
  number.anchor = left ? "end" : "start";
  const double text_left = left ? x - width : x;
  number.box = {text_left - k_backdrop_pad, on_axis.y - 7.5 * scale, text_left + width + k_backdrop_pad,
                on_axis.y + 7 * scale};
  return number;
}

// How badly a scale number there would read: a marker it covers outweighs every line it crosses.
int scale_cost(const Box& box, const std::vector<Point>& markers, const std::vector<Segment>& lines, double scale) {
  int cost = 0;
  for (const Point& marker : markers) {
    cost += overlaps(box, around(marker, (k_marker_half + k_scale_clearance) * scale)) ? 1000 : 0;
  }
  for (const Segment& line : lines) cost += crosses(line, box) ? 1 : 0;
  return cost;
}

std::vector<PlacedNumber> place_scale(const WebChart& chart, const WebGeometry& geometry,
                                      const std::vector<Point>& markers, const std::vector<Segment>& lines,
                                      double text_scale) {
  std::vector<PlacedNumber> scale;
  for (int ring = 0; ring <= static_cast<int>(chart.max_score); ++ring) {
    const Point on_axis = geometry.point(0, ring);
    std::optional<PlacedNumber> best;
    int best_cost = 0;
    for (std::size_t step = 0; step < std::size(k_scale_gaps); ++step) {
      for (const bool left : {true, false}) {
        PlacedNumber candidate = scale_number(ring, on_axis, left, k_scale_gaps[step], text_scale);
        const int cost = scale_cost(candidate.box, markers, lines, text_scale) + k_further_out * static_cast<int>(step);
        if (!best || cost < best_cost) {
          best = std::move(candidate);
          best_cost = cost;
        }
      }
    }
    scale.push_back(std::move(*best));
  }
  return scale;
}

PlacedNumber value_number(const std::string& text, Point centre, double scale) {
  const double width = text_width(text, scaled(k_value_font, scale));
  return {text,
          {centre.x, centre.y + 4 * scale},
          "middle",
          {centre.x - width / 2, centre.y - 8.5 * scale, centre.x + width / 2, centre.y + 7.5 * scale}};
}

bool inside(const Box& box, const Box& frame) {
  return box.left >= frame.left && box.right <= frame.right && box.top >= frame.top && box.bottom <= frame.bottom;
}

// What a value must keep clear of, and the room it must stay in.
struct ValueRoom {
  std::vector<Box> taken;
  const std::vector<Segment>& lines;
  Box frame;
  double scale = 1;  // the values' size, times their font's
};

struct Placing {
  PlacedNumber number;
  std::size_t boxes = 0;  // the boxes it covers, leaving the frame counting as one
  std::size_t cost = 0;   // 100 a box, 1 a line it crosses
};

Placing placing_at(const std::string& text, Point centre, const ValueRoom& room) {
  Placing placing{value_number(text, centre, room.scale)};
  const Box& box = placing.number.box;
  placing.boxes = static_cast<std::size_t>(
      std::count_if(room.taken.begin(), room.taken.end(), [&](const Box& b) { return overlaps(box, b); }));
  placing.boxes += inside(box, room.frame) ? 0 : 1;
  const auto crossed =
      std::count_if(room.lines.begin(), room.lines.end(), [&](const Segment& l) { return crosses(l, box); });
  placing.cost = 100 * placing.boxes + static_cast<std::size_t>(crossed);
  return placing;
}

// Of the places at these distances from the point and turns from its axis,
// the first that covers nothing and crosses no line; else the one that covers
// fewest boxes, then crosses fewest lines.
template <typename Distances, typename Turns>
Placing best_at(const std::string& text, Point point, double axis_angle, const Distances& distances, const Turns& turns,
                const ValueRoom& room) {
  std::optional<Placing> best;
  for (const double distance : distances) {
    for (const double turn : turns) {
      const double angle = axis_angle + turn;
      Placing candidate =
          placing_at(text, {point.x + distance * std::cos(angle), point.y + distance * std::sin(angle)}, room);
      if (candidate.cost == 0) return candidate;
      if (!best || candidate.cost < best->cost) best = std::move(candidate);
    }
  }
  return *best;
}

// Near the point if any place there covers nothing; else the nearest place
// further out that covers nothing.
PlacedNumber place_value(const std::string& text, Point point, double axis_angle, const ValueRoom& room) {
  std::array<double, std::size(k_value_distance)> near{};
  std::transform(std::begin(k_value_distance), std::end(k_value_distance), near.begin(),
                 [&](double distance) { return distance * room.scale; });
  Placing best = best_at(text, point, axis_angle, near, k_value_turns, room);
  const double furthest = std::max(room.frame.right - room.frame.left, room.frame.bottom - room.frame.top);
  const double further_step = k_further_step * room.scale;
  for (double distance = near.back() + further_step; best.boxes > 0 && distance < furthest; distance += further_step) {
    Placing further = best_at(text, point, axis_angle, std::array{distance}, k_further_turns, room);
    if (further.boxes == 0) best = std::move(further);
  }
  return std::move(best.number);
}

// The values of chart.series[shown]: each clear of every marker but its own
// when that is on its point (another input's marker beside it, or its own
// moved aside, it keeps clear of).
std::vector<PlacedNumber> place_values(const WebChart& chart, std::size_t shown, const WebGeometry& geometry,
                                       const WebMarkerPoints& placed, const std::vector<Segment>& lines,
                                       std::vector<Box> taken, const Box& frame, double scale) {
  const WebSeries& series = chart.series[shown];
  std::vector<PlacedNumber> values;
  std::vector<Point> labelled;
  for (std::size_t axis = 0; axis < series.values.size(); ++axis) {
    if (!series.values[axis]) continue;
    const Point point = geometry.point(static_cast<int>(axis), *series.values[axis]);
    if (std::any_of(labelled.begin(), labelled.end(), [&](Point p) { return same_point(p, point); })) continue;
    ValueRoom room{taken, lines, frame, scale};
    for (std::size_t s = 0; s < placed.size(); ++s) {
      for (std::size_t a = 0; a < placed[s].size(); ++a) {
        const auto& marker = placed[s][a];
        const bool own = s == shown && a == axis;
        if (marker && !(own && same_point(*marker, point)))
          room.taken.push_back(around(*marker, k_marker_half * scale));
      }
    }
    values.push_back(place_value(fmt::format("{:.1f}", *series.values[axis]), point,
                                 geometry.axis_angle(static_cast<int>(axis)), room));
    taken.push_back(values.back().box);
    labelled.push_back(point);
  }
  return values;
}

}  // namespace

WebNumbers place_web_numbers(const WebChart& chart, const WebGeometry& geometry, const std::vector<Box>& keep_clear,
                             const Box& frame, double text_scale) {
  WebNumbers numbers;
  const auto placed = place_web_markers(chart, geometry, text_scale);
  const auto lines = line_segments(chart, geometry);
  numbers.scale = place_scale(chart, geometry, marker_points(placed), lines, text_scale);
  const auto current =
      std::count_if(chart.series.begin(), chart.series.end(), [](const auto& s) { return !s.previous; });
  if (current != 1) return numbers;
  std::vector<Box> taken = keep_clear;
  for (const auto& number : numbers.scale) taken.push_back(number.box);
  const auto shown = std::find_if(chart.series.begin(), chart.series.end(), [](const auto& s) { return !s.previous; });
  numbers.values = place_values(chart, static_cast<std::size_t>(shown - chart.series.begin()), geometry, placed, lines,
                                std::move(taken), frame, text_scale);
  return numbers;
}

}  // namespace coprod::render
