#pragma once
// `coprod history`: each section's score over a file's committed versions.

#include <string>
#include <string_view>

#include "analysis/history.hpp"

namespace coprod::render {

std::string render_history_text(const analysis::History& history, std::size_t width, bool unicode);
std::string render_history_json(const analysis::History& history);
std::string render_history_csv(const analysis::History& history);
// A line chart: one line per section (the web's palette and line patterns),
// titled by the area and perspective, with the file under the title.
std::string render_history_svg(const analysis::History& history);

// A small trend of the values, scores on a scale from 0 to `max`: "▁▃▅█"
// (or "_-=#" without Unicode); gaps as spaces. The eight heights span the
// values' own range, at least k_trend_least_span points high (centred on the
// values, within the scale), so that a move of 0.2 always shows: over the
// whole scale each height would be 0.7 points and a move of 0.3 to 0.5 could
// hide, while the table beside it gives the scores themselves.
std::string sparkline(const std::vector<std::optional<double>>& values, double max, bool unicode);
inline constexpr double k_trend_least_span = 1.4;  // 0.2 points a height

// What the trend's heights mean, under the history table.
inline constexpr std::string_view k_trend_note =
    "Trend: each section's own range, low to high (at least 1.4 points, so a move of 0.2 shows).";

}  // namespace coprod::render
