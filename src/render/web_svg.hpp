#pragma once

#include <string>

#include "render/web_chart.hpp"
#include "render/web_layout.hpp"

namespace coprod::render {

// A self-contained, accessible SVG of the co-production web: no scripts, no
// external fonts or images, the values in words in <desc>, byte-identical for
// the same input.
// `proportions`: page 1 of the evidence pack draws it smaller, without its heading.
std::string render_web_svg(const WebChart& chart, const WebProportions& proportions = {});

}  // namespace coprod::render
