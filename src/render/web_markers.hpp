#pragma once
// Where the markers of the co-production web go. A marker's distance along
// its axis is its score exactly, as the corner of its shape is. Where the
// markers of several inputs (earlier periods among them) would cover each
// other on one axis (the same score, or scores less than a marker apart),
// they sit side by side across the axis, centred on it, in the legend's order
// (left to right, or top to bottom across an axis that runs sideways); near
// the centre, where the axes close in, a little closer together. The scores
// of 0 are all one point, the centre: each input has one marker there, and
// several go round the centre in the legend's order, starting on the left.

#include <optional>
#include <vector>

#include "render/web_chart.hpp"
#include "render/web_geometry.hpp"

namespace coprod::render {

// [series][axis]: where the series' marker for that section goes; none for a
// section not scored, or for a second score of 0 (its marker at the centre
// is already drawn).
using WebMarkerPoints = std::vector<std::vector<std::optional<Point>>>;

inline constexpr double k_marker_step = 12;  // between markers side by side: the widest marker

// `scale`: the markers that many times their size (WebLayout::text_scale), and as far apart.
WebMarkerPoints place_web_markers(const WebChart& chart, const WebGeometry& geometry, double scale = 1);

}  // namespace coprod::render
