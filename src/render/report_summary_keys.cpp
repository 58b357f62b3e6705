// Page 1's keys: which input each letter of the section scores' table is,
// and how the web's legend names and draws its lines.

#include "render/report_summary_keys.hpp"

#include <fmt/format.h>

#include "model/perspective.hpp"
#include "render/comparison.hpp"
#include "render/report_html_parts.hpp"
#include "render/svg_shapes.hpp"
#include "render/web_style.hpp"
#include "util/add_once.hpp"
#include "util/escape.hpp"
#include "util/text.hpp"

namespace coprod::render {

namespace {

using util::xml_text;

// How many inputs page 1's legend names in full: with more, by letter (summary_legend_series()).
constexpr std::size_t k_inputs_named_in_legend = 2;

// The earlier period every input's change is since, when they share one:
// the key says it once.
std::optional<std::string> shared_earlier_period(const Report& report) {
  std::optional<std::string> shared;
  for (std::size_t i = 0; i < report.inputs.size(); ++i) {
    const auto earlier = previous_of(report, i);
    if (!earlier || (shared && *shared != earlier->assessment->period.to_string())) return std::nullopt;
    shared = earlier->assessment->period.to_string();
  }
  return shared;
}

// "<strong>A</strong>: organisation, 2026-Q4 (in brackets: the change since
// 2026-Q3)", without the area when the key names it once for its inputs, and
// without the change when the key says it once for all.
std::string input_key_part(const Report& report, std::size_t i, bool with_area, bool with_change) {
  const auto& a = *report.inputs[i]->assessment;
  const std::string label = with_area
                                ? report_input_label(report, i)
                                : fmt::format("{}, {}", model::perspective_title(a.perspective), a.period.to_string());
  const DefinedName defined = defined_input_name(report, i, label);
  std::string part =
      fmt::format("{}<strong>{}</strong>{}", xml_text(defined.before), xml_text(defined.name), xml_text(defined.after));
  if (const auto earlier = with_change ? previous_of(report, i) : nullptr) {
    part += fmt::format(" (in brackets: the change since {})", xml_text(earlier->assessment->period.to_string()));
  }
  return part;
}

}  // namespace

// A series' sample line and marker, as the web's own legend draws it.
std::string legend_swatch(const WebSeries& series, std::size_t style) {
  constexpr double width = 44;
  const std::string_view colour = series.previous ? k_previous_colour : series_style(style).colour;
  const std::string_view dash = series.previous ? previous_style(style).dash : series_style(style).dash;
  const std::string_view marker = series.previous ? previous_style(style).marker : series_style(style).marker;
  return fmt::format(
      "<svg class=\"swatch\" width=\"{0}\" height=\"16\" viewBox=\"0 0 {0} 16\" aria-hidden=\"true\"><line x1=\"0\" "
      "y1=\"8\" x2=\"{0}\" y2=\"8\" stroke=\"{1}\" stroke-width=\"{2}\"{3}/>{4}</svg>",
      width, colour, series.previous ? "2" : "2.5", dash.empty() ? "" : fmt::format(" stroke-dasharray=\"{}\"", dash),
      svg_marker(marker, {width / 2, 8}, colour, series.previous));
}

// The keys page 1's web gives its axes that the section scores' table does
// not show as its labels' numbers ("F: Facilitate the process"); empty when
// every label starts with its key.
std::string unnumbered_keys(const WebChart& chart) {
  std::vector<std::string> keys;
  for (std::size_t axis = 0; axis < chart.axis_keys.size(); ++axis) {
    const std::string& key = chart.axis_keys[axis];
    if (chart.axis_labels[axis].rfind(key + ".", 0) != 0)
      keys.push_back(fmt::format("{}: {}", key, chart.axis_labels[axis]));
  }
  return util::join(keys, "; ");
}

// How page 1's legend names its lines. With more than two inputs, where each
// name is long (the area's, the perspective's and the period's) and would be
// given twice more, for the line and for its previous period, each line is
// named by its letter as the section scores' key beside it names the input in
// full: "A, 2026-Q4"; "B, 2026-Q3" for the previous period of B's line.
// Otherwise as the chart names it ("organisation, 2026-Q4").
std::vector<WebSeries> summary_legend_series(const Report& report, const WebChart& chart) {
  std::vector<WebSeries> series = chart.series;
  if (report.inputs.size() <= k_inputs_named_in_legend) return series;
  const auto letter_of = [&](const analysis::AssessmentResult& result, bool previous) -> std::optional<std::string> {
    for (std::size_t i = 0; i < report.inputs.size(); ++i) {
      const auto earlier = previous ? previous_of(report, i) : report.inputs[i];
      if (earlier.get() == &result) return input_letter(i);
    }
    return std::nullopt;
  };
  for (std::size_t s = 0; s < series.size(); ++s) {
    const bool previous = s < report.previous.size();
    const auto& result = previous ? *report.previous[s] : *report.inputs[s - report.previous.size()];
    if (const auto letter = letter_of(result, previous))
      series[s].label = fmt::format("{}, {}", *letter, result.assessment->period.to_string());
  }
  return series;
}

// Which input each letter of the scores table is. Inputs of several areas
// name each area once, before its inputs in brackets, not in every input's
// name: "Northbridge (A: organisation, 2026-Q4; B: co-production peer
// network, 2026-Q4). Southfield (C: ...)."; a change since the same earlier
// period for every input is said once: "In brackets: the change since
// 2026-Q3."
std::string inputs_key(const Report& report, Abbreviations& abbreviations) {
  std::vector<std::string> labels;
  for (std::size_t i = 0; i < report.inputs.size(); ++i) labels.push_back(report_input_label(report, i));
  const auto earlier = report.inputs.size() > 1 ? shared_earlier_period(report) : std::nullopt;
  std::vector<std::string> areas;
  for (const auto& input : report.inputs) util::add_once(areas, input->assessment->area);
  std::vector<std::string> sentences;
  if (areas.size() == 1) {
    std::vector<std::string> parts;
    for (std::size_t i = 0; i < report.inputs.size(); ++i) parts.push_back(input_key_part(report, i, true, !earlier));
    sentences.push_back(util::join(parts, "; "));
  } else {
    for (const auto& area : areas) {
      std::vector<std::string> parts;
      for (std::size_t i = 0; i < report.inputs.size(); ++i) {
        if (report.inputs[i]->assessment->area == area) parts.push_back(input_key_part(report, i, false, !earlier));
      }
      sentences.push_back(fmt::format("{} ({})", xml_text(area), util::join(parts, "; ")));
    }
  }
  if (earlier) sentences.push_back(fmt::format("In brackets: the change since {}", xml_text(*earlier)));
  return "<p>" + util::join(sentences, ". ") + "." + spelled_out_html(abbreviations, util::join(labels, "\n")) +
         "</p>\n";
}

}  // namespace coprod::render
