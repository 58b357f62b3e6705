#include "render/svg_shapes.hpp"

#include <fmt/format.h>

namespace coprod::render {

std::string svg_number(double value) {
  std::string text = fmt::format("{:.1f}", value);
  return text == "-0.0" ? "0.0" : text;
}

std::string svg_marker(std::string_view shape, Point p, std::string_view colour) {
  const auto n = svg_number;
  if (shape == "square") {
    return fmt::format(R"(<rect x="{}" y="{}" width="9" height="9" fill="{}"/>)", n(p.x - 4.5), n(p.y - 4.5), colour);
  }
  if (shape == "triangle") {
    return fmt::format(R"(<polygon points="{},{} {},{} {},{}" fill="{}"/>)", n(p.x), n(p.y - 6), n(p.x + 5.5), n(p.y + 4),
                       n(p.x - 5.5), n(p.y + 4), colour);
  }
  if (shape == "diamond") {
    return fmt::format(R"(<polygon points="{},{} {},{} {},{} {},{}" fill="{}"/>)", n(p.x), n(p.y - 6), n(p.x + 6), n(p.y),
                       n(p.x), n(p.y + 6), n(p.x - 6), n(p.y), colour);
  }
  return fmt::format(R"(<circle cx="{}" cy="{}" r="5" fill="{}"/>)", n(p.x), n(p.y), colour);
}

}  // namespace coprod::render
