#pragma once
// Page 1's keys: which input each letter of the section scores' table is,
// and how the web's legend names and draws its lines.

#include <cstddef>
#include <string>
#include <vector>

#include "render/abbreviations.hpp"
#include "render/report.hpp"
#include "render/web_chart.hpp"

namespace coprod::render {

// A series' sample line and marker, as the web's own legend draws it.
std::string legend_swatch(const WebSeries& series, std::size_t style);

// The keys page 1's web gives its axes that the section scores' table does
// not show as its labels' numbers; empty when every label starts with its key.
std::string unnumbered_keys(const WebChart& chart);

// How page 1's legend names its lines: by letter with more than two inputs,
// otherwise as the chart names them.
std::vector<WebSeries> summary_legend_series(const Report& report, const WebChart& chart);

// Which input each letter of the section scores' table is, as a paragraph
// of HTML, spelling out the abbreviations its names are the first to use.
std::string inputs_key(const Report& report, Abbreviations& abbreviations);

}  // namespace coprod::render
