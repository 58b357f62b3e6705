#include <algorithm>
#include <cstdint>

#include "render/workbook.hpp"
#include "util/escape.hpp"

namespace coprod::render {

namespace {

constexpr std::string_view k_cut_note =
    " [cut short: a spreadsheet cell holds at most 32,767 characters; the whole text "
    "is in the assessment file]";

// Where to cut valid UTF-8 text so it is at most `units` UTF-16 code units
// long (characters beyond U+FFFF take two), at a character boundary.
std::size_t utf16_cut(std::string_view text, std::size_t units) {
  std::size_t used = 0;
  std::size_t i = 0;
  while (i < text.size()) {
    const auto lead = static_cast<std::uint8_t>(text[i]);
    const std::size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    const std::size_t cost = length == 4 ? 2 : 1;
    if (used + cost > units) break;
    used += cost;
    i += length;
  }
  return std::min(i, text.size());
}

// Characters (not bytes) in UTF-8 text.
std::size_t character_count(std::string_view text) {
  std::size_t count = 0;
  for (const char c : text) count += (static_cast<std::uint8_t>(c) & 0xC0) != 0x80 ? 1 : 0;
  return count;
}

// Lines one paragraph (no line breaks) takes when wrapped at `per_line`
// characters: whole words move to the next line, as spreadsheet programs wrap
// them. Counting characters alone would fit "commitment.senior-leaders;
// commitment.strategy; commitment.leaders" in fewer lines than it takes.
std::size_t wrapped_lines(std::string_view paragraph, std::size_t per_line) {
  std::size_t lines = 1;
  std::size_t used = 0;  // characters on the current line
  std::size_t start = 0;
  while (start < paragraph.size()) {
    const auto end = std::min(paragraph.find(' ', start), paragraph.size());
    const std::size_t word = character_count(paragraph.substr(start, end - start));
    start = end + 1;
    if (word == 0) continue;
    if (used > 0 && used + 1 + word <= per_line) {
      used += 1 + word;
      continue;
    }
    if (used > 0) ++lines;
    // A word longer than a line is broken within it (where, programs differ:
    // at a hyphen, or anywhere), and the next word starts a line of its own.
    lines += (word - 1) / per_line;
    used = word > per_line ? per_line : word;
  }
  return lines;
}

// Lines a wrapped text takes in a column `width` characters wide (a width is
// that many digits), at k_text_characters_per_digit or, bold,
// k_heading_characters_per_digit.
std::size_t line_count(std::string_view text, double width, bool bold) {
  const auto per_line = static_cast<std::size_t>(
      std::max(4.0, width * (bold ? k_heading_characters_per_digit : k_text_characters_per_digit)));
  std::size_t lines = 0;
  std::size_t start = 0;
  while (start <= text.size()) {
    const auto end = std::min(text.find('\n', start), text.size());
    lines += wrapped_lines(text.substr(start, end - start), per_line);
    start = end + 1;
  }
  return lines;
}

constexpr double k_line_points = 15.0;  // one line of 11-point text
constexpr double k_title_font_points = 14;
constexpr double k_title_points = 21.0;  // one line of the 14-point title

double column_width(const std::vector<double>& widths, std::size_t column) {
  return column < widths.size() ? widths[column] : 8.43;  // Excel's default
}

// The width the cell at (row, column) wraps in: its column's, or its span's.
double cell_width(const Sheet& sheet, std::size_t row, std::size_t column) {
  for (const auto& span : sheet.spans) {
    if (span.row != row || span.column != column) continue;
    double width = 0;
    for (std::size_t i = span.column; i <= span.last_column; ++i) width += column_width(sheet.widths, i);
    return width;
  }
  return column_width(sheet.widths, column);
}

double row_height(const Sheet& sheet, std::size_t index) {
  const auto& row = sheet.rows[index];
  double height = k_line_points;
  for (std::size_t column = 0; column < row.size(); ++column) {
    const Cell& cell = row[column];
    if (cell.kind != Cell::Kind::text) continue;
    const double width = cell_width(sheet, index, column);
    if (cell.style == CellStyle::title) {
      // Wrapped in its span at 14 point: fewer characters a line than at 11.
      const double lines =
          static_cast<double>(line_count(cell.text, width * k_font_points / k_title_font_points, true));
      height = std::max(height, k_title_points * lines);
    }
    if (cell.style != CellStyle::plain && cell.style != CellStyle::header && cell.style != CellStyle::missing &&
        cell.style != CellStyle::missing_text)
      continue;
    height = std::max(
        height, k_line_points * static_cast<double>(line_count(cell.text, width, cell.style == CellStyle::header)));
  }
  return std::min(height, 409.0);  // Excel's largest row height
}

}  // namespace

void fit_row_heights(Sheet& sheet) {
  sheet.heights.clear();
  for (std::size_t row = 0; row < sheet.rows.size(); ++row) sheet.heights.push_back(row_height(sheet, row));
}

Cell Cell::of_text(std::string_view text, CellStyle style) {
  Cell cell;
  cell.kind = Kind::text;
  cell.style = style;
  cell.text = util::without_control_characters(text);
  const std::size_t cut = utf16_cut(cell.text, k_max_cell_text);
  if (cut < cell.text.size()) {
    cell.text.resize(utf16_cut(cell.text, k_max_cell_text - k_cut_note.size()));
    cell.text += k_cut_note;
  }
  return cell;
}

Cell Cell::of_number(double number, CellStyle style) {
  Cell cell;
  cell.kind = Kind::number;
  cell.number = number;
  cell.style = style;
  return cell;
}

}  // namespace coprod::render
