// The scores workbook's Rows sheet (workbook_rows.hpp).

#include "render/workbook_rows.hpp"

#include <algorithm>
#include <optional>
#include <string_view>
#include <utility>

#include <fmt/format.h>

#include "analysis/held_back_scores.hpp"
#include "model/sections_as_rows.hpp"
#include "render/comparison.hpp"
#include "render/missing_score.hpp"
#include "render/one_sign_note.hpp"
#include "render/report.hpp"
#include "render/row_words.hpp"
#include "render/seen_locally.hpp"
#include "render/workbook_score_cells.hpp"

namespace coprod::render {

namespace {

using Row = std::vector<Cell>;

// `not_applicable`: why there is no difference where a score is marked not applicable, in the sheet's word for
// a row.
Cell row_difference_cell(const analysis::RowComparison& row, std::string_view not_applicable) {
  if (row.results.size() == 2) {
    const auto& first = row.results[0]->score;
    const auto& second = row.results[1]->score;
    if (analysis::is_held_back(*row.results[0]) || analysis::is_held_back(*row.results[1]))
      return Cell::of_text(k_no_difference_held_back_words, CellStyle::missing);
    if (!first.is_scored() || !second.is_scored())
      return no_difference_of_two_cell(first.is_not_applicable() || second.is_not_applicable(), not_applicable);
    return Cell::of_number((second.halves() - first.halves()) / 2.0, CellStyle::difference);
  }
  const auto spread = row.spread();
  return spread ? Cell::of_number(*spread, CellStyle::score) : no_difference_cell(row.results.size());
}

// Whether input i was combined from several people's responses (coprod combine).
bool is_combined(const analysis::Comparison& comparison, std::size_t input) {
  return std::any_of(comparison.rows.begin(), comparison.rows.end(), [&](const analysis::RowComparison& row) {
    return row.results[input]->response && row.results[input]->response->spread;
  });
}

// A row's early indicator and warning sign. A row with only one of them has,
// in the other's empty cell, what its scores mean (as the form says it):
// headed by a warning sign alone, a 5 could be taken for "seen a lot" when it
// means the sign is not seen at all. Plain text, wrapped and to the left: the
// missing-score style would set a sentence to the right.
std::pair<Cell, Cell> sign_cells(const model::Framework& framework, const model::FrameworkRow& row) {
  const auto sign = [](const std::optional<model::RichText>& text) {
    return Cell::of_text(text ? text->flattened() : "");
  };
  std::pair<Cell, Cell> cells = {sign(row.indicator), sign(row.warning)};
  if (const auto note = one_sign_note(framework, row)) {
    (row.indicator ? cells.second : cells.first) = Cell::of_text(*note);
  }
  return cells;
}

// The Rows sheet's Row column: as wide as its heading or its longest row number ("1.4", "10.12") with a
// character to spare each side, up to 18 characters (a longer one wraps).
double row_number_width(const analysis::Comparison& comparison) {
  std::size_t longest = std::string_view("Row").size();
  for (const auto& row : comparison.rows) longest = std::max(longest, row.section->row_number(row.row->id).size());
  return std::min(static_cast<double>(longest + 2), 18.0);
}

// Column widths as share_widths() gives them, the long-text columns as wide
// as still prints legibly one page across A4, with k_page_filled's room to
// spare (LibreOffice measured a row of ten columns 2% wider than estimated),
// and no narrower than `narrowest` (then too wide to print so: the caller
// checks fits_one_page_wide()).
std::vector<double> widest_legible_widths(const std::vector<std::optional<double>>& fixed, double narrowest) {
  constexpr double k_widest = 50;
  double print_width = k_landscape_print_width;
  auto widths = share_widths(fixed, print_width, narrowest, k_widest);
  while (!fits_one_page_wide(widths, k_page_filled) && print_width > 0)
    widths = share_widths(fixed, --print_width, narrowest, k_widest);
  return widths;
}

// Which of the Rows sheet's sign columns have something to show: the warning sign's is left out for a
// framework with none (the two shorter guides), and the early indicator's where each row is its section's
// only row, worded as its title (model::row_is_the_section()), so the Section column already says it.
struct SignColumns {
  bool indicator = false;
  bool warning = false;
};

SignColumns sign_columns(const analysis::Comparison& comparison) {
  SignColumns shown;
  for (const auto& row : comparison.rows) {
    const auto [indicator, warning] = sign_cells(*comparison.framework, *row.row);
    shown.indicator =
        shown.indicator || (!indicator.text.empty() && !model::row_is_the_section(*row.section, *row.row));
    shown.warning = shown.warning || !warning.text.empty();
  }
  return shown;
}

// A row's evidence, or where it has none, why, in the pack's words ("no evidence given", or "left out" in a
// pack of scores only), set apart as the pack sets them apart; above it, whether the row's signs are seen
// locally, as `compare` and the pack say it (a column of its own would leave the evidence too narrow to print
// one page wide).
Cell evidence_cell(const analysis::RowResult& result, SeenAnswered answered, bool scores_only) {
  const std::string seen = seen_locally_line(result, answered);
  const bool given = !scores_only && result.has_evidence();
  const std::string evidence = given         ? *result.response->evidence
                               : scores_only ? std::string(k_evidence_left_out_words)
                                             : std::string(k_no_evidence_given_words);
  if (seen.empty()) return Cell::of_text(evidence, given ? CellStyle::plain : CellStyle::missing_text);
  return Cell::of_text(seen + "\n" + evidence);
}

// The columns headed "Evidence: ...".
std::vector<std::size_t> evidence_columns(const Row& header) {
  std::vector<std::size_t> columns;
  for (std::size_t column = 0; column < header.size(); ++column)
    if (header[column].text.rfind("Evidence: ", 0) == 0) columns.push_back(column);
  return columns;
}

double total_height(Sheet sheet, const std::vector<double>& widths) {
  sheet.widths = widths;
  fit_row_heights(sheet);
  double total = 0;
  for (const double height : sheet.heights) total += height;
  return total;
}

// The sheet's widths with the room its long-text columns share moved, a
// character at a time, from the sign columns to the evidence columns while
// that makes its rows shorter in all: evidence runs to a paragraph, a sign to
// a sentence or two, and an equal share left a row as tall as its evidence
// with its signs' cells half empty. The page's width is kept, and no sign
// column narrower than `narrowest`.
std::vector<double> shortest_rows_widths(const Sheet& sheet, const std::vector<std::size_t>& evidence,
                                         double narrowest) {
  std::vector<std::size_t> signs;  // the long-text columns that are not evidence: the shared width's others
  const double share = evidence.empty() ? 0 : sheet.widths[evidence.front()];
  for (std::size_t column = 0; column < sheet.widths.size(); ++column) {
    const bool is_evidence = std::find(evidence.begin(), evidence.end(), column) != evidence.end();
    if (!is_evidence && sheet.widths[column] == share) signs.push_back(column);
  }
  std::vector<double> best = sheet.widths;
  if (evidence.empty() || signs.empty()) return best;
  double shortest = total_height(sheet, best);
  for (std::vector<double> widths = best; widths[signs.front()] - 1 >= narrowest;) {
    for (const std::size_t column : signs) widths[column] -= 1;
    for (const std::size_t column : evidence)
      widths[column] += static_cast<double>(signs.size()) / static_cast<double>(evidence.size());
    const double height = total_height(sheet, widths);
    if (height >= shortest) break;
    shortest = height;
    best = widths;
  }
  return best;
}

}  // namespace

std::string rows_sheet_name(const model::Framework& framework) { return row_words(framework).capital_many(); }

Sheet rows_sheet(const analysis::Comparison& comparison, const std::vector<std::string>& names, bool scores_only) {
  Sheet sheet;
  sheet.name = rows_sheet_name(*comparison.framework);
  const bool has_difference = names.size() > 1;
  const SignColumns signs = sign_columns(comparison);
  // Where every section is its one row, the Section column names it: no row number.
  const bool numbered = !model::every_section_is_its_row(*comparison.framework);
  const std::string_view not_applicable =
      numbered ? k_row_not_applicable_difference : k_section_not_applicable_difference;
  Row header = {Cell::of_text("Section", CellStyle::header)};
  if (numbered) header.push_back(Cell::of_text("Row", CellStyle::header));
  if (signs.indicator) header.push_back(Cell::of_text("Early indicator we're on the right track", CellStyle::header));
  if (signs.warning) header.push_back(Cell::of_text("Warning sign", CellStyle::header));
  for (std::size_t i = 0; i < names.size(); ++i) {
    header.push_back(Cell::of_text(fmt::format("Score: {}", names[i]), CellStyle::header));
    // A combined input's score is each row's median: beside it, how many people scored it and their range.
    if (is_combined(comparison, i))
      header.push_back(Cell::of_text(fmt::format("People who scored: {}", names[i]), CellStyle::header));
    header.push_back(Cell::of_text(fmt::format("Evidence: {}", names[i]), CellStyle::header));
  }
  if (has_difference) header.push_back(Cell::of_text(difference_heading(names), CellStyle::header));
  sheet.rows.push_back(std::move(header));
  for (const auto& row : comparison.rows) {
    auto [indicator, warning] = sign_cells(*comparison.framework, *row.row);
    Row line = {Cell::of_text(row.section->label())};
    if (numbered) line.push_back(Cell::of_text(row.section->row_number(row.row->id)));
    if (signs.indicator) line.push_back(std::move(indicator));
    if (signs.warning) line.push_back(std::move(warning));
    const SeenAnswered answered = seen_answered(row.results);
    for (std::size_t i = 0; i < row.results.size(); ++i) {
      const auto& result = row.results[i];
      line.push_back(analysis::is_held_back(*result) ? Cell::of_text(k_held_back_words, CellStyle::missing)
                                                     : score_cell(result->score));
      if (is_combined(comparison, i)) line.push_back(Cell::of_text(people_spread_words(*result)));
      line.push_back(evidence_cell(*result, answered, scores_only));
    }
    if (has_difference) line.push_back(row_difference_cell(row, not_applicable));
    sheet.rows.push_back(std::move(line));
  }
  // The indicator, warning sign and evidence columns share what the others leave of the printed page's width,
  // so a row prints whole on one page, its long text wrapped (two inputs, one of them combined, leave them 14
  // characters). Too narrow for that (three inputs or more), they are wide
  // enough to read and the sheet prints page by page across, each input's
  // columns kept together on a page. With no indicator column, the Section column, which then says each row's
  // words, is one of them.
  constexpr double k_narrowest_text = 13;
  std::vector<std::optional<double>> widths = {12};
  if (numbered) widths.emplace_back(row_number_width(comparison));
  if (!signs.indicator) widths.front() = std::nullopt;
  if (signs.indicator) widths.emplace_back(std::nullopt);
  if (signs.warning) widths.emplace_back(std::nullopt);
  for (std::size_t i = 0; i < names.size(); ++i) {
    sheet.column_groups.push_back(widths.size());
    widths.push_back(13);  // "Co-production" in the heading unbroken; "not scored yet" on two lines
    if (is_combined(comparison, i)) widths.push_back(14);
    widths.push_back(std::nullopt);
  }
  if (has_difference) widths.push_back(13);  // "none, as a score is missing" on three lines
  sheet.widths = widest_legible_widths(widths, k_narrowest_text);
  constexpr double k_text_width_across_pages = 40;
  if (!fits_one_page_wide(sheet.widths))
    sheet.widths = share_widths(widths, 0, k_text_width_across_pages, k_text_width_across_pages);
  else sheet.widths = shortest_rows_widths(sheet, evidence_columns(sheet.rows.front()), k_narrowest_text);
  sheet.frozen_rows = 1;
  sheet.frozen_columns = numbered ? 2 : 1;
  return sheet;
}

}  // namespace coprod::render
