#include "render/svg_shapes.hpp"

#include <cmath>
#include <numbers>
#include <vector>

#include <fmt/format.h>

#include "util/text.hpp"

namespace coprod::render {

namespace {

std::string polygon_points(const std::vector<Point>& points) {
  std::vector<std::string> parts;
  for (const Point& p : points) parts.push_back(svg_number(p.x) + "," + svg_number(p.y));
  return util::join(parts, " ");
}

std::vector<Point> shape_points(std::string_view shape, Point p) {
  if (shape == "triangle") return {{p.x, p.y - 6}, {p.x + 5.5, p.y + 4}, {p.x - 5.5, p.y + 4}};
  if (shape == "triangle-down") return {{p.x, p.y + 6}, {p.x + 5.5, p.y - 4}, {p.x - 5.5, p.y - 4}};
  if (shape == "triangle-right") return {{p.x + 6, p.y}, {p.x - 4, p.y + 5.5}, {p.x - 4, p.y - 5.5}};
  if (shape == "triangle-left") return {{p.x - 6, p.y}, {p.x + 4, p.y - 5.5}, {p.x + 4, p.y + 5.5}};
  if (shape == "diamond") return {{p.x, p.y - 6}, {p.x + 6, p.y}, {p.x, p.y + 6}, {p.x - 6, p.y}};
  std::vector<Point> hexagon;
  for (int i = 0; i < 6; ++i) {
    const double angle = std::numbers::pi / 3 * i;
    hexagon.push_back({p.x + 5.5 * std::cos(angle), p.y + 5.5 * std::sin(angle)});
  }
  return hexagon;
}

std::string paint(std::string_view colour, bool hollow) {
  return hollow ? fmt::format(R"(fill="#ffffff" stroke="{}" stroke-width="1.5" stroke-dasharray="none")", colour)
                : fmt::format(R"(fill="{}")", colour);
}

}  // namespace

std::string svg_number(double value) {
  std::string text = fmt::format("{:.1f}", value);
  return text == "-0.0" ? "0.0" : text;
}

std::string svg_marker(std::string_view shape, Point p, std::string_view colour, bool hollow) {
  const auto n = svg_number;
  if (shape == "square") {
    return fmt::format(R"(<rect x="{}" y="{}" width="9" height="9" {}/>)", n(p.x - 4.5), n(p.y - 4.5),
                       paint(colour, hollow));
  }
  if (shape == "cross" || shape == "plus") {
    const double r = 5;
    const bool plus = shape == "plus";
    const std::string d =
        plus ? fmt::format("M{} {}H{}M{} {}V{}", n(p.x - r), n(p.y), n(p.x + r), n(p.x), n(p.y - r), n(p.y + r))
             : fmt::format("M{} {}L{} {}M{} {}L{} {}", n(p.x - r), n(p.y - r), n(p.x + r), n(p.y + r), n(p.x - r),
                           n(p.y + r), n(p.x + r), n(p.y - r));
    return fmt::format(R"(<path d="{}" fill="none" stroke="{}" stroke-width="{}" stroke-dasharray="none"/>)", d, colour,
                       hollow ? "1.5" : "3");
  }
  if (shape == "circle") {
    return fmt::format(R"(<circle cx="{}" cy="{}" r="5" {}/>)", n(p.x), n(p.y), paint(colour, hollow));
  }
  return fmt::format(R"(<polygon points="{}" {}/>)", polygon_points(shape_points(shape, p)), paint(colour, hollow));
}

std::string svg_scaled_marker(std::string_view shape, Point p, std::string_view colour, bool hollow, double scale) {
  if (scale == 1) return svg_marker(shape, p, colour, hollow);
  return fmt::format(R"svg(<g transform="translate({} {}) scale({:g})">{}</g>)svg", svg_number(p.x), svg_number(p.y),
                     scale, svg_marker(shape, {0, 0}, colour, hollow));
}

}  // namespace coprod::render
