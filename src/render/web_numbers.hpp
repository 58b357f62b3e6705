#pragma once
// Where the numbers on the co-production web go: the scale (0 to the top
// score up the first axis) and, for a single input, each section's value
// beside its point. Each scale number goes on the side of the axis where it
// covers no marker and the fewest lines (it has a white backdrop for the
// lines it still crosses); each value goes where it overlaps no marker, scale
// number, section label or other value, if such a place is near its point.
// The points at the centre (every score of 0) are one point, so they share one
// value: on a web of many sections their values would otherwise pile up there.
// Where every place near a point covers something (low scores crowd round the
// centre), its value goes further out, straight along its axis where it can,
// else a little to one side, to the nearest place that covers nothing, so no
// value is ever printed on another, on a scale number or on a section label.
// The browser form's web places its scores by the same rule
// (render/form/form_web_values.js).

#include <string>
#include <vector>

#include "render/web_chart.hpp"
#include "render/web_geometry.hpp"
#include "render/web_layout.hpp"

namespace coprod::render {

struct PlacedNumber {
  std::string text;              // "3", or "2.5" for a value
  Point at;                      // where the text is anchored (its baseline)
  const char* anchor = "start";  // SVG text-anchor
  Box box;                       // the room it takes: the scale's backdrop
};

struct WebNumbers {
  std::vector<PlacedNumber> scale;   // 0 to the top score, up the first axis
  std::vector<PlacedNumber> values;  // with one input (earlier periods aside): its values
};

inline constexpr Font k_scale_font{13, false};
inline constexpr Font k_value_font{13, true};

// `keep_clear`: boxes the values must not cover (the section labels);
// `frame`: the room the values stay in (WebLayout::plot_area);
// `text_scale`: the numbers and the markers they keep clear of that many times their size (WebLayout::text_scale).
WebNumbers place_web_numbers(const WebChart& chart, const WebGeometry& geometry, const std::vector<Box>& keep_clear,
                             const Box& frame, double text_scale = 1);

}  // namespace coprod::render
