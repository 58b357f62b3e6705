#include "render/web_svg.hpp"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "render/web_geometry.hpp"
#include "render/svg_shapes.hpp"
#include "render/web_style.hpp"
#include "util/escape.hpp"
#include "util/text.hpp"

namespace coprod::render {

namespace {

using util::xml_text;

constexpr double k_width = 800;
constexpr double k_radius = 200;
constexpr double k_centre_x = k_width / 2;
constexpr double k_centre_y = 140 + k_radius;
constexpr double k_legend_top = k_centre_y + k_radius + 90;
constexpr double k_legend_line = 26;

std::string num(double value) { return svg_number(value); }

std::string points_attribute(const WebGeometry& geometry, const std::vector<int>& axes,
                             const std::vector<std::optional<double>>& values) {
  std::vector<std::string> points;
  for (const int axis : axes) {
    const Point p = geometry.point(axis, *values[static_cast<std::size_t>(axis)]);
    points.push_back(num(p.x) + "," + num(p.y));
  }
  return util::join(points, " ");
}

std::string marker(std::string_view shape, Point p, std::string_view colour) { return svg_marker(shape, p, colour); }

// Above this many sections, axes are labelled by number and the titles are
// listed under the chart, so long titles cannot overlap.
constexpr std::size_t k_max_titled_axes = 9;
constexpr double k_key_line = 18;

class SvgWriter {
 public:
  explicit SvgWriter(const WebChart& chart)
      : m_chart(chart),
        m_geometry({k_centre_x, k_centre_y}, k_radius, k_radius, static_cast<int>(chart.axis_labels.size()),
                   chart.max_score) {}

  std::string render() {
    open();
    grid();
    axis_labels();
    std::size_t current = 0;
    for (const auto& series : m_chart.series) {
      if (series.previous) previous_series(series);
      else current_series(series, current++);
    }
    legend();
    if (numbered_axes()) section_key();
    m_out += "</svg>\n";
    return std::move(m_out);
  }

 private:
  bool numbered_axes() const { return m_chart.axis_labels.size() > k_max_titled_axes; }
  double key_top() const { return k_legend_top + k_legend_line * static_cast<double>(m_chart.series.size()) + 20; }
  double height() const {
    const double key = numbered_axes() ? k_key_line * static_cast<double>(key_lines().size()) + 20 : 0;
    return key_top() + key + 10;
  }
  std::vector<std::string> key_lines() const {
    std::vector<std::string> lines;
    for (const auto& label : m_chart.axis_labels) {
      const auto wrapped = util::wrap_words(label, 95);
      for (std::size_t i = 0; i < wrapped.size(); ++i) lines.push_back(i == 0 ? wrapped[i] : "    " + wrapped[i]);
    }
    return lines;
  }

  void open() {
    m_out += R"(<?xml version="1.0" encoding="UTF-8"?>)" "\n";
    m_out += fmt::format(R"(<svg xmlns="http://www.w3.org/2000/svg" width="{0}" height="{1}" viewBox="0 0 {0} {1}" )"
                         R"(role="img" aria-labelledby="web-title web-desc" )"
                         R"(font-family="DejaVu Sans, Verdana, Arial, Helvetica, sans-serif">)" "\n",
                         num(k_width), num(height()));
    m_out += fmt::format("<title id=\"web-title\">{}</title>\n", xml_text(m_chart.title));
    std::vector<std::string> described;
    for (const auto& series : m_chart.series) described.push_back(describe_series(m_chart, series));
    m_out += fmt::format("<desc id=\"web-desc\">A spider diagram of {} sections, each scored from 0 to {:g}. {}</desc>\n",
                         m_chart.axis_labels.size(), m_chart.max_score,
                         xml_text(util::join(described, " ")));
    m_out += "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n";
    m_out += fmt::format(R"(<text x="{}" y="40" text-anchor="middle" font-size="24" font-weight="bold" fill="#1a1a1a">{}</text>)" "\n",
                         num(k_centre_x), xml_text(m_chart.title));
    m_out += fmt::format(R"(<text x="{}" y="66" text-anchor="middle" font-size="14" fill="#444444">{}</text>)" "\n",
                         num(k_centre_x), xml_text(m_chart.subtitle));
  }

  void grid() {
    m_out += "<g id=\"grid\" fill=\"none\" stroke=\"#c9c9c9\" stroke-width=\"1\">\n";
    std::vector<int> all_axes;
    for (int axis = 0; axis < m_geometry.axis_count(); ++axis) all_axes.push_back(axis);
    for (int ring = 1; ring <= static_cast<int>(m_chart.max_score); ++ring) {
      std::vector<std::optional<double>> level(all_axes.size(), static_cast<double>(ring));
      m_out += fmt::format("<polygon points=\"{}\"/>\n", points_attribute(m_geometry, all_axes, level));
    }
    for (const int axis : all_axes) {
      const Point end = m_geometry.axis_end(axis);
      m_out += fmt::format("<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\"/>\n", num(k_centre_x), num(k_centre_y),
                           num(end.x), num(end.y));
    }
    m_out += "</g>\n<g id=\"scale\" font-size=\"12\" fill=\"#666666\">\n";
    for (int ring = 0; ring <= static_cast<int>(m_chart.max_score); ++ring) {
      const Point p = m_geometry.point(0, ring);
      m_out += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>\n", num(p.x - 6), num(p.y + 4), ring);
    }
    m_out += "</g>\n";
  }

  void axis_labels() {
    m_out += "<g id=\"axis-labels\" font-size=\"14\" fill=\"#1a1a1a\">\n";
    for (int axis = 0; axis < m_geometry.axis_count(); ++axis) {
      const double angle = m_geometry.axis_angle(axis);
      const double dx = std::cos(angle);
      const double dy = std::sin(angle);
      const Point anchor_point = m_geometry.point(axis, m_chart.max_score * 1.08);
      const char* anchor = dx > 0.3 ? "start" : dx < -0.3 ? "end" : "middle";
      const auto lines = numbered_axes() ? std::vector<std::string>{m_chart.axis_keys[static_cast<std::size_t>(axis)]}
                                         : util::wrap_words(m_chart.axis_labels[static_cast<std::size_t>(axis)], 22);
      const double line_height = 17;
      double y = anchor_point.y + 5;
      if (dy < -0.3) y -= line_height * static_cast<double>(lines.size() - 1);
      else if (std::abs(dy) <= 0.3) y -= line_height * static_cast<double>(lines.size() - 1) / 2;
      else y += 8;
      m_out += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"{}\">", num(anchor_point.x), num(y), anchor);
      for (std::size_t i = 0; i < lines.size(); ++i) {
        m_out += fmt::format("<tspan x=\"{}\" dy=\"{}\">{}</tspan>", num(anchor_point.x), i == 0 ? "0" : num(line_height),
                             xml_text(lines[i]));
      }
      m_out += "</text>\n";
    }
    m_out += "</g>\n";
  }

  void previous_series(const WebSeries& series) {
    m_out += fmt::format("<g class=\"previous\" fill=\"none\" stroke=\"#8c8c8c\" stroke-width=\"2\" "
                         "stroke-dasharray=\"3 4\" aria-label=\"{}\">\n", xml_text("previous: " + series.label));
    shape_lines(series);
    m_out += "</g>\n";
  }

  void current_series(const WebSeries& series, std::size_t index) {
    const SeriesStyle& style = series_style(index);
    m_out += fmt::format("<g class=\"series\" aria-label=\"{}\">\n", xml_text(series.label));
    ranges(series, style);
    const WebShape shape = web_shape(series.values);
    if (shape.closed) {
      m_out += fmt::format("<polygon points=\"{}\" fill=\"{}\" fill-opacity=\"0.12\" stroke=\"none\"/>\n",
                           points_attribute(m_geometry, shape.runs.front(), series.values), style.colour);
    }
    m_out += fmt::format("<g fill=\"none\" stroke=\"{}\" stroke-width=\"2.5\" stroke-linejoin=\"round\"{}>\n",
                         style.colour, style.dash.empty() ? "" : fmt::format(" stroke-dasharray=\"{}\"", style.dash));
    shape_lines(series);
    m_out += "</g>\n";
    for (std::size_t axis = 0; axis < series.values.size(); ++axis) {
      if (!series.values[axis]) continue;
      m_out += marker(style.marker, m_geometry.point(static_cast<int>(axis), *series.values[axis]), style.colour) + "\n";
    }
    if (current_count() == 1) value_labels(series);
    m_out += "</g>\n";
  }

  void shape_lines(const WebSeries& series) {
    const WebShape shape = web_shape(series.values);
    for (const auto& run : shape.runs) {
      const char* element = shape.closed ? "polygon" : "polyline";
      m_out += fmt::format("<{} points=\"{}\"/>\n", element, points_attribute(m_geometry, run, series.values));
    }
  }

  void ranges(const WebSeries& series, const SeriesStyle& style) {
    for (std::size_t axis = 0; axis < series.ranges.size(); ++axis) {
      if (!series.ranges[axis]) continue;
      const Point low = m_geometry.point(static_cast<int>(axis), series.ranges[axis]->first);
      const Point high = m_geometry.point(static_cast<int>(axis), series.ranges[axis]->second);
      m_out += fmt::format("<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"{}\" stroke-width=\"8\" "
                           "stroke-opacity=\"0.3\" stroke-linecap=\"round\"/>\n",
                           num(low.x), num(low.y), num(high.x), num(high.y), style.colour);
    }
  }

  void value_labels(const WebSeries& series) {
    m_out += "<g font-size=\"13\" font-weight=\"bold\" fill=\"#1a1a1a\">\n";
    for (std::size_t axis = 0; axis < series.values.size(); ++axis) {
      if (!series.values[axis]) continue;
      const Point p = m_geometry.point(static_cast<int>(axis), *series.values[axis]);
      const double angle = m_geometry.axis_angle(static_cast<int>(axis));
      m_out += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"middle\">{:.1f}</text>\n",
                           num(p.x + 16 * std::cos(angle + 1.2)), num(p.y + 16 * std::sin(angle + 1.2) + 4),
                           *series.values[axis]);
    }
    m_out += "</g>\n";
  }

  std::size_t current_count() const {
    std::size_t count = 0;
    for (const auto& series : m_chart.series) count += series.previous ? 0 : 1;
    return count;
  }

  void legend() {
    m_out += "<g id=\"legend\" font-size=\"14\" fill=\"#1a1a1a\">\n";
    double y = k_legend_top;
    std::size_t current = 0;
    for (const auto& series : m_chart.series) {
      const double x = 200;
      if (series.previous) {
        m_out += fmt::format("<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"#8c8c8c\" stroke-width=\"2\" "
                             "stroke-dasharray=\"3 4\"/>\n", num(x), num(y), num(x + 44), num(y));
      } else {
        const SeriesStyle& style = series_style(current++);
        m_out += fmt::format("<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"{}\" stroke-width=\"2.5\"{}/>\n",
                             num(x), num(y), num(x + 44), num(y), style.colour,
                             style.dash.empty() ? "" : fmt::format(" stroke-dasharray=\"{}\"", style.dash));
        m_out += marker(style.marker, {x + 22, y}, style.colour) + "\n";
      }
      m_out += fmt::format("<text x=\"{}\" y=\"{}\">{}</text>\n", num(x + 56), num(y + 5), xml_text(legend_text(series)));
      y += k_legend_line;
    }
    m_out += "</g>\n";
  }

  void section_key() {
    m_out += "<g id=\"sections\" font-size=\"13\" fill=\"#1a1a1a\">\n";
    double y = key_top();
    for (const auto& line : key_lines()) {
      const bool continued = line.rfind("    ", 0) == 0;
      m_out += fmt::format("<text x=\"{}\" y=\"{}\">{}</text>\n", continued ? "78" : "60", num(y),
                           xml_text(continued ? line.substr(4) : line));
      y += k_key_line;
    }
    m_out += "</g>\n";
  }

  std::string legend_text(const WebSeries& series) const {
    std::string text = series.previous ? "previous: " + series.label : series.label;
    std::vector<std::string> gaps;
    for (std::size_t axis = 0; axis < series.values.size(); ++axis) {
      if (!series.values[axis]) gaps.push_back(m_chart.axis_labels[axis]);
    }
    if (!gaps.empty()) text += " (not scored: " + util::join(gaps, "; ") + ")";
    const bool has_ranges = std::any_of(series.ranges.begin(), series.ranges.end(), [](const auto& r) { return r.has_value(); });
    if (has_ranges && !series.previous) text += "; bands show the range of individual scores";
    return text;
  }

  const WebChart& m_chart;
  WebGeometry m_geometry;
  std::string m_out;
};

}  // namespace

std::string render_web_svg(const WebChart& chart) { return SvgWriter(chart).render(); }

}  // namespace coprod::render
