// How the workbook's sheets print: orientation, one page wide or page by page
// across at a legible size, column widths that fit the page, and the page
// header in Excel's terms.

#include <algorithm>
#include <cmath>
#include <optional>

#include "render/workbook.hpp"
#include "util/escape.hpp"

namespace coprod::render {

namespace {

// Excel refuses a header longer than this (libxlsxwriter counts bytes).
constexpr std::size_t k_max_header = 255;
constexpr std::string_view k_header_right = "&R&A";  // the sheet's name

}  // namespace

double column_points(double width) {
  // A width is that many digits of the workbook's font plus 5 pixels of padding (libxlsxwriter stores
  // width + 5/7). Excel draws a digit of 11 point Calibri 7 pixels (5.25 points) wide; LibreOffice without
  // Calibri or Carlito draws it in DejaVu Sans, 7 points wide, a third wider. The wider, so a page holds it.
  constexpr double k_points_per_digit = 7;
  constexpr double k_padding_digits = 5.0 / 7;
  return (width + k_padding_digits) * k_points_per_digit;
}

namespace {

double points_of(const std::vector<double>& widths, std::size_t first, std::size_t end) {
  double points = 0;
  for (std::size_t column = first; column < end && column < widths.size(); ++column)
    points += column_points(widths[column]);
  return points;
}

// The first column of each run kept on one page: the sheet's groups, else every column after the frozen ones.
std::vector<std::size_t> group_starts(const Sheet& sheet) {
  std::vector<std::size_t> starts;
  for (const std::size_t start : sheet.column_groups)
    if (start >= sheet.frozen_columns && start < sheet.widths.size()) starts.push_back(start);
  if (starts.empty())
    for (std::size_t column = sheet.frozen_columns; column < sheet.widths.size(); ++column) starts.push_back(column);
  return starts;
}

// Where each printed page across starts: before a group that would not fit
// whole on the page, and inside a group wider than a page.
std::vector<std::size_t> column_page_breaks(const Sheet& sheet) {
  const double room = k_landscape_page_points * k_page_filled * 100 / k_spill_scale;
  const double repeated = points_of(sheet.widths, 0, sheet.frozen_columns);
  const auto starts = group_starts(sheet);
  std::vector<std::size_t> breaks;
  double used = starts.empty() ? 0 : points_of(sheet.widths, 0, starts.front());
  const auto start_page = [&](std::size_t column) {
    breaks.push_back(column);
    used = repeated;
  };
  for (std::size_t group = 0; group < starts.size(); ++group) {
    const std::size_t end = group + 1 < starts.size() ? starts[group + 1] : sheet.widths.size();
    if (used + points_of(sheet.widths, starts[group], end) > room && used > repeated) start_page(starts[group]);
    for (std::size_t column = starts[group]; column < end; ++column) {
      const double points = column_points(sheet.widths[column]);
      if (used + points > room && used > repeated) start_page(column);
      used += points;
    }
  }
  return breaks;
}

// Orientation, printed size and page breaks across.
void set_up_page_width(Sheet& sheet) {
  sheet.landscape = sheet.chart.has_value() || points_of(sheet.widths, 0, sheet.widths.size()) > k_portrait_page_points;
  sheet.print_scale = 0;
  sheet.page_breaks.clear();
  if (fits_one_page_wide(sheet.widths)) return;
  sheet.print_scale = k_spill_scale;
  sheet.page_breaks = column_page_breaks(sheet);
  if (sheet.page_breaks.empty()) return;
  // A spread cell stops at the first page's edge, so its text is not cut across pages.
  const std::size_t first_page_end = sheet.page_breaks.front();
  for (auto& span : sheet.spans)
    if (span.column < first_page_end) span.last_column = std::min(span.last_column, first_page_end - 1);
}

// A table's heading row: headings across more than one column.
bool is_table_heading(const std::vector<Cell>& row) {
  return row.size() > 1 &&
         std::all_of(row.begin(), row.end(), [](const Cell& cell) { return cell.style == CellStyle::header; });
}

bool is_blank(const std::vector<Cell>& row) {
  return std::all_of(row.begin(), row.end(), [](const Cell& cell) { return cell.kind == Cell::Kind::blank; });
}

bool is_spanned(const Sheet& sheet, std::size_t row) {
  return std::any_of(sheet.spans.begin(), sheet.spans.end(), [&](const CellSpan& span) { return span.row == row; });
}

// The heading row of the table whose line `row` is (under the heading, above a blank row), if it is one's.
std::optional<std::size_t> table_heading_above(const Sheet& sheet, std::size_t row) {
  // A blank row ends a table, so its heading is not put in above one (a heading over nothing); nor above a line
  // of words spanned across the table under it (the Summary's key to a mark, which way a difference goes).
  if (row >= sheet.rows.size() || is_table_heading(sheet.rows[row]) || is_blank(sheet.rows[row]) ||
      is_spanned(sheet, row))
    return std::nullopt;
  for (std::size_t above = row; above-- > 0;) {
    if (is_blank(sheet.rows[above])) return std::nullopt;
    if (is_table_heading(sheet.rows[above])) return above;
  }
  return std::nullopt;
}

// A copy of row `source` put in at row `at`, with its height.
void insert_row_copy(Sheet& sheet, std::size_t source, std::size_t at) {
  const bool has_height = source < sheet.heights.size() && at <= sheet.heights.size();
  const double height = has_height ? sheet.heights[source] : 0;
  insert_row(sheet, at, sheet.rows[source]);
  if (has_height) sheet.heights.insert(sheet.heights.begin() + static_cast<std::ptrdiff_t>(at), height);
}

// Where each printed page down starts: before a run of rows kept together
// (the sheet's row groups, and the chart with the rows beside it) that would run
// off the foot of the page it starts on. An estimate, as the spreadsheet
// program lays out and scales the page, so on the safe side: a run starts a new
// page when it would come within k_page_filled's share of the foot, and always
// after rows above it that run over the foot of a page, as printed they may
// end just above it (the run would then start at the foot and be split).
// On a sheet whose heading row is not printed atop every page, a table that
// runs over the foot of a page breaks there and its heading row is put in
// again at the top of the next page.
std::vector<std::size_t> plan_row_pages(Sheet& sheet) {
  constexpr double k_default_row_points = 15;
  const auto height = [&](std::size_t first, std::size_t end) {
    double points = 0;
    for (std::size_t row = first; row < end; ++row)
      points += row < sheet.heights.size() ? sheet.heights[row] : k_default_row_points;
    return points;
  };
  const double total = points_of(sheet.widths, 0, sheet.widths.size());
  const double scale =
      sheet.print_scale != 0 ? sheet.print_scale / 100.0 : std::min(1.0, k_landscape_page_points / total);
  const double page = (sheet.landscape ? k_landscape_page_height_points : k_portrait_page_height_points) / scale;
  const double room = page * k_page_filled;
  const bool repeated = sheet.frozen_rows > 0 && sheet.heading_on_every_page;
  const double heading = repeated ? height(0, sheet.frozen_rows) : 0;  // the rows atop every page
  std::vector<std::size_t> breaks;
  double used = 0;
  bool ran_over = false;
  const auto start_page = [&](std::size_t row) {
    breaks.push_back(row);
    used = heading;
    ran_over = false;
  };
  const auto add = [&](double points) {
    used += points;
    while (used > page) {  // the rows fill pages of their own
      used -= page - heading;
      ran_over = true;
    }
  };
  // Up to the chart too, which may sit below the last row.
  const auto end_of_sheet = [&] { return std::max(sheet.rows.size(), sheet.chart ? sheet.chart->anchor_row + 1 : 0); };
  for (std::size_t row = 0; row < end_of_sheet();) {
    std::vector<std::size_t> starts = sheet.row_groups;
    if (sheet.chart) starts.push_back(sheet.chart->anchor_row);
    std::sort(starts.begin(), starts.end());
    if (std::find(starts.begin(), starts.end(), row) != starts.end()) {
      const auto next = std::upper_bound(starts.begin(), starts.end(), row);
      const std::size_t end = next != starts.end() ? *next : std::max(sheet.rows.size(), row);
      const bool is_chart = sheet.chart && row == sheet.chart->anchor_row;
      // The chart's block is as tall as the chart or the rows beside it (its key), whichever is taller.
      const double points = is_chart ? std::max(k_chart_height_points, height(row, end)) : height(row, end);
      if (row > 0 && (ran_over || (used + points > room && used > heading))) start_page(row);
      if (is_chart) {
        add(points);
        row = std::max(end, row + 1);
        continue;
      }
    }
    const auto table_heading = repeated ? std::nullopt : table_heading_above(sheet, row);
    if (table_heading && used + height(row, row + 1) > room && used > heading) {
      insert_row_copy(sheet, *table_heading, row);
      start_page(row);
      add(height(row, row + 1));
      ++row;
    }
    add(height(row, row + 1));
    ++row;
  }
  return breaks;
}

}  // namespace

void insert_row(Sheet& sheet, std::size_t at, std::vector<Cell> row) {
  sheet.rows.insert(sheet.rows.begin() + static_cast<std::ptrdiff_t>(at), std::move(row));
  for (auto& span : sheet.spans)
    if (span.row >= at) ++span.row;
  for (auto& group : sheet.row_groups)
    if (group >= at) ++group;
  if (sheet.chart && sheet.chart->anchor_row >= at) ++sheet.chart->anchor_row;
}

bool fits_one_page_wide(const std::vector<double>& widths, double share_of_page) {
  // Spreadsheet programs fit a page in whole per cent, rounded down: 81.8% prints at 81%.
  const double scale =
      std::floor(100 * share_of_page * k_landscape_page_points / points_of(widths, 0, widths.size())) / 100;
  return scale * k_font_points >= k_smallest_legible_points;
}

void set_up_printing(Sheet& sheet) {
  split_tall_rows(sheet);
  set_up_page_width(sheet);
  fit_row_heights(sheet);
  sheet.row_page_breaks = plan_row_pages(sheet);
}

std::vector<double> share_widths(const std::vector<std::optional<double>>& fixed, double print_width, double narrowest,
                                 double widest) {
  double used = 0;
  std::size_t shared = 0;
  for (const auto& width : fixed) {
    used += width.value_or(0);
    shared += width ? 0 : 1;
  }
  const double share =
      shared == 0 ? 0 : std::clamp((print_width - used) / static_cast<double>(shared), narrowest, widest);
  std::vector<double> widths;
  for (const auto& width : fixed) widths.push_back(width.value_or(static_cast<double>(static_cast<int>(share))));
  return widths;
}

// Line breaks become spaces: the header is one line.
std::string excel_page_header(std::string_view text) {
  std::string header = "&L";
  for (const char c : util::without_control_characters(text)) {
    const std::size_t length = c == '&' ? 2 : 1;
    // Never cut inside a UTF-8 character: stop before a lead byte that would not fit with its sequence.
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {
      const auto lead = static_cast<unsigned char>(c);
      const std::size_t sequence = lead < 0x80 ? length : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
      if (header.size() + sequence + k_header_right.size() > k_max_header) break;
    }
    header += c == '\n' ? ' ' : c;
    if (c == '&') header += '&';
  }
  return header + std::string(k_header_right);
}

}  // namespace coprod::render
