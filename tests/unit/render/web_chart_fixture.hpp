#pragma once
// Webs made up for the web layout tests: numbered axes, one series per input.

#include <optional>
#include <string>
#include <vector>

#include "render/web_chart.hpp"
#include "render/web_geometry.hpp"

namespace coprod::test {

// The first `earlier` inputs are earlier periods.
inline render::WebChart chart_of(const std::vector<std::vector<std::optional<double>>>& inputs,
                                 std::size_t earlier = 0) {
  render::WebChart chart;
  for (std::size_t i = 0; i < inputs.front().size(); ++i) chart.axis_labels.push_back(std::to_string(i + 1));
  chart.axis_keys = chart.axis_labels;
  for (std::size_t i = 0; i < inputs.size(); ++i) {
    render::WebSeries series;
    series.values = inputs[i];
    series.ranges.resize(inputs[i].size());
    series.not_applicable.resize(inputs[i].size());
    series.previous = i < earlier;
    chart.series.push_back(std::move(series));
  }
  return chart;
}

inline render::WebGeometry geometry_for(const render::WebChart& chart) {
  return {{400, 400}, 200, 200, static_cast<int>(chart.axis_labels.size()), chart.max_score};
}

}  // namespace coprod::test
