#include "render/web_geometry.hpp"

#include <cmath>
#include <numbers>

namespace coprod::render {

WebGeometry::WebGeometry(Point centre, double radius_x, double radius_y, int axis_count, double max_score)
    : m_centre(centre), m_radius_x(radius_x), m_radius_y(radius_y), m_axis_count(axis_count), m_max_score(max_score) {}

double WebGeometry::axis_angle(int axis) const {
  return -std::numbers::pi / 2 + 2 * std::numbers::pi * axis / m_axis_count;
}

Point WebGeometry::point(int axis, double score) const {
  const double fraction = score / m_max_score;
  const double angle = axis_angle(axis);
  return {m_centre.x + m_radius_x * fraction * std::cos(angle), m_centre.y + m_radius_y * fraction * std::sin(angle)};
}

WebShape web_shape(const std::vector<std::optional<double>>& values) {
  WebShape shape;
  const int count = static_cast<int>(values.size());
  int first_gap = -1;
  for (int i = 0; i < count; ++i) {
    if (!values[static_cast<std::size_t>(i)]) {
      first_gap = i;
      break;
    }
  }
  if (first_gap < 0) {
    shape.closed = count > 0;
    shape.runs.emplace_back();
    for (int i = 0; i < count; ++i) shape.runs.back().push_back(i);
    return shape;
  }
  // Walk once round the circle starting just after a gap, so a run that
  // wraps past the last axis stays in one piece.
  std::vector<int> run;
  for (int step = 1; step <= count; ++step) {
    const int axis = (first_gap + step) % count;
    if (values[static_cast<std::size_t>(axis)]) {
      run.push_back(axis);
    } else if (!run.empty()) {
      shape.runs.push_back(run);
      run.clear();
    }
  }
  if (!run.empty()) shape.runs.push_back(run);
  return shape;
}

}  // namespace coprod::render
