#pragma once
// Small pieces of SVG shared by the charts.

#include <string>
#include <string_view>

#include "render/web_geometry.hpp"

namespace coprod::render {

// A coordinate with one decimal place, never "-0.0", so files stay byte-identical.
std::string svg_number(double value);

// A marker ("circle", "square", "triangle", "diamond", "triangle-down",
// "triangle-right", "triangle-left", "cross", "plus" or "hexagon") centred on
// p: filled, or hollow (a white inside with a coloured edge; a thinner cross
// or plus).
std::string svg_marker(std::string_view shape, Point p, std::string_view colour, bool hollow = false);

// The same marker `scale` times its size (a large picture's, WebProportions::text_scale); at 1, svg_marker's own.
std::string svg_scaled_marker(std::string_view shape, Point p, std::string_view colour, bool hollow, double scale);

}  // namespace coprod::render
