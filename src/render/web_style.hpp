#pragma once
// How each series of the co-production web is told apart: a colour, a line
// pattern and a marker shape, so eight series still read in greyscale and for
// colour-blind readers. The colours are dark ones of distinct hues (blue, red,
// green, purple, brown, teal, black, grey), the same in the pack's web and the
// workbook's chart (cli/xlsx_writer.cpp takes them from here), so a
// perspective keeps its colour on screen, on paper and in Excel. Dark, as a
// black-and-white printer prints a colour as a dotted grey: each is at most 30%
// as light as white in greyscale (luma, ITU-R BT.601), where Okabe and Ito's
// blue and vermillion, used before, were 34% and 47%, and each has a contrast
// of 6:1 or more against white. Earlier periods are grey outlines
// told apart by their own patterns and hollow markers, each a shape with an
// inside (no cross or plus), so that its white inside shows it is hollow.
// Shared by the SVG and the terminal chart.

#include <array>
#include <string_view>

namespace coprod::render {

struct SeriesStyle {
  std::string_view colour;  // "#005A9C": the SVG's colour and the workbook chart's
  std::string_view dash;    // SVG stroke-dasharray ("" for solid)
  std::string_view marker;  // "circle", "square", "triangle", "diamond", "triangle-down", "cross", "plus", "hexagon"
  std::string_view marker_name;  // for the legend's words: "circles"
  const char* terminal_colour;   // ANSI escape
  char terminal_marker;          // vertex marker in the terminal chart
};

inline constexpr std::array<SeriesStyle, 8> k_series_styles = {{
    {"#005A9C", "", "circle", "circles", "\x1b[34m", 'A'},
    {"#B22200", "9 5", "square", "squares", "\x1b[31m", 'B'},
    {"#00704A", "2 4", "triangle", "triangles", "\x1b[32m", 'C'},
    {"#6E2680", "12 4 3 4", "diamond", "diamonds", "\x1b[35m", 'D'},
    {"#6B4500", "6 3", "triangle-down", "downward triangles", "\x1b[33m", 'E'},
    {"#006B75", "1 3", "cross", "crosses", "\x1b[36m", 'F'},
    {"#000000", "14 3 3 3 3 3", "plus", "plus signs", "\x1b[94m", 'G'},
    {"#474747", "5 2 1 2", "hexagon", "hexagons", "\x1b[95m", 'H'},
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
