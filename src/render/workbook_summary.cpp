// The scores workbook's Summary sheet (workbook_summary.hpp).

#include "render/workbook_summary.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <optional>
#include <string_view>
#include <utility>

#include <fmt/format.h>

#include "analysis/held_back_scores.hpp"
#include "model/sections_as_rows.hpp"
#include "render/comparison.hpp"
#include "render/missing_score.hpp"
#include "render/report.hpp"
#include "render/report_board_asks.hpp"
#include "render/workbook_score_cells.hpp"
#include "util/text.hpp"

namespace coprod::render {

namespace {

using Row = std::vector<Cell>;

// Two inputs: the second's score minus the first's (from the scores as shown,
// to one decimal place); more: the spread. Said in words when it cannot be worked out.
Cell section_difference_cell(const analysis::SectionComparison& section) {
  if (section.results.size() == 2) {
    const auto first = section_tenths(*section.results[0]);
    const auto second = section_tenths(*section.results[1]);
    if (!first || !second) {
      if (analysis::is_held_back(*section.results[0]) || analysis::is_held_back(*section.results[1]))
        return Cell::of_text(k_no_difference_held_back_words, CellStyle::missing);
      return no_difference_of_two_cell(
          section.results[0]->is_not_applicable() || section.results[1]->is_not_applicable(),
          k_section_not_applicable_difference);
    }
    return Cell::of_number((*second - *first) / 10.0, CellStyle::difference);
  }
  int lowest = 0;
  int highest = 0;
  int count = 0;
  for (const auto& result : section.results) {
    const auto tenths = section_tenths(*result);
    if (!tenths) continue;
    lowest = count == 0 ? *tenths : std::min(lowest, *tenths);
    highest = count == 0 ? *tenths : std::max(highest, *tenths);
    ++count;
  }
  if (count < 2) return no_difference_cell(section.results.size());
  return Cell::of_number((highest - lowest) / 10.0, CellStyle::score);  // never negative
}

// The Summary's columns side by side: the section, each input's score, the
// difference, each input's rows scored, the rows in the section.
std::vector<double> summary_widths(std::size_t inputs, bool counts) {
  std::vector<double> widths = {32};
  for (std::size_t i = 0; i < inputs; ++i) widths.push_back(13);  // "not scored yet" on one line
  if (inputs > 1) widths.push_back(26);                           // "none, as a score is missing" on one line
  if (counts)
    for (std::size_t i = 0; i <= inputs; ++i) widths.push_back(13);  // "Organisation" and "Co-production" unbroken
  return widths;
}

// A table's heading row: the section, then the scores of inputs `first` to `end` (and the difference or
// spread after the last input), then their rows scored (and the rows in the section after the last input).
Row summary_header(const std::vector<std::string>& names, bool scores, bool counts, std::size_t first,
                   std::size_t end) {
  const bool last = end == names.size();
  Row header = {Cell::of_text("Section", CellStyle::header)};
  if (scores) {
    for (std::size_t i = first; i < end; ++i)
      header.push_back(Cell::of_text(fmt::format("Score: {}", names[i]), CellStyle::header));
    if (last && names.size() > 1) header.push_back(Cell::of_text(difference_heading(names), CellStyle::header));
  }
  if (counts) {
    for (std::size_t i = first; i < end; ++i)
      header.push_back(Cell::of_text(fmt::format("Rows scored: {}", names[i]), CellStyle::header));
    if (last) header.push_back(Cell::of_text("Rows in the section", CellStyle::header));
  }
  return header;
}

// A section's difference or spread, marked (its number kept) as compare and the evidence pack mark it where
// it is not like for like: a row of the section scored in some of the inputs only.
Cell marked_section_difference_cell(const analysis::SectionComparison& section) {
  Cell cell = section_difference_cell(section);
  if (cell.kind == Cell::Kind::number && !section.like_for_like())
    cell.style = section.results.size() == 2 ? CellStyle::marked_difference : CellStyle::marked_spread;
  return cell;
}

// A section's line of such a table.
Row summary_line(const analysis::SectionComparison& section, bool scores, bool counts, std::size_t first,
                 std::size_t end) {
  const auto& results = section.results;
  const bool last = end == results.size();
  Row line = {Cell::of_text(section.section->label())};
  if (scores) {
    for (std::size_t i = first; i < end; ++i) line.push_back(section_score_cell(*results[i]));
    if (last && results.size() > 1) line.push_back(marked_section_difference_cell(section));
  }
  if (counts) {
    for (std::size_t i = first; i < end; ++i)
      line.push_back(Cell::of_number(results[i]->scored_rows, CellStyle::count));
    if (last) line.push_back(Cell::of_number(results.front()->total_rows(), CellStyle::count));
  }
  return line;
}

// The Summary's widths in tables of `per_table` inputs: the section, each input's column, then the spread
// (or the rows in the section), "none, as a score is missing" on two lines.
std::vector<double> table_widths(double section, std::size_t per_table, double input_width) {
  std::vector<double> widths(per_table + 2, input_width);
  widths.front() = section;
  widths.back() = 16;
  return widths;
}

// How many inputs each table of the Summary holds, and their columns' width: all of them when that prints
// legibly one page across, else as few tables as do, the inputs shared evenly among them. Each input's
// column as wide as still prints legibly, from 16 to 14 characters, so a long heading such as
// "Score: AreaA, co-production peer network, 2026-Q4" wraps to four lines, not seven.
std::pair<std::size_t, double> table_layout(double section, std::size_t inputs) {
  constexpr double k_widest = 16;
  constexpr double k_narrowest = 14;
  std::size_t most = inputs;
  while (most > 1 && !fits_one_page_wide(table_widths(section, most, k_narrowest))) --most;
  const std::size_t tables = (inputs + most - 1) / most;
  const std::size_t per_table = (inputs + tables - 1) / tables;
  double width = k_widest;
  while (width > k_narrowest && !fits_one_page_wide(table_widths(section, per_table, width))) --width;
  return {per_table, width};
}

// A table of the scores (else the rows scored) of inputs `first` to `end`; after the first table (`later`),
// under a blank row and kept whole on one printed page.
void add_summary_table(Sheet& sheet, const analysis::Comparison& comparison, const std::vector<std::string>& names,
                       bool scores, std::size_t first, std::size_t end, bool later) {
  if (later) {
    sheet.rows.emplace_back();
    sheet.row_groups.push_back(sheet.rows.size());
  }
  sheet.rows.push_back(summary_header(names, scores, !scores, first, end));
  for (const auto& section : comparison.sections)
    sheet.rows.push_back(summary_line(section, scores, !scores, first, end));
}

// The Summary's note on rows held back as only 1 person scored them (analysis/held_back_scores.hpp); where every
// section is its one row, on sections held back.
constexpr std::string_view k_held_back_rows_note =
    "Rows held back, as only 1 person scored them, are left out of the section's score and its rows scored.";
constexpr std::string_view k_held_back_sections_note = "A section held back, as only 1 person scored it, has no score.";

bool any_held_back(const analysis::Comparison& comparison) {
  return std::any_of(comparison.sections.begin(), comparison.sections.end(), [](const auto& section) {
    return std::any_of(section.results.begin(), section.results.end(),
                       [](const auto& result) { return analysis::held_back_rows(*result) > 0; });
  });
}

bool any_not_like_for_like(const analysis::Comparison& comparison) {
  return std::any_of(comparison.sections.begin(), comparison.sections.end(),
                     [](const auto& section) { return !section.like_for_like(); });
}

// Under the scores, where a difference or spread is marked, the key to the mark, as compare says it; returns
// its row, to be spread across the table once the columns' widths are known.
std::optional<std::size_t> add_not_like_for_like_key(Sheet& sheet, const analysis::Comparison& comparison) {
  if (comparison.inputs.size() < 2 || !any_not_like_for_like(comparison)) return std::nullopt;
  sheet.rows.push_back({Cell::of_text(not_like_for_like_words(comparison))});
  return sheet.rows.size() - 1;
}

// Under two inputs' table, what its difference's sign means (difference_sign_words()); returns its row, to be
// spread across the table once the columns' widths are known.
std::optional<std::size_t> add_difference_sign_line(Sheet& sheet, const analysis::Comparison& comparison,
                                                    const std::vector<std::string>& names) {
  const std::string words = difference_sign_words(comparison, names);
  if (words.empty()) return std::nullopt;
  sheet.rows.push_back({Cell::of_text(words)});
  return sheet.rows.size() - 1;
}

// Under the title, what the plan asks the board to do, numbered as the pack numbers them, and a blank row;
// nothing without asks. Returns the rows added.
std::size_t add_board_asks(Sheet& sheet, const std::vector<std::string>& asks) {
  if (asks.empty()) return 0;
  const std::size_t first = sheet.rows.size();
  sheet.rows.push_back({Cell::of_text(k_board_asks_heading, CellStyle::header)});
  for (std::size_t i = 0; i < asks.size(); ++i)
    sheet.rows.push_back({Cell::of_text(fmt::format("{}. {}", i + 1, asks[i]))});
  sheet.rows.emplace_back();
  return sheet.rows.size() - first;
}

}  // namespace

double section_width(const analysis::Comparison& comparison) {
  constexpr double k_narrowest = 32;
  constexpr double k_widest = 40;
  double width = k_narrowest;
  for (const auto& section : comparison.sections)
    width = std::max(width, std::ceil(printed_digits(section.section->label()) + k_cell_margin_digits));
  return std::min(width, k_widest);
}

std::string difference_sign_words(const analysis::Comparison& comparison, const std::vector<std::string>& names) {
  if (comparison.inputs.size() != 2 || names.size() != 2) return "";
  // The pack's words where they tell the two apart; else the columns' names, as the Summary has no key to letters.
  const bool told_apart =
      analysis::told_apart_by(*comparison.inputs[0]->assessment, *comparison.inputs[1]->assessment).has_value();
  const auto [first, second] = told_apart ? difference_names(comparison) : std::pair{names[0], names[1]};
  return fmt::format("Difference below 0: {} scored lower than {}; above 0, higher.", second, first);
}

std::string shown_scores_sentence() {
  std::string sentence(k_shown_scores_words);
  sentence[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(sentence[0])));
  return sentence;
}

Sheet summary_sheet(const analysis::Comparison& comparison, const std::vector<std::string>& names,
                    const std::string& title, const std::string& months, const std::optional<std::string>& date,
                    const std::vector<std::string>& redacted_notes, const std::vector<std::string>& asks) {
  Sheet sheet;
  sheet.name = "Summary";
  const std::size_t n = names.size();
  sheet.rows.push_back({Cell::of_text(title, CellStyle::title)});
  // Under the title, the months of the periods it names (an NHS board counting quarters from April would take Q4
  // for January to March), then, as on the pack's first page, the date the Plan sheet's statuses hold on: one
  // line, as a line more pushed a table's last section, or the chart, on to the next printed page.
  std::vector<std::string> under_title;
  if (!months.empty()) under_title.push_back(months + (date ? "." : ""));
  if (date) under_title.push_back(report_date_text(*date));
  if (!under_title.empty()) sheet.rows.push_back({Cell::of_text(util::join(under_title, " "))});
  const std::size_t top_rows = sheet.rows.size();
  const std::size_t asks_rows = add_board_asks(sheet, asks);
  // Wrapped across the table, so it prints within the page; with differences or a spread, how they are worked out.
  // First what the scale means, as the pack says it. Where every section is its one row
  // (model::every_section_is_its_row()), nothing is averaged and no rows are counted.
  const bool counts = !comparison.framework || !model::every_section_is_its_row(*comparison.framework);
  std::string note = score_scale_sentence(comparison.framework ? comparison.framework->scale : model::Scale{}) + " " +
                     (counts ? "A section's score is the average of its scored rows, leaving out rows not scored yet "
                               "and rows marked not applicable; a section whose every row is so marked reads not "
                               "applicable."
                             : "A section marked not applicable has no score.");
  if (any_held_back(comparison)) note += " " + std::string(counts ? k_held_back_rows_note : k_held_back_sections_note);
  if (n > 1) note += " " + shown_scores_sentence();
  for (const auto& redacted : redacted_notes) note += " " + redacted;
  sheet.rows.push_back({Cell::of_text(note)});
  const double section_column = section_width(comparison);
  std::optional<std::size_t> key;   // the row of the key to a marked difference, if any
  std::optional<std::size_t> sign;  // the row saying which way a difference goes, if any
  sheet.widths = summary_widths(n, counts);
  sheet.widths.front() = section_column;
  if (fits_one_page_wide(sheet.widths)) {
    // One input's table is narrow: its score column widened so the note above it wraps in two lines, not three.
    constexpr double k_note_width = 84;
    double width = 0;
    for (const double column : sheet.widths) width += column;
    sheet.widths[1] += std::max(0.0, k_note_width - width);
    sheet.rows.push_back(summary_header(names, true, counts, 0, n));
    for (const auto& section : comparison.sections) sheet.rows.push_back(summary_line(section, true, counts, 0, n));
    sign = add_difference_sign_line(sheet, comparison, names);
    key = add_not_like_for_like_key(sheet, comparison);
  } else {
    const auto [per_table, width] = table_layout(section_column, n);
    for (const bool scores : {true, false}) {
      if (!scores && !counts) continue;
      for (std::size_t first = 0; first < n; first += per_table)
        add_summary_table(sheet, comparison, names, scores, first, std::min(n, first + per_table),
                          !scores || first > 0);
      if (scores) key = add_not_like_for_like_key(sheet, comparison);  // under the table with the spread
    }
    sheet.widths = table_widths(section_column, per_table, width);
  }
  sheet.spans.push_back({0, 0, sheet.widths.size() - 1});  // so a long title does not widen the printed page
  if (!under_title.empty()) sheet.spans.push_back({1, 0, sheet.widths.size() - 1});
  // Each ask wrapped across the table (its heading, in the section column, keeps its bold: a span is plain).
  for (std::size_t row = top_rows + 1; row + 1 < top_rows + asks_rows; ++row)
    sheet.spans.push_back({row, 0, sheet.widths.size() - 1});
  sheet.spans.push_back({top_rows + asks_rows, 0, sheet.widths.size() - 1});
  if (sign) sheet.spans.push_back({*sign, 0, sheet.widths.size() - 1});
  if (key) sheet.spans.push_back({*key, 0, sheet.widths.size() - 1});
  sheet.frozen_rows = top_rows + 2 + asks_rows;
  sheet.frozen_columns = 1;
  sheet.heading_on_every_page = false;
  return sheet;
}

}  // namespace coprod::render
