// The scores workbook's "Row changes" sheet (workbook_row_changes.hpp).

#include "render/workbook_row_changes.hpp"

#include <fmt/format.h>

#include "model/sections_as_rows.hpp"
#include "render/report_row_changes.hpp"
#include "render/row_words.hpp"

namespace coprod::render {

namespace {

using Row = std::vector<Cell>;

// As the pack lists a row: "Up 1.5, from 2 to 3.5"; the row; the start of its early indicator, with what a row
// of only a warning sign means by its scores on a line under it.
// Where every section is its one row (model::every_section_is_its_row()), the row is its section, named once: no column
// of its wording.
Row item_line(const std::string& input, const RowList& list, const RowItem& item, bool sections_are_rows) {
  Row line{Cell::of_text(input), Cell::of_text(list.heading), Cell::of_text(item.lead + ", " + item.detail),
           Cell::of_text(item.label)};
  if (!sections_are_rows) line.push_back(Cell::of_text(item.note ? item.heading + "\n" + *item.note : item.heading));
  return line;
}

// A line of text under the table, spread across its columns.
void add_note_across(Sheet& sheet, std::string_view note) {
  sheet.rows.push_back({Cell::of_text(note)});
  sheet.spans.push_back({sheet.rows.size() - 1, 0, sheet.widths.size() - 1});
}

}  // namespace

std::string row_changes_sheet_name(const model::Framework& framework) {
  return row_words(framework).capital_one() + " changes";
}

std::optional<Sheet> row_changes_sheet(const Report& report) {
  const auto inputs = report_row_moves(report);
  if (inputs.empty()) return std::nullopt;
  Sheet sheet;
  const model::Framework& framework = *report.inputs.front()->framework;
  sheet.name = row_changes_sheet_name(framework);
  const bool sections_are_rows = model::every_section_is_its_row(framework);
  Row header;
  const std::vector<std::string_view> headings =
      sections_are_rows ? std::vector<std::string_view>{"Perspective, since", "List", "Change", "Section"}
                        : std::vector<std::string_view>{"Perspective, since", "List", "Change", "Row",
                                                        "Early indicator or warning sign"};
  for (const std::string_view heading : headings) header.push_back(Cell::of_text(heading, CellStyle::header));
  sheet.rows.push_back(std::move(header));
  std::vector<std::string> counts;
  for (const auto& input : inputs) {
    const auto changes = input_row_changes(report, input);
    counts.push_back(fmt::format("{}: {}", changes.heading, changes.counts));
    for (const auto& list : changes.lists)
      for (const auto& item : list.items)
        sheet.rows.push_back(item_line(changes.heading, list, item, sections_are_rows));
  }
  sheet.widths = sections_are_rows ? share_widths({22, 18, 22, std::nullopt}, k_landscape_print_width - 8, 30, 90)
                                   : share_widths({22, 18, 22, 24, std::nullopt}, k_landscape_print_width - 8, 30, 60);
  // A blank row, then each input's counts and how to read the table, as the part opens.
  sheet.rows.emplace_back();
  for (const auto& line : counts) add_note_across(sheet, line);
  add_note_across(sheet, row_changes_intro_words(report));
  sheet.frozen_rows = 1;
  sheet.frozen_columns = 1;
  return sheet;
}

}  // namespace coprod::render
