#include "render/web_svg.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "render/svg_shapes.hpp"
#include "render/web_geometry.hpp"
#include "render/web_label_scores.hpp"
#include "render/web_layout.hpp"
#include "render/web_markers.hpp"
#include "render/web_numbers.hpp"
#include "render/web_shared_lines.hpp"
#include "render/web_style.hpp"
#include "util/escape.hpp"
#include "util/text.hpp"

namespace coprod::render {

namespace {

using util::xml_text;

std::string num(double value) { return svg_number(value); }

// A line's width: "2.5", "2".
std::string width_text(double value) { return fmt::format("{:g}", value); }

std::string points_attribute(const WebGeometry& geometry, const std::vector<int>& axes,
                             const std::vector<std::optional<double>>& values) {
  std::vector<std::string> points;
  for (const int axis : axes) {
    const Point p = geometry.point(axis, *values[static_cast<std::size_t>(axis)]);
    points.push_back(num(p.x) + "," + num(p.y));
  }
  return util::join(points, " ");
}

std::string dash_attribute(std::string_view dash) {
  return dash.empty() ? "" : fmt::format(" stroke-dasharray=\"{}\"", dash);
}

// One <text> with a <tspan> a line.
std::string text_element(const TextBlock& block, std::string_view attributes = "") {
  std::string out = fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"{}\"{}>", num(block.x),
                                num(block.first_baseline), block.anchor, attributes);
  for (std::size_t i = 0; i < block.lines.size(); ++i) {
    out += fmt::format("<tspan x=\"{}\" dy=\"{}\">{}</tspan>", num(block.x), i == 0 ? "0" : num(block.line_height),
                       xml_text(block.lines[i]));
  }
  return out + "</text>\n";
}

// How one series' line is drawn.
struct LineLook {
  std::string_view colour;
  std::string_view dash;
  double width = 0;
};

// `scale`: the widths that many times their own (WebLayout::text_scale).
std::vector<LineLook> line_looks(const WebChart& chart, double scale) {
  std::vector<LineLook> looks;
  std::size_t current = 0;
  std::size_t previous = 0;
  for (const auto& series : chart.series) {
    if (series.previous)
      looks.push_back({k_previous_colour, previous_style(previous++).dash, k_previous_line_width * scale});
    else looks.push_back({series_style(current).colour, series_style(current++).dash, k_line_width * scale});
  }
  return looks;
}

// A line shared by `above` later ones, drawn beneath them: wider by a rail and
// a gap on each side for each, then its middle cleared to white, leaving a
// rail of its own colour and pattern on each side of theirs; all `scale` times as wide.
std::string rails(std::string_view element, const std::string& points, const LineLook& look, int above, double scale) {
  const double width = (k_line_width + k_shared_step * above) * scale;
  return fmt::format(
      "<{0} points=\"{1}\" stroke=\"{2}\" stroke-width=\"{3}\"{4}/>\n"
      "<{0} points=\"{1}\" stroke=\"#ffffff\" stroke-width=\"{5}\"/>\n",
      element, points, look.colour, width_text(width), dash_attribute(look.dash), width_text(width - 2 * look.width));
}

class SvgWriter {
 public:
  SvgWriter(const WebChart& chart, const WebProportions& proportions)
      : m_chart(chart),
        m_proportions(proportions),
        m_layout(lay_out_web(chart, proportions)),
        m_geometry(m_layout.centre, m_layout.radius, m_layout.radius, static_cast<int>(chart.axis_labels.size()),
                   chart.max_score),
        m_markers(place_web_markers(chart, m_geometry, m_layout.text_scale)),
        m_looks(line_looks(chart, m_layout.text_scale)),
        m_shared(find_shared_lines(chart)),
        m_numbers(
            place_web_numbers(chart, m_geometry, m_layout.axis_label_boxes, m_layout.plot_area, m_layout.text_scale)) {}

  std::string render() {
    open();
    grid();
    axis_labels();
    // Markers over the scale's backdrops, so a backdrop only ever hides lines;
    // the numbers over everything.
    each_series([this](const WebSeries& series, std::size_t style) {
      if (series.previous) previous_shape(series, style);
      else current_shape(series, style);
    });
    scale_backdrops();
    each_series([this](const WebSeries& series, std::size_t style) { markers(series, style); });
    if (!m_numbers.values.empty()) value_labels();
    scale_numbers();
    if (m_proportions.legend) legend();
    if (!m_layout.section_key.empty()) section_key();
    if (m_layout.abbreviations) foot_note("abbreviations", *m_layout.abbreviations);
    if (m_layout.period_months) foot_note("period-months", *m_layout.period_months);
    m_out += "</svg>\n";
    return std::move(m_out);
  }

 private:
  // Named by its title and described by the scores, once each: as its name as well, a screen reader would
  // read the whole list of scores twice.
  void open() {
    m_out += R"(<?xml version="1.0" encoding="UTF-8"?>)"
             "\n";
    m_out += fmt::format(R"(<svg xmlns="http://www.w3.org/2000/svg" width="{0}" height="{1}" viewBox="0 0 {0} {1}"{2} )"
                         R"(role="img" aria-labelledby="web-title" aria-describedby="web-desc" )"
                         R"(font-family="DejaVu Sans, Verdana, Arial, Helvetica, sans-serif">)"
                         "\n",
                         num(m_layout.width), num(m_layout.height), fit_window_style());
    m_out += fmt::format("<title id=\"web-title\">{}</title>\n", xml_text(m_chart.title));
    std::vector<std::string> described;
    for (const auto& series : m_chart.series) described.push_back(describe_series(m_chart, series));
    if (!m_chart.abbreviations.empty()) described.push_back(m_chart.abbreviations + ".");
    if (!m_chart.period_months.empty()) described.push_back(m_chart.period_months + ".");
    m_out +=
        fmt::format("<desc id=\"web-desc\">A spider diagram of {} sections, each scored from 0 to {:g}. {}</desc>\n",
                    m_chart.axis_labels.size(), m_chart.max_score, xml_text(util::join(described, " ")));
    m_out += "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n";
    if (!m_proportions.heading) return;
    m_out += text_element(
        m_layout.title, fmt::format(R"( id="web-heading" font-size="{}" font-weight="bold" fill="#1a1a1a")", size(24)));
    m_out +=
        text_element(m_layout.subtitle, fmt::format(R"( id="web-subtitle" font-size="{}" fill="#444444")", size(14)));
  }

  // A font size: `base` in the default picture, larger in a large one ("14", "21").
  std::string size(double base) const { return fmt::format("{:g}", base * m_layout.text_scale); }
  // A line's width, as its words: `base` in the default picture, wider in a large one ("2.5", "3.75").
  std::string stroke(double base) const { return width_text(base * m_layout.text_scale); }
  double scaled(double base) const { return base * m_layout.text_scale; }

  void foot_note(std::string_view id, const TextBlock& block) {
    m_out +=
        fmt::format("<g id=\"{}\" font-size=\"{}\" fill=\"#1a1a1a\">\n", id, size(13)) + text_element(block) + "</g>\n";
  }

  // In a browser window smaller than the picture, the whole picture scaled down to fit it (the viewBox keeps
  // its proportions): a browser sizes a picture opened on its own as its root's style says.
  // Or, for a projector, the picture grown to fill the window too, its proportions kept.
  std::string_view fit_window_style() const {
    if (m_proportions.fill_window) return R"( style="display: block; width: 100vw; height: 100vh")";
    return m_proportions.fit_window ? R"( style="max-width: 100%; max-height: 100vh; height: auto")" : "";
  }

  void grid() {
    m_out += fmt::format("<g id=\"grid\" fill=\"none\" stroke=\"{}\" stroke-width=\"{}\">\n", k_grid_colour, stroke(1));
    std::vector<int> all_axes;
    for (int axis = 0; axis < m_geometry.axis_count(); ++axis) all_axes.push_back(axis);
    for (int ring = 1; ring <= static_cast<int>(m_chart.max_score); ++ring) {
      std::vector<std::optional<double>> level(all_axes.size(), static_cast<double>(ring));
      const char* id = ring == static_cast<int>(m_chart.max_score) ? " id=\"outer-ring\"" : "";
      m_out += fmt::format("<polygon{} points=\"{}\"/>\n", id, points_attribute(m_geometry, all_axes, level));
    }
    for (const int axis : all_axes) {
      const Point end = m_geometry.axis_end(axis);
      m_out += fmt::format("<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\"/>\n", num(m_layout.centre.x),
                           num(m_layout.centre.y), num(end.x), num(end.y));
    }
    m_out += "</g>\n";
  }

  // Each series with its place among the earlier periods or among the inputs, which picks its style.
  template <typename Draw>
  void each_series(Draw draw) {
    std::size_t current = 0;
    std::size_t previous = 0;
    for (const auto& series : m_chart.series) draw(series, series.previous ? previous++ : current++);
  }

  // Behind each number up the first axis (placed on the side clearer of the
  // shapes), a white backdrop, so the lines that cross it do not hide it.
  void scale_backdrops() {
    m_out += "<g id=\"scale-backdrops\" fill=\"#ffffff\" fill-opacity=\"0.85\">\n";
    for (const auto& number : m_numbers.scale) {
      const Box& b = number.box;
      m_out += fmt::format("<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" rx=\"3\"/>\n", num(b.left), num(b.top),
                           num(b.right - b.left), num(b.bottom - b.top));
    }
    m_out += "</g>\n";
  }

  // The numbers themselves, painted last with a white halo, so no line or marker hides them.
  void scale_numbers() {
    m_out += fmt::format(
        "<g id=\"scale\" font-size=\"{}\" fill=\"{}\" stroke=\"#ffffff\" stroke-width=\"{}\" "
        "stroke-linejoin=\"round\" paint-order=\"stroke\">\n",
        size(k_scale_font.size), k_scale_colour, stroke(3));
    for (const auto& number : m_numbers.scale) {
      m_out += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"{}\">{}</text>\n", num(number.at.x), num(number.at.y),
                           number.anchor, number.text);
    }
    m_out += "</g>\n";
  }

  void axis_labels() {
    m_out += fmt::format("<g id=\"axis-labels\" font-size=\"{}\" fill=\"#1a1a1a\">\n", size(14));
    for (std::size_t axis = 0; axis < m_layout.axis_labels.size(); ++axis) {
      m_out += text_element(m_layout.axis_labels[axis]);
    }
    m_out += "</g>\n";
    m_out += svg_label_scores(m_layout.label_scores, m_layout.text_scale);
  }

  void previous_shape(const WebSeries& series, std::size_t index) {
    const PreviousStyle& style = previous_style(index);
    m_out += fmt::format("<g class=\"previous\">\n<g fill=\"none\" stroke=\"{}\" stroke-width=\"{}\"{}>\n",
                         k_previous_colour, stroke(k_previous_line_width), dash_attribute(style.dash));
    shape_lines(series);
    m_out += "</g>\n";
    shared_rails(series);
    m_out += "</g>\n";
  }

  // A lone input's shape is tinted with its colour. Two or more are outlines
  // only: their tints would mix where they overlap into a colour (a grey) no
  // series has, which reads as one more series, or as an earlier period's grey.
  bool filled() const {
    return std::count_if(m_chart.series.begin(), m_chart.series.end(), [](const auto& s) { return !s.previous; }) == 1;
  }

  void current_shape(const WebSeries& series, std::size_t index) {
    const SeriesStyle& style = series_style(index);
    m_out += "<g class=\"series\">\n";
    ranges(series, style);
    const WebShape shape = web_shape(series.values);
    if (shape.closed && filled()) {
      m_out += fmt::format("<polygon points=\"{}\" fill=\"{}\" fill-opacity=\"0.12\" stroke=\"none\"/>\n",
                           points_attribute(m_geometry, shape.runs.front(), series.values), style.colour);
    }
    m_out += fmt::format("<g fill=\"none\" stroke=\"{}\" stroke-width=\"{}\" stroke-linejoin=\"round\"{}>\n",
                         style.colour, stroke(k_line_width), dash_attribute(style.dash));
    shape_lines(series);
    m_out += "</g>\n";
    shared_rails(series);
    m_out += "</g>\n";
  }

  // A marker a point, where place_web_markers puts it (beside those it would
  // cover): filled for an input, hollow for an earlier period.
  void markers(const WebSeries& series, std::size_t index) {
    const std::string_view shape = series.previous ? previous_style(index).marker : series_style(index).marker;
    const std::string_view colour = series.previous ? k_previous_colour : series_style(index).colour;
    m_out += series.previous ? "<g class=\"markers previous-markers\">\n" : "<g class=\"markers\">\n";
    for (const auto& at : m_markers[static_cast<std::size_t>(&series - m_chart.series.data())]) {
      if (at) m_out += svg_scaled_marker(shape, *at, colour, series.previous, m_layout.text_scale) + "\n";
    }
    m_out += "</g>\n";
  }

  void shape_lines(const WebSeries& series) {
    const WebShape shape = web_shape(series.values);
    for (const auto& run : shape.runs) {
      const char* element = shape.closed ? "polygon" : "polyline";
      m_out += fmt::format("<{} points=\"{}\"/>\n", element, points_attribute(m_geometry, run, series.values));
    }
  }

  // Where later series share stretches of this one's line, this one as rails either side of them.
  void shared_rails(const WebSeries& series) {
    const auto index = static_cast<std::size_t>(&series - m_chart.series.data());
    const auto stretches = shared_stretches(m_shared[index]);
    if (stretches.empty()) return;
    m_out += "<g class=\"shared\" fill=\"none\" stroke-linejoin=\"round\">\n";
    for (const auto& stretch : stretches) {
      m_out += rails(stretch.closed ? "polygon" : "polyline", points_attribute(m_geometry, stretch.axes, series.values),
                     m_looks[index], stretch.above, m_layout.text_scale);
    }
    m_out += "</g>\n";
  }

  void ranges(const WebSeries& series, const SeriesStyle& style) {
    for (std::size_t axis = 0; axis < series.ranges.size(); ++axis) {
      if (!series.ranges[axis]) continue;
      const Point low = m_geometry.point(static_cast<int>(axis), series.ranges[axis]->first);
      const Point high = m_geometry.point(static_cast<int>(axis), series.ranges[axis]->second);
      m_out += fmt::format(
          "<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"{}\" stroke-width=\"{}\" "
          "stroke-opacity=\"0.3\" stroke-linecap=\"round\"/>\n",
          num(low.x), num(low.y), num(high.x), num(high.y), style.colour, stroke(8));
    }
  }

  // Each value beside its point, with a white halo so the lines it crosses do not hide it.
  void value_labels() {
    m_out += fmt::format(
        "<g class=\"values\" font-size=\"{}\" font-weight=\"bold\" fill=\"#1a1a1a\" stroke=\"#ffffff\" "
        "stroke-width=\"{}\" stroke-linejoin=\"round\" paint-order=\"stroke\">\n",
        size(13), stroke(3));
    for (const auto& value : m_numbers.values) {
      m_out += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"middle\">{}</text>\n", num(value.at.x),
                           num(value.at.y), value.text);
    }
    m_out += "</g>\n";
  }

  void legend() {
    m_out += fmt::format("<g id=\"legend\" font-size=\"{}\" fill=\"#1a1a1a\">\n", size(14));
    std::size_t current = 0;
    std::size_t previous = 0;
    const double x = m_layout.legend_left;
    const double swatch = scaled(k_swatch_width);
    for (const auto& entry : m_layout.legend) {
      const WebSeries& series = m_chart.series[entry.series];
      const double y = entry.swatch_y;
      if (series.previous) {
        const PreviousStyle& style = previous_style(previous++);
        m_out +=
            fmt::format("<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"{}\" stroke-width=\"{}\"{}/>\n", num(x),
                        num(y), num(x + swatch), num(y), k_previous_colour, stroke(2), dash_attribute(style.dash));
        m_out +=
            svg_scaled_marker(style.marker, {x + swatch / 2, y}, k_previous_colour, true, m_layout.text_scale) + "\n";
      } else {
        const SeriesStyle& style = series_style(current++);
        m_out +=
            fmt::format("<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"{}\" stroke-width=\"{}\"{}/>\n", num(x),
                        num(y), num(x + swatch), num(y), style.colour, stroke(2.5), dash_attribute(style.dash));
        m_out += svg_scaled_marker(style.marker, {x + swatch / 2, y}, style.colour, false, m_layout.text_scale) + "\n";
      }
      m_out += text_element(entry.text);
    }
    if (m_layout.shared_lines_note) shared_lines_sample(*m_layout.shared_lines_note);
    m_out += "</g>\n";
  }

  // Two series that share a stretch of line, drawn as they are on the web.
  void shared_lines_sample(const SharedLinesNote& note) {
    const double x = m_layout.legend_left;
    const double y = note.swatch_y;
    const std::string ends = fmt::format("x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\"", num(x + scaled(3)), num(y),
                                         num(x + scaled(k_swatch_width - 3)), num(y));
    const LineLook& beneath = m_looks[note.pair.beneath];
    const LineLook& above = m_looks[note.pair.above];
    const double width = scaled(k_line_width + k_shared_step);
    m_out += fmt::format("<line {} stroke=\"{}\" stroke-width=\"{}\"{}/>\n", ends, beneath.colour, width_text(width),
                         dash_attribute(beneath.dash));
    m_out +=
        fmt::format("<line {} stroke=\"#ffffff\" stroke-width=\"{}\"/>\n", ends, width_text(width - 2 * beneath.width));
    m_out += fmt::format("<line {} stroke=\"{}\" stroke-width=\"{}\"{}/>\n", ends, above.colour,
                         width_text(above.width), dash_attribute(above.dash));
    m_out += text_element(note.text);
  }

  void section_key() {
    m_out += fmt::format("<g id=\"sections\" font-size=\"{}\" fill=\"#1a1a1a\">\n", size(13));
    for (std::size_t axis = 0; axis < m_layout.section_key.size(); ++axis) {
      m_out += text_element(m_layout.section_key[axis]);
    }
    m_out += "</g>\n";
  }

  const WebChart& m_chart;
  WebProportions m_proportions;
  WebLayout m_layout;
  WebGeometry m_geometry;
  WebMarkerPoints m_markers;
  std::vector<LineLook> m_looks;
  WebSharedLines m_shared;
  WebNumbers m_numbers;
  std::string m_out;
};

}  // namespace

std::string render_web_svg(const WebChart& chart, const WebProportions& proportions) {
  return SvgWriter(chart, proportions).render();
}

}  // namespace coprod::render
