// A line of a sheet whose text is taller than Excel's tallest row, put on over
// lines of its own (split_tall_rows()).

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "render/workbook.hpp"

namespace coprod::render {

namespace {

constexpr double k_line_points = 15;  // one line of 11-point text, as fit_row_heights() counts it
constexpr std::string_view k_continued_below = " (continued below)";
constexpr std::string_view k_continued = "(continued) ";

std::size_t most_lines() { return static_cast<std::size_t>(k_tallest_row_points / k_line_points); }

bool is_wrapped_text(const Cell& cell) {
  return cell.kind == Cell::Kind::text && (cell.style == CellStyle::plain || cell.style == CellStyle::missing_text);
}

bool starts_span(const Sheet& sheet, std::size_t row) {
  return std::any_of(sheet.spans.begin(), sheet.spans.end(), [&](const CellSpan& span) { return span.row == row; });
}

// Where to cut `text` so that it and k_continued_below wrap in at most most_lines() lines of a column `width`
// wide: after the last whole word that fits (at a space or line break), or nowhere (0) when not even one does.
std::size_t cut_at(std::string_view text, double width) {
  std::vector<std::size_t> ends;
  for (std::size_t i = 0; i < text.size(); ++i)
    if (text[i] == ' ' || text[i] == '\n') ends.push_back(i);
  const auto fits = [&](std::size_t end) {
    return line_count(std::string(text.substr(0, end)) + std::string(k_continued_below), width, false) <= most_lines();
  };
  // The lines a prefix takes grow with it: the last end that fits, by halving.
  std::size_t low = 0;
  std::size_t high = ends.size();
  while (low < high) {
    const std::size_t middle = (low + high) / 2;
    if (fits(ends[middle])) low = middle + 1;
    else high = middle;
  }
  return low == 0 ? 0 : ends[low - 1];
}

// The line's cells cut where too tall, and the rest of each (blank where none), or nothing when none is cut.
std::vector<Cell> split_line(std::vector<Cell>& line, const std::vector<double>& widths) {
  std::vector<Cell> rest(line.size(), Cell::blank());
  bool cut = false;
  for (std::size_t column = 0; column < line.size() && column < widths.size(); ++column) {
    Cell& cell = line[column];
    if (!is_wrapped_text(cell) || line_count(cell.text, widths[column], false) <= most_lines()) continue;
    const std::size_t at = cut_at(cell.text, widths[column]);
    if (at == 0) continue;
    rest[column] = cell;
    rest[column].text = std::string(k_continued) + cell.text.substr(at + 1);
    cell.text = cell.text.substr(0, at) + std::string(k_continued_below);
    cut = true;
  }
  if (!cut) rest.clear();
  return rest;
}

}  // namespace

void split_tall_rows(Sheet& sheet) {
  for (std::size_t row = sheet.frozen_rows; row < sheet.rows.size(); ++row) {
    if (starts_span(sheet, row)) continue;
    std::vector<Cell> rest = split_line(sheet.rows[row], sheet.widths);
    if (!rest.empty()) insert_row(sheet, row + 1, std::move(rest));
  }
}

}  // namespace coprod::render
