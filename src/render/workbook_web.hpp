#pragma once
// The scores workbook's web: the Web data sheet the chart is drawn from, the
// radar chart on the Summary and the key to its numbered axes beside it.

#include <cstddef>
#include <string>
#include <vector>

#include "analysis/comparison.hpp"
#include "render/workbook.hpp"

namespace coprod::render {

// The numbers the web is drawn from: a blank where a section has no score (not
// scored yet, or every row n/a), so the chart leaves a gap there rather than
// drawing a 0.
Sheet web_data_sheet(const analysis::Comparison& comparison, const std::vector<std::string>& names);

// Under the Summary's tables, in the section column, the key to the web beside
// it: the chart's axes are numbered, as sections' names (a sentence or two in
// some frameworks) ran outside the chart and left the web tiny. A blank row
// apart from the table; a line of words under the table (which way a difference
// goes, the key to a mark) sets it apart already, and a blank row as well took
// the room that keeps the chart on the Summary's first printed page.
void add_web_key(Sheet& sheet, const analysis::Comparison& comparison);

// The chart's categories are the Web data's keys (column 1), its lines the inputs' scores beside them; its top
// left corner at `anchor_row`, beside its key.
RadarChart web_chart(const Sheet& data, const std::vector<std::string>& names, std::size_t anchor_row);

}  // namespace coprod::render
