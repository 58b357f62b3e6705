#include <fmt/format.h>

#include "render/history.hpp"
#include "render/svg_shapes.hpp"
#include "util/escape.hpp"
#include "util/text.hpp"

namespace coprod::render {

namespace {

using util::xml_text;

// Okabe-Ito colours (without yellow, too pale on white), with a dash pattern
// and marker each so the lines read in greyscale too.
struct LineStyle {
  const char* colour;
  const char* dash;
  const char* marker;
};
constexpr LineStyle k_lines[] = {
    {"#0072B2", "", "circle"},          {"#D55E00", "9 5", "square"}, {"#009E73", "2 4", "triangle"},
    {"#CC79A7", "12 4 3 4", "diamond"}, {"#56B4E9", "", "square"},    {"#E69F00", "9 5", "triangle"},
    {"#000000", "2 4", "circle"},
};

constexpr double k_left = 70, k_top = 90, k_plot_width = 620, k_plot_height = 300;
constexpr double k_width = 800;

double x_of(std::size_t index, std::size_t count) {
  return count <= 1 ? k_left + k_plot_width / 2
                    : k_left + k_plot_width * static_cast<double>(index) / static_cast<double>(count - 1);
}

double y_of(double score, double max) { return k_top + k_plot_height * (1 - score / max); }

}  // namespace

std::string render_history_svg(const analysis::History& history) {
  const auto& framework = *history.framework;
  const double max = framework.scale.max;
  const std::size_t count = history.points.size();
  const double legend_top = k_top + k_plot_height + 70;
  const double height = legend_top + 24.0 * static_cast<double>(framework.sections.size()) + 20;
  const auto n = svg_number;
  std::string out = R"(<?xml version="1.0" encoding="UTF-8"?>)"
                    "\n";
  out += fmt::format(
      R"(<svg xmlns="http://www.w3.org/2000/svg" width="{0}" height="{1}" viewBox="0 0 {0} {1}" role="img" )"
      R"(aria-labelledby="history-title history-desc" font-family="DejaVu Sans, Verdana, Arial, Helvetica, sans-serif">)"
      "\n",
      n(k_width), n(height));
  const std::string title = "Section scores over time: " + history.file;
  std::vector<std::string> described;
  for (std::size_t s = 0; s < framework.sections.size(); ++s) {
    std::vector<std::string> values;
    for (const auto& point : history.points) {
      const std::string score = point.scores[s]              ? fmt::format("{:.1f}", *point.scores[s])
                                : point.is_not_applicable(s) ? "not applicable"
                                                             : "not scored";
      values.push_back(fmt::format("{} {}", point.label, score));
    }
    described.push_back(fmt::format("{}: {}.", framework.sections[s].label(), util::join(values, ", ")));
  }
  out += fmt::format("<title id=\"history-title\">{}</title>\n<desc id=\"history-desc\">{}</desc>\n", xml_text(title),
                     xml_text(util::join(described, " ")));
  out += "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n";
  out += fmt::format(
      "<text x=\"{}\" y=\"40\" text-anchor=\"middle\" font-size=\"20\" font-weight=\"bold\" "
      "fill=\"#1a1a1a\">{}</text>\n",
      n(k_width / 2), xml_text(title));
  out += "<g id=\"grid\" stroke=\"#c9c9c9\" stroke-width=\"1\" font-size=\"12\" fill=\"#666666\">\n";
  for (int level = 0; level <= static_cast<int>(max); ++level) {
    const double y = y_of(level, max);
    out += fmt::format(
        "<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\"/><text x=\"{}\" y=\"{}\" text-anchor=\"end\" "
        "stroke=\"none\">{}</text>\n",
        n(k_left), n(y), n(k_left + k_plot_width), n(y), n(k_left - 8), n(y + 4), level);
  }
  for (std::size_t i = 0; i < count; ++i) {
    const auto& point = history.points[i];
    const double x = x_of(i, count);
    // The working copy's period, with "working copy" on a line below, so it takes no more width than a period.
    const std::string label =
        point.committed ? xml_text(point.label)
                        : fmt::format("{}<tspan x=\"{}\" dy=\"15\">working copy</tspan>", xml_text(point.period), n(x));
    out += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"middle\" stroke=\"none\">{}</text>\n", n(x),
                       n(k_top + k_plot_height + 22), label);
  }
  out += "</g>\n";
  for (std::size_t s = 0; s < framework.sections.size(); ++s) {
    const LineStyle& style = k_lines[s % std::size(k_lines)];
    out += fmt::format("<g class=\"section\" aria-label=\"{}\">\n", xml_text(framework.sections[s].label()));
    std::vector<std::string> run;
    const auto flush = [&] {
      if (run.size() > 1) {
        out += fmt::format("<polyline points=\"{}\" fill=\"none\" stroke=\"{}\" stroke-width=\"2.5\"{}/>\n",
                           util::join(run, " "), style.colour,
                           *style.dash ? fmt::format(" stroke-dasharray=\"{}\"", style.dash) : "");
      }
      run.clear();
    };
    for (std::size_t i = 0; i < count; ++i) {
      const auto& value = history.points[i].scores[s];
      if (!value) {
        flush();  // an unscored version is a gap, never zero
        continue;
      }
      run.push_back(n(x_of(i, count)) + "," + n(y_of(*value, max)));
      out += svg_marker(style.marker, {x_of(i, count), y_of(*value, max)}, style.colour) + "\n";
    }
    flush();
    out += "</g>\n";
  }
  out += "<g id=\"legend\" font-size=\"14\" fill=\"#1a1a1a\">\n";
  for (std::size_t s = 0; s < framework.sections.size(); ++s) {
    const LineStyle& style = k_lines[s % std::size(k_lines)];
    const double y = legend_top + 24.0 * static_cast<double>(s);
    out += fmt::format("<line x1=\"200\" y1=\"{0}\" x2=\"244\" y2=\"{0}\" stroke=\"{1}\" stroke-width=\"2.5\"{2}/>\n",
                       n(y), style.colour, *style.dash ? fmt::format(" stroke-dasharray=\"{}\"", style.dash) : "");
    out += svg_marker(style.marker, {222, y}, style.colour) + "\n";
    out += fmt::format("<text x=\"256\" y=\"{}\">{}</text>\n", n(y + 5), xml_text(framework.sections[s].label()));
  }
  out += "</g>\n</svg>\n";
  return out;
}

}  // namespace coprod::render
