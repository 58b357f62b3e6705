#include "render/web_chart.hpp"

#include <algorithm>
#include <set>
#include <vector>

#include <fmt/format.h>

#include "analysis/held_back_scores.hpp"
#include "model/section_keys.hpp"
#include "render/abbreviations.hpp"
#include "render/input_names.hpp"
#include "render/missing_score.hpp"
#include "render/period_words.hpp"
#include "util/text.hpp"

namespace coprod::render {

namespace {

// The range of people's own section averages, as `coprod combine` recorded
// it; none for a file that is not combined (or was combined before coprod
// recorded section spreads).
std::optional<std::pair<double, double>> section_range(const analysis::SectionResult& section) {
  if (!section.response || !section.response->spread || !section.score) return std::nullopt;
  if (analysis::is_held_back(*section.response->spread)) return std::nullopt;  // it counts a score held back
  const auto& spread = *section.response->spread;
  return std::pair{spread.min_tenths / 10.0, spread.max_tenths / 10.0};
}

// With `with_origin`, where it comes from ("working copy"), as compare labels
// two versions of one file for the same period.
std::string series_label(const analysis::AssessmentResult& result, bool with_area, bool with_origin) {
  const auto& a = *result.assessment;
  std::string label = fmt::format("{}, {}", model::perspective_title(a.perspective), a.period.to_string());
  if (with_area) label = fmt::format("{}, {}", a.area, label);
  if (with_origin && !a.origin.empty()) label += ", " + a.origin;
  return label;
}

// Whether another of `all` is for the same area, perspective and period as `result`.
bool shares_review(const analysis::AssessmentResult& result,
                   const std::vector<const analysis::AssessmentResult*>& all) {
  const auto& a = *result.assessment;
  return std::any_of(all.begin(), all.end(), [&](const analysis::AssessmentResult* other) {
    const auto& b = *other->assessment;
    return other != &result && a.is_same_review(b);
  });
}

WebSeries make_series(const analysis::AssessmentResult& result, bool with_area, bool previous,
                      const std::vector<const analysis::AssessmentResult*>& all) {
  WebSeries series;
  series.label = series_label(result, with_area, shares_review(result, all));
  series.previous = previous;
  for (const auto& section : result.sections) {
    series.values.push_back(section.score ? std::optional<double>(section.score->tenths() / 10.0) : std::nullopt);
    series.ranges.push_back(section_range(section));
    series.not_applicable.push_back(section.is_not_applicable());
    series.held_back.push_back(analysis::is_held_back(section));
  }
  return series;
}

// The abbreviations `chart`'s words use, in the order a reader meets them.
std::string web_abbreviations(const WebChart& chart, const model::Framework& framework) {
  std::vector<std::string> words{chart.title, chart.subtitle};
  words.insert(words.end(), chart.axis_labels.begin(), chart.axis_labels.end());
  for (const auto& series : chart.series) words.push_back(series.label);
  return Abbreviations(framework.glossary).first_uses(util::join(words, "\n"));
}

}  // namespace

std::string axis_key(const model::FrameworkSection& section, std::size_t place) {
  return section.key.empty() ? model::own_section_key(section, place) : section.key;
}

WebChart build_web_chart(const analysis::AssessmentResults& current, const analysis::AssessmentResults& previous) {
  WebChart chart;
  const auto& framework = *current.front()->framework;
  std::set<std::string> areas;
  for (const auto& input : current) areas.insert(input->assessment->area);
  for (const auto& input : previous) areas.insert(input->assessment->area);
  const bool with_area = areas.size() > 1;
  chart.title = with_area ? "Co-production web" : "Co-production web: " + *areas.begin();
  chart.subtitle = framework.title;
  chart.max_score = framework.scale.max;
  for (const auto& section : framework.sections) {
    chart.axis_labels.push_back(section.label());
    chart.axis_keys.push_back(axis_key(section, chart.axis_keys.size()));
  }
  std::vector<const analysis::AssessmentResult*> all;
  for (const auto& input : previous) all.push_back(input.get());
  for (const auto& input : current) all.push_back(input.get());
  for (const auto& input : previous) chart.series.push_back(make_series(*input, with_area, true, all));
  const std::vector<std::string> short_names = input_short_names(current);
  for (std::size_t i = 0; i < current.size(); ++i) {
    chart.series.push_back(make_series(*current[i], with_area, false, all));
    chart.series.back().short_name = short_names[i];
  }
  chart.lettered = inputs_lettered(current);
  chart.abbreviations = web_abbreviations(chart, framework);
  chart.period_months = periods_in_words(previous, current);  // in the legend's order, earlier periods first
  return chart;
}

std::string describe_series(const WebChart& chart, const WebSeries& series) {
  std::vector<std::string> parts;
  for (std::size_t i = 0; i < series.values.size(); ++i) {
    const std::string_view missing =
        series.is_held_back(i) ? k_section_held_back_words : missing_score_words(series.is_not_applicable(i));
    parts.push_back(series.values[i] ? fmt::format("{} {:.1f}", chart.axis_labels[i], *series.values[i])
                                     : fmt::format("{} {}", chart.axis_labels[i], missing));
  }
  return fmt::format("{}{}: {}.", series.previous ? "previous, " : "", series.label, util::join(parts, "; "));
}

}  // namespace coprod::render
