#pragma once
// `coprod history`: each section's score over a file's committed versions.

#include <string>

#include "analysis/history.hpp"

namespace coprod::render {

std::string render_history_text(const analysis::History& history, std::size_t width, bool unicode);
std::string render_history_json(const analysis::History& history);
std::string render_history_csv(const analysis::History& history);
// A line chart: one line per section (the web's palette and line patterns),
// titled by the area and perspective, with the file under the title.
std::string render_history_svg(const analysis::History& history);

// A small trend of the values: "▁▃▅█" (or " .-#" without Unicode); gaps as spaces.
std::string sparkline(const std::vector<std::optional<double>>& values, double max, bool unicode);

}  // namespace coprod::render
