#include <cstdint>

#include "render/workbook.hpp"
#include "util/escape.hpp"

namespace coprod::render {

namespace {

constexpr std::string_view k_cut_note = " [cut short: a spreadsheet cell holds at most 32,767 characters; the whole text "
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

}  // namespace

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
