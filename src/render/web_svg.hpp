#pragma once

#include <string>

#include "render/web_chart.hpp"

namespace coprod::render {

// A self-contained, accessible SVG of the co-production web: no scripts, no
// external fonts or images, the values in words in <desc>, byte-identical for
// the same input.
std::string render_web_svg(const WebChart& chart);

}  // namespace coprod::render
