#pragma once
// The geometry of the co-production web (a radar or spider chart): one axis
// per section in the guide's order, starting at the top and going clockwise,
// with a score's distance from the centre proportional to the score. Shared
// by the SVG and terminal renderers so both draw the same shape.

#include <optional>
#include <vector>

namespace coprod::render {

struct Point {
  double x = 0;
  double y = 0;
};

class WebGeometry {
 public:
  WebGeometry(Point centre, double radius_x, double radius_y, int axis_count, double max_score);

  // Angle of an axis in radians: -pi/2 (straight up) for the first, then clockwise.
  double axis_angle(int axis) const;
  Point point(int axis, double score) const;
  Point axis_end(int axis) const { return point(axis, m_max_score); }
  int axis_count() const { return m_axis_count; }

 private:
  Point m_centre;
  double m_radius_x;
  double m_radius_y;
  int m_axis_count;
  double m_max_score;
};

// How one input's values become a shape. With every axis scored, one closed
// polygon. Otherwise each unscored axis is a gap: the shape breaks into runs
// of consecutive scored axes (wrapping round from the last axis to the
// first), drawn as open lines, never pulled in to zero.
struct WebShape {
  bool closed = false;
  std::vector<std::vector<int>> runs;  // axis indices, in drawing order
};

WebShape web_shape(const std::vector<std::optional<double>>& values);

}  // namespace coprod::render
