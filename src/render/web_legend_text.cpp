// legend_text(), declared in render/web_layout.hpp: the legend's words for one series.
#include <algorithm>

#include <fmt/format.h>

#include "render/missing_score.hpp"
#include "render/web_layout.hpp"
#include "util/text.hpp"

namespace coprod::render {

std::string legend_text(const WebChart& chart, const WebSeries& series, bool numbered_axes) {
  std::string text = series.previous ? "previous: " + series.label : series.label;
  std::vector<std::string> not_scored;
  std::vector<std::string> not_applicable;
  std::vector<std::string> held_back;
  for (std::size_t axis = 0; axis < series.values.size(); ++axis) {
    if (series.values[axis]) continue;
    auto& gaps = series.is_not_applicable(axis) ? not_applicable : series.is_held_back(axis) ? held_back : not_scored;
    gaps.push_back(numbered_axes ? chart.axis_keys[axis] : chart.axis_labels[axis]);
  }
  const std::string separator = numbered_axes ? ", " : "; ";
  const auto gaps_text = [&](std::string_view why, const std::vector<std::string>& sections) {
    return fmt::format(" ({}{}: {})", numbered_axes ? "sections " : "", why, util::join(sections, separator));
  };
  if (!not_scored.empty()) text += gaps_text(k_not_scored_words, not_scored);
  if (!not_applicable.empty()) text += gaps_text(k_not_applicable_words, not_applicable);
  if (!held_back.empty()) text += gaps_text(k_sections_held_back_words, held_back);
  const bool has_ranges =
      std::any_of(series.ranges.begin(), series.ranges.end(), [](const auto& r) { return r.has_value(); });
  if (has_ranges && !series.previous) text += "; bands show the range of people's section scores";
  return text;
}

}  // namespace coprod::render
