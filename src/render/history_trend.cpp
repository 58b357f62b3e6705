#include <algorithm>
#include <cmath>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "render/history.hpp"

namespace coprod::render {

namespace {

// The part of the scale the heights span: the values' own range, widened
// about its middle to k_trend_least_span and kept within 0 to `max`.
std::pair<double, double> trend_range(const std::vector<std::optional<double>>& values, double max) {
  double low = max;
  double high = 0;
  for (const auto& value : values) {
    if (!value) continue;
    low = std::min(low, *value);
    high = std::max(high, *value);
  }
  const double span = std::min(max, k_trend_least_span);
  if (high - low >= span) return {low, high};
  const double middle = (low + high) / 2;
  const double bottom = std::clamp(middle - span / 2, 0.0, max - span);
  return {bottom, bottom + span};
}

}  // namespace

std::string sparkline(const std::vector<std::optional<double>>& values, double max, bool unicode) {
  static const char* const k_blocks[] = {"\u2581", "\u2582", "\u2583", "\u2584",
                                         "\u2585", "\u2586", "\u2587", "\u2588"};
  static const char k_ascii[] = {'_', '.', '-', '~', '=', '+', '*', '#'};
  const auto [low, high] = trend_range(values, max);
  std::string out;
  for (const auto& value : values) {
    if (!value) {
      out += ' ';
      continue;
    }
    // The small nudge rounds a flat line's halfway height (3.5) the same way whatever its score.
    const double height = (*value - low) / (high - low) * 7.0 + 1e-9;
    const auto level = static_cast<std::size_t>(std::clamp(std::lround(height), 0L, 7L));
    if (unicode) out += k_blocks[level];
    else out += k_ascii[level];
  }
  return out;
}

}  // namespace coprod::render
