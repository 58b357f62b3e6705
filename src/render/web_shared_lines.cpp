#include "render/web_shared_lines.hpp"

#include <algorithm>
#include <cmath>

namespace coprod::render {

namespace {

std::optional<long> tenths(const std::vector<std::optional<double>>& values, std::size_t axis) {
  if (axis >= values.size() || !values[axis]) return std::nullopt;
  return std::lround(*values[axis] * 10);
}

// Whether both series have a line from `axis` to the next axis clockwise, with the same scores at both ends.
bool same_line(const WebSeries& a, const WebSeries& b, std::size_t axis, std::size_t axes) {
  const std::size_t next = (axis + 1) % axes;
  const auto a_from = tenths(a.values, axis);
  const auto a_to = tenths(a.values, next);
  return a_from && a_to && a_from == tenths(b.values, axis) && a_to == tenths(b.values, next);
}

}  // namespace

WebSharedLines find_shared_lines(const WebChart& chart) {
  const std::size_t axes = chart.axis_labels.size();
  WebSharedLines shared(chart.series.size(), std::vector<int>(axes, 0));
  if (axes < 2) return shared;
  for (std::size_t s = 0; s < chart.series.size(); ++s) {
    for (std::size_t axis = 0; axis < axes; ++axis) {
      for (std::size_t later = s + 1; later < chart.series.size(); ++later) {
        if (same_line(chart.series[s], chart.series[later], axis, axes)) ++shared[s][axis];
      }
    }
  }
  return shared;
}

std::vector<SharedStretch> shared_stretches(const std::vector<int>& above) {
  const std::size_t axes = above.size();
  std::vector<SharedStretch> stretches;
  if (axes == 0) return stretches;
  if (std::all_of(above.begin(), above.end(), [&](int n) { return n == above.front(); })) {
    if (above.front() == 0) return stretches;
    SharedStretch all{above.front(), {}, true};
    for (std::size_t axis = 0; axis < axes; ++axis) all.axes.push_back(static_cast<int>(axis));
    return {all};
  }
  // Start where the count changes, so a stretch that wraps past the last axis stays whole.
  std::size_t start = 0;
  while (above[start] == above[(start + axes - 1) % axes]) ++start;
  for (std::size_t i = 0; i < axes;) {
    const std::size_t axis = (start + i) % axes;
    std::size_t length = 1;
    while (i + length < axes && above[(start + i + length) % axes] == above[axis]) ++length;
    if (above[axis] > 0) {
      SharedStretch stretch{above[axis], {}, false};
      for (std::size_t k = 0; k <= length; ++k) stretch.axes.push_back(static_cast<int>((axis + k) % axes));
      stretches.push_back(std::move(stretch));
    }
    i += length;
  }
  return stretches;
}

std::optional<SharedPair> first_shared_pair(const WebChart& chart) {
  const std::size_t axes = chart.axis_labels.size();
  if (axes < 2) return std::nullopt;
  for (const bool inputs_only : {true, false}) {
    for (std::size_t s = 0; s < chart.series.size(); ++s) {
      if (inputs_only && chart.series[s].previous) continue;
      for (std::size_t later = s + 1; later < chart.series.size(); ++later) {
        for (std::size_t axis = 0; axis < axes; ++axis) {
          if (same_line(chart.series[s], chart.series[later], axis, axes)) return SharedPair{s, later};
        }
      }
    }
  }
  return std::nullopt;
}

}  // namespace coprod::render
