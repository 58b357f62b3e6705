// The scores workbook's Change sheet (workbook_change.hpp).

#include "render/workbook_change.hpp"

#include <algorithm>
#include <memory>
#include <string_view>
#include <utility>

#include <fmt/format.h>

#include "analysis/previous_period.hpp"
#include "render/carried_forward_words.hpp"
#include "render/comparison.hpp"
#include "render/missing_score.hpp"
#include "render/report.hpp"
#include "render/workbook_score_cells.hpp"
#include "render/workbook_summary.hpp"
#include "util/title_join.hpp"

namespace coprod::render {

namespace {

using Row = std::vector<Cell>;

// The change since the earlier period, as the evidence pack shows it: a change
// part of which is a row scored in one period only is marked (its number kept).
Cell change_cell(const analysis::AssessmentResult& now, const analysis::AssessmentResult& then, std::size_t section,
                 bool& any_marked) {
  const auto change = analysis::section_change_tenths(now, then, section);
  if (!change) {
    const bool not_applicable = now.sections[section].is_not_applicable() ||
                                (section < then.sections.size() && then.sections[section].is_not_applicable());
    return no_difference_of_two_cell(not_applicable, k_section_not_applicable_difference);
  }
  const bool marked = analysis::averages_of_different_rows(now, then, section);
  any_marked = any_marked || marked;
  return Cell::of_number(*change / 10.0, marked ? CellStyle::marked_difference : CellStyle::difference);
}

// A line of text under a sheet's table, spread across its columns.
void add_note_across(Sheet& sheet, std::string_view note) {
  sheet.rows.push_back({Cell::of_text(note)});
  sheet.spans.push_back({sheet.rows.size() - 1, 0, sheet.widths.size() - 1});
}

// An input with an earlier period: its place among the inputs and its latest earlier period.
using EarlierPeriod = std::pair<std::size_t, std::shared_ptr<const analysis::AssessmentResult>>;

// A Change table's heading row: the section, then each input's score then, now and the change since.
Row change_header(const analysis::Comparison& comparison, const std::vector<std::string>& names,
                  const std::vector<EarlierPeriod>& earlier) {
  Row header = {Cell::of_text("Section", CellStyle::header)};
  for (const auto& [input, then] : earlier) {
    const auto then_period = then->assessment->period.to_string();
    const auto now_period = comparison.inputs[input]->assessment->period.to_string();
    header.push_back(Cell::of_text(fmt::format("{}: score in {}", names[input], then_period), CellStyle::header));
    header.push_back(Cell::of_text(fmt::format("{}: score in {}", names[input], now_period), CellStyle::header));
    header.push_back(Cell::of_text(fmt::format("{}: change since {}", names[input], then_period), CellStyle::header));
  }
  return header;
}

// A section's line of a Change table.
Row change_line(const analysis::Comparison& comparison, const std::vector<EarlierPeriod>& earlier, std::size_t s,
                bool& any_marked) {
  Row line = {Cell::of_text(comparison.sections[s].section->label())};
  for (const auto& [input, then] : earlier) {
    const auto& now = *comparison.inputs[input];
    line.push_back(s < then->sections.size() ? section_score_cell(then->sections[s]) : no_difference_cell(2));
    line.push_back(section_score_cell(now.sections[s]));
    line.push_back(change_cell(now, *then, s, any_marked));
  }
  return line;
}

// The Change sheet's widths for tables of `per_table` inputs: the section (as wide as the Summary's, so a long
// name takes as few lines), then each input's three columns.
std::vector<double> change_widths(std::size_t per_table, double section) {
  std::vector<double> widths = {section};
  for (std::size_t i = 0; i < per_table * 3; ++i) widths.push_back(i % 3 == 2 ? 26 : 16);
  return widths;
}

// Under the tables, a line for each section carried forward and not scored again, in page 1's words, so its
// change does not read as a fresh finding: "Organisation, 1. Commitment and leadership: carried forward rather
// than scored again (last completed before 2026-Q4 began), so its change is not a fresh finding."
void add_carried_forward_notes(Sheet& sheet, const analysis::Comparison& comparison,
                               const std::vector<std::string>& names, const std::vector<EarlierPeriod>& earlier) {
  for (const auto& [input, then] : earlier) {
    for (std::size_t s = 0; s < comparison.sections.size(); ++s) {
      const auto words = carried_forward_words(*comparison.inputs[input], then.get(), s);
      if (!words) continue;
      add_note_across(sheet, fmt::format("{}, {}, so its change is not a fresh finding.", names[input],
                                         util::join_title(comparison.sections[s].section->label(), ": ", *words)));
    }
  }
}

}  // namespace

Sheet change_sheet(const analysis::Comparison& comparison, const std::vector<std::string>& names,
                   const analysis::AssessmentResults& previous) {
  Sheet sheet;
  sheet.name = k_change_sheet;
  std::vector<EarlierPeriod> earlier;
  for (std::size_t i = 0; i < comparison.inputs.size(); ++i)
    if (auto then = analysis::latest_earlier_view(previous, *comparison.inputs[i]->assessment))
      earlier.emplace_back(i, std::move(then));
  std::size_t per_table = std::max<std::size_t>(earlier.size(), 1);
  const double section_column = section_width(comparison);
  while (per_table > 1 && !fits_one_page_wide(change_widths(per_table, section_column))) --per_table;
  bool any_marked = false;
  // With no input with an earlier period, a table of the sections alone: the caller leaves the sheet out.
  for (std::size_t first = 0; first < earlier.size() || first == 0; first += per_table) {
    const std::vector<EarlierPeriod> table(
        earlier.begin() + static_cast<std::ptrdiff_t>(first),
        earlier.begin() + static_cast<std::ptrdiff_t>(std::min(earlier.size(), first + per_table)));
    if (first > 0) {
      sheet.rows.emplace_back();
      sheet.row_groups.push_back(sheet.rows.size());
    }
    sheet.rows.push_back(change_header(comparison, names, table));
    for (std::size_t s = 0; s < comparison.sections.size(); ++s)
      sheet.rows.push_back(change_line(comparison, table, s, any_marked));
  }
  sheet.widths = change_widths(per_table, section_column);
  // A blank row, then how the changes are worked out and the key to a marked change, each wrapped across the
  // table, so it prints within the page.
  sheet.rows.push_back({});
  add_note_across(sheet, shown_scores_sentence());
  if (any_marked) add_note_across(sheet, k_change_of_different_rows_words);
  add_carried_forward_notes(sheet, comparison, names, earlier);
  sheet.frozen_rows = 1;
  sheet.frozen_columns = 1;
  // The first table's heading atop a page of later tables would head the wrong inputs.
  sheet.heading_on_every_page = sheet.row_groups.empty();
  return sheet;
}

}  // namespace coprod::render
