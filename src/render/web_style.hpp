#pragma once
// How each series of the co-production web is told apart: a colour from the
// Okabe-Ito colour-blind-safe palette, and a line pattern and marker, so the
// chart still reads in greyscale. Shared by the SVG and the terminal chart.

#include <array>
#include <string_view>

namespace coprod::render {

struct SeriesStyle {
  std::string_view colour;      // SVG colour
  std::string_view dash;        // SVG stroke-dasharray ("" for solid)
  std::string_view marker;      // "circle", "square", "triangle", "diamond"
  std::string_view marker_name; // for the legend's words: "circles"
  const char* terminal_colour;  // ANSI escape
  char terminal_marker;         // vertex marker in the terminal chart
};

inline constexpr std::array<SeriesStyle, 4> k_series_styles = {{
    {"#0072B2", "", "circle", "circles", "\x1b[34m", 'A'},
    {"#D55E00", "9 5", "square", "squares", "\x1b[31m", 'B'},
    {"#009E73", "2 4", "triangle", "triangles", "\x1b[32m", 'C'},
    {"#CC79A7", "12 4 3 4", "diamond", "diamonds", "\x1b[35m", 'D'},
}};

inline const SeriesStyle& series_style(std::size_t index) { return k_series_styles[index % k_series_styles.size()]; }

}  // namespace coprod::render
