// The scores workbook's web (workbook_web.hpp).

#include "render/workbook_web.hpp"

#include <algorithm>
#include <utility>

#include <fmt/format.h>

#include "model/sections_as_rows.hpp"
#include "render/web_chart.hpp"
#include "render/workbook_score_cells.hpp"

namespace coprod::render {

namespace {

using Row = std::vector<Cell>;

// Each series' markers a size smaller than the one before, so where inputs
// have the same score the markers show nested rather than one hiding another;
// the first's bigger still (up to 14 points; two inputs' 11 and 5), as
// LibreOffice draws no marker edges and a marker only a little bigger than
// the one on it showed as a thin ring, hard to see in greyscale.
std::size_t marker_size(std::size_t series, std::size_t count) {
  constexpr std::size_t k_smallest = 5;
  constexpr std::size_t k_first_extra = 3;
  constexpr std::size_t k_largest_first = 14;
  const std::size_t step = count < 2 ? 0 : std::clamp<std::size_t>(12 / (count - 1), 1, 3);
  const std::size_t size = k_smallest + step * (count - 1 - series);
  if (series > 0 || count < 2) return size;
  return std::max(size, std::min(size + k_first_extra, k_largest_first));
}

// A section's line in the key to the web's numbered axes: its name when that starts with the axis's number
// ("1. Commitment and leadership"), else the key and the name ("F: Facilitate the process").
std::string web_key_line(const model::FrameworkSection& section, std::size_t place) {
  const std::string key = axis_key(section, place);
  const std::string label = section.label();
  return label.rfind(key + ".", 0) == 0 ? label : fmt::format("{}: {}", key, label);
}

}  // namespace

Sheet web_data_sheet(const analysis::Comparison& comparison, const std::vector<std::string>& names) {
  Sheet sheet;
  sheet.name = "Web data";
  Row header = {Cell::of_text("Section", CellStyle::header), Cell::of_text("On the web", CellStyle::header)};
  for (const auto& name : names) header.push_back(Cell::of_text(name, CellStyle::header));
  // Where every section is its one row, a section is marked not applicable itself.
  const bool counts = !comparison.framework || !model::every_section_is_its_row(*comparison.framework);
  header.push_back(Cell::of_text(
      fmt::format("The numbers the web on the Summary sheet is drawn from; a blank is a section not scored yet, or "
                  "one {}.",
                  counts ? "whose rows are all marked not applicable" : "marked not applicable")));
  sheet.rows.push_back(std::move(header));
  for (const auto& section : comparison.sections) {
    Row line = {Cell::of_text(section.section->label()),
                Cell::of_text(axis_key(*section.section, sheet.rows.size() - 1))};
    for (const auto& result : section.results) {
      const auto tenths = section_tenths(*result);
      line.push_back(tenths ? Cell::of_number(*tenths / 10.0, CellStyle::score) : Cell::blank());
    }
    sheet.rows.push_back(std::move(line));
  }
  sheet.widths.push_back(40);
  sheet.widths.push_back(11);
  for (std::size_t i = 0; i < names.size(); ++i) sheet.widths.push_back(16);
  sheet.widths.push_back(40);  // the note, wrapped so it prints within the page
  sheet.frozen_rows = 1;
  sheet.frozen_columns = 1;
  return sheet;
}

void add_web_key(Sheet& sheet, const analysis::Comparison& comparison) {
  const bool under_words = !sheet.rows.empty() && sheet.rows.back().size() == 1;
  if (!under_words) sheet.rows.emplace_back();
  sheet.rows.push_back({Cell::of_text("The web's axes", CellStyle::header)});
  for (std::size_t place = 0; place < comparison.sections.size(); ++place)
    sheet.rows.push_back({Cell::of_text(web_key_line(*comparison.sections[place].section, place))});
  sheet.rows.push_back({Cell::of_text("Rings: scores 1 (inner) to 5")});
}

RadarChart web_chart(const Sheet& data, const std::vector<std::string>& names, std::size_t anchor_row) {
  RadarChart chart;
  chart.title = "The co-production web (section scores, 0 to 5)";
  chart.data_sheet = data.name;
  chart.first_row = 1;
  chart.last_row = data.rows.size() - 1;
  chart.category_column = 1;
  for (std::size_t i = 0; i < names.size(); ++i)
    chart.series.push_back({names[i], i + 2, marker_size(i, names.size())});
  chart.anchor_row = anchor_row;
  chart.anchor_column = 1;  // beside its key
  return chart;
}

}  // namespace coprod::render
