#pragma once
// Small pieces of SVG shared by the charts.

#include <string>
#include <string_view>

#include "render/web_geometry.hpp"

namespace coprod::render {

// A coordinate with one decimal place, never "-0.0", so files stay byte-identical.
std::string svg_number(double value);

// A filled marker ("circle", "square", "triangle" or "diamond") centred on p.
std::string svg_marker(std::string_view shape, Point p, std::string_view colour);

}  // namespace coprod::render
