#pragma once

#include <string>

#include "render/web_chart.hpp"

namespace coprod::render {

struct WebTerminalOptions {
  std::size_t width = 80;
  bool braille = true;  // Unicode braille; plain ASCII otherwise
  bool colour = false;
};

// The co-production web drawn in the terminal, the same shape as the SVG,
// with a key and the values table beneath, then the abbreviations spelled
// out (WebChart::abbreviations).
std::string render_web_terminal(const WebChart& chart, const WebTerminalOptions& options);

}  // namespace coprod::render
