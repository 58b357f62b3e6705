#include "render/workbook_abbreviations.hpp"

#include <string>

#include "render/abbreviations.hpp"
#include "util/text.hpp"

namespace coprod::render {

namespace {

// Everything a sheet shows in words: its text cells and its chart's title and
// lines' names; the first sheet also the page header printed atop every page.
std::string sheet_words(const Sheet& sheet, const Workbook& workbook, bool first) {
  std::vector<std::string> words;
  if (first) words.push_back(workbook.page_header);
  for (const auto& row : sheet.rows)
    for (const auto& cell : row)
      if (cell.kind == Cell::Kind::text) words.push_back(cell.text);
  if (sheet.chart) {
    words.push_back(sheet.chart->title);
    for (const auto& series : sheet.chart->series) words.push_back(series.name);
  }
  return util::join(words, "\n");
}

}  // namespace

std::optional<Sheet> abbreviations_sheet(const Workbook& workbook, const std::vector<model::GlossaryEntry>& glossary) {
  Sheet sheet;
  sheet.name = "Abbreviations";
  sheet.rows.push_back({Cell::of_text("Abbreviation", CellStyle::header),
                        Cell::of_text("What it stands for", CellStyle::header),
                        Cell::of_text("Sheet it is first used on", CellStyle::header)});
  Abbreviations abbreviations(glossary);
  for (std::size_t i = 0; i < workbook.sheets.size(); ++i) {
    const Sheet& used_on = workbook.sheets[i];
    for (const auto& entry : abbreviations.first_used(sheet_words(used_on, workbook, i == 0)))
      sheet.rows.push_back({Cell::of_text(entry.term), Cell::of_text(entry.meaning), Cell::of_text(used_on.name)});
  }
  if (sheet.rows.size() == 1) return std::nullopt;
  // Across an A4 page at full size, as every other sheet prints (down the page, a long page header of many
  // areas took two lines); a glossary's meaning of 70 characters or so on one line.
  sheet.widths = {14, 64, 28};
  sheet.frozen_rows = 1;
  sheet.frozen_columns = 1;
  return sheet;
}

}  // namespace coprod::render
