#include <algorithm>
#include <array>
#include <cmath>
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

// How wide each printable ASCII character prints, from ' ' to '~', in digits
// of the cell's font (a column `width` wide holds `width` digits): the wider
// of Calibri's (Excel) and DejaVu Sans's (LibreOffice without Calibri or
// Carlito) advance width over its digit's, from the fonts' tables. Their
// letters differ from their digits about alike: "i" and a space about half a
// digit, most small letters one, "m" and "w" one and a half.
constexpr std::array<double, 95> k_ascii_digits = {
    0.50, 0.50, 0.79, 1.22, 1.00, 1.47, 1.25, 0.44, 0.60, 0.60, 0.80, 1.22, 0.50, 0.60, 0.50, 0.74,  //  !"#$%&'()*+,-./
    1.00, 1.00, 1.00, 1.00, 1.00, 1.00, 1.00, 1.00, 1.00, 1.00, 0.53, 0.53, 1.22, 1.22, 1.22, 0.89,  // 0-9 :;<=>?
    1.80, 1.14, 1.08, 1.10, 1.21, 0.99, 0.91, 1.24, 1.23, 0.50, 0.63, 1.04, 0.85, 1.69, 1.27, 1.31,  // @A-O
    1.02, 1.32, 1.09, 1.00, 0.96, 1.27, 1.12, 1.76, 1.08, 0.96, 1.03, 0.60, 0.74, 0.60, 1.22, 0.80,  // P-Z [\]^_
    0.80, 0.97, 1.04, 0.87, 1.04, 0.98, 0.61, 1.04, 1.04, 0.45, 0.47, 0.91, 0.45, 1.58, 1.04, 1.04,  // `a-o
    1.04, 1.04, 0.69, 0.82, 0.66, 1.04, 0.93, 1.41, 0.93, 0.93, 0.83, 0.80, 0.50, 0.80, 1.22,        // p-z {|}~
};

// A character beyond ASCII (an accented letter, a curly quotation mark, a dash) counts as a wide letter.
constexpr double k_other_character_digits = 1.2;

double character_digits(char c) {
  const auto byte = static_cast<unsigned char>(c);
  if (byte < 0x20 || byte > 0x7E) return k_other_character_digits;
  return k_ascii_digits[byte - 0x20];
}

// Lines one paragraph (no line breaks) takes wrapped in `room` digits: whole
// words move to the next line, as spreadsheet programs wrap them, a word as
// wide as its letters print (character_digits()), so a line of "illicit
// title" holds more characters than one of "MEMO WORDS". Counting characters
// alone would fit "commitment.senior-leaders; commitment.strategy;
// commitment.leaders" in fewer lines than it takes.
std::size_t wrapped_lines(std::string_view paragraph, double room) {
  const double space = character_digits(' ');
  std::size_t lines = 1;
  double used = 0;  // digits on the current line
  std::size_t start = 0;
  while (start < paragraph.size()) {
    const auto end = std::min(paragraph.find(' ', start), paragraph.size());
    const double word = printed_digits(paragraph.substr(start, end - start));
    start = end + 1;
    if (word == 0) continue;
    if (used > 0 && used + space + word <= room) {
      used += space + word;
      continue;
    }
    if (used > 0) ++lines;
    // A word wider than a line is broken within it (where, programs differ:
    // at a hyphen, or anywhere), and the next word starts a line of its own.
    const auto whole_lines = static_cast<std::size_t>(std::ceil(word / room)) - 1;
    lines += whole_lines;
    used = word > room ? room : word;
  }
  return lines;
}

}  // namespace

std::size_t line_count(std::string_view text, double width, bool bold) {
  const double room = std::max(3.0, (width - k_cell_margin_digits) / (bold ? k_bold_widening : 1.0));
  std::size_t lines = 0;
  std::size_t start = 0;
  while (start <= text.size()) {
    const auto end = std::min(text.find('\n', start), text.size());
    lines += wrapped_lines(text.substr(start, end - start), room);
    start = end + 1;
  }
  return lines;
}

namespace {

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
  return std::min(height, k_tallest_row_points);
}

}  // namespace

// Each character of UTF-8 counted once, at its lead byte.
double printed_digits(std::string_view text) {
  double digits = 0;
  for (const char c : text)
    if ((static_cast<std::uint8_t>(c) & 0xC0) != 0x80) digits += character_digits(c);
  return digits;
}

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
