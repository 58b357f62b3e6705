#pragma once
// How each series of the co-production web is told apart: a colour (the
// Okabe-Ito colour-blind-safe palette, then black, a dark gold, wine and
// purple in place of its light yellow and blues, so every line shows on
// white), a line pattern and a marker shape, so eight series still read in
// greyscale and for colour-blind readers. Earlier periods are grey outlines
// told apart by their own patterns and hollow markers, each a shape with an
// inside (no cross or plus), so that its white inside shows it is hollow.
// Shared by the SVG and the terminal chart.

#include <array>
#include <string_view>

namespace coprod::render {

struct SeriesStyle {
  std::string_view colour;  // SVG colour
  std::string_view dash;    // SVG stroke-dasharray ("" for solid)
  std::string_view marker;  // "circle", "square", "triangle", "diamond", "triangle-down", "cross", "plus", "hexagon"
  std::string_view marker_name;  // for the legend's words: "circles"
  const char* terminal_colour;   // ANSI escape
  char terminal_marker;          // vertex marker in the terminal chart
};

inline constexpr std::array<SeriesStyle, 8> k_series_styles = {{
    {"#0072B2", "", "circle", "circles", "\x1b[34m", 'A'},
    {"#D55E00", "9 5", "square", "squares", "\x1b[31m", 'B'},
    {"#009E73", "2 4", "triangle", "triangles", "\x1b[32m", 'C'},
    {"#CC79A7", "12 4 3 4", "diamond", "diamonds", "\x1b[35m", 'D'},
    {"#1A1A1A", "6 3", "triangle-down", "downward triangles", "\x1b[33m", 'E'},
    {"#946200", "1 3", "cross", "crosses", "\x1b[36m", 'F'},
    {"#882255", "14 3 3 3 3 3", "plus", "plus signs", "\x1b[94m", 'G'},
    {"#6A3D9A", "5 2 1 2", "hexagon", "hexagons", "\x1b[95m", 'H'},
}};

inline const SeriesStyle& series_style(std::size_t index) { return k_series_styles[index % k_series_styles.size()]; }

// Earlier periods: grey, thinner, each with its own pattern and hollow marker
// ("circle", "square", "triangle", "diamond", "triangle-down", "hexagon",
// "triangle-right", "triangle-left").
struct PreviousStyle {
  std::string_view dash;
  std::string_view marker;
};

inline constexpr std::string_view k_previous_colour = "#767676";

// The score rings and axes: 3:1 against white (WCAG 2.2 1.4.11, graphics
// needed to read a value), so they hold on a washed-out projector, yet lighter
// and thinner (1 px) than any input's line (2.5 px) or an earlier period's
// (#767676, 2 px). The numbers up the first axis are darker still.
inline constexpr std::string_view k_grid_colour = "#949494";
inline constexpr std::string_view k_scale_colour = "#333333";
inline constexpr std::array<PreviousStyle, 8> k_previous_styles = {{
    {"3 4", "circle"},
    {"10 4", "square"},
    {"1 3", "triangle"},
    {"10 3 2 3", "diamond"},
    {"6 2 2 2 2 2", "triangle-down"},
    {"16 4", "hexagon"},
    {"2 2", "triangle-right"},
    {"4 4 12 4", "triangle-left"},
}};

inline const PreviousStyle& previous_style(std::size_t index) {
  return k_previous_styles[index % k_previous_styles.size()];
}

// Line widths in the SVG: an input's, an earlier period's, and where lines
// share a stretch (render/web_shared_lines.hpp) the white gap between a line
// and the rails of the one beneath it. Each series beneath is a rail and a
// gap wider on each side than the one above it.
inline constexpr double k_line_width = 2.5;
inline constexpr double k_previous_line_width = 2;
inline constexpr double k_shared_gap = 1.5;
inline constexpr double k_shared_step = 2 * (k_line_width + k_shared_gap);

}  // namespace coprod::render
