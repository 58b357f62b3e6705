#include "util/dot_canvas.hpp"

#include <algorithm>
#include <cmath>

namespace coprod::util {

namespace {

// Bit of each dot in a braille cell (Unicode's dot numbering).
constexpr unsigned k_braille_bits[4][2] = {{0x01, 0x08}, {0x02, 0x10}, {0x04, 0x20}, {0x40, 0x80}};

std::string braille_character(unsigned bits) {
  const unsigned code = 0x2800 + bits;
  std::string out;
  out += static_cast<char>(0xE0 | (code >> 12));
  out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
  out += static_cast<char>(0x80 | (code & 0x3F));
  return out;
}

}  // namespace

DotCanvas::DotCanvas(int columns, int rows, bool braille)
    : m_columns(columns), m_rows(rows), m_braille(braille), m_cells(static_cast<std::size_t>(columns * rows)) {}

void DotCanvas::plot(int x, int y, int layer) {
  if (x < 0 || y < 0 || x >= width() || y >= height()) return;
  Cell& target = cell(x / dots_across(), y / dots_down());
  const unsigned bit = m_braille ? k_braille_bits[y % 4][x % 2] : 1u;
  (layer == 0 ? target.base_bits : target.bits) |= bit;
  target.layer = std::max(target.layer, layer);
}

void DotCanvas::line(double x0, double y0, double x1, double y1, int layer, int every) {
  const double length = std::max(std::abs(x1 - x0), std::abs(y1 - y0));
  const int steps = std::max(1, static_cast<int>(std::ceil(length)));
  for (int step = 0; step <= steps; step += std::max(1, every)) {
    const double t = static_cast<double>(step) / steps;
    plot(static_cast<int>(std::lround(x0 + (x1 - x0) * t)), static_cast<int>(std::lround(y0 + (y1 - y0) * t)), layer);
  }
}

void DotCanvas::dashed_line(double x0, double y0, double x1, double y1, int layer, std::string_view pattern) {
  const double length = std::max(std::abs(x1 - x0), std::abs(y1 - y0));
  const int steps = std::max(1, static_cast<int>(std::ceil(length)));
  for (int step = 0; step <= steps; ++step) {
    if (!pattern.empty() && pattern[static_cast<std::size_t>(step) % pattern.size()] != '1') continue;
    const double t = static_cast<double>(step) / steps;
    plot(static_cast<int>(std::lround(x0 + (x1 - x0) * t)), static_cast<int>(std::lround(y0 + (y1 - y0) * t)), layer);
  }
}

void DotCanvas::text(int column, int row, std::string_view text, int layer) {
  if (row < 0 || row >= m_rows) return;
  int position = column;
  for (std::size_t i = 0; i < text.size();) {
    std::size_t length = 1;
    const auto lead = static_cast<unsigned char>(text[i]);
    if (lead >= 0xF0) length = 4;
    else if (lead >= 0xE0) length = 3;
    else if (lead >= 0xC0) length = 2;
    if (position >= 0 && position < m_columns) {
      Cell& target = cell(position, row);
      target.text = std::string(text.substr(i, length));
      target.text_layer = layer;
    }
    i += length;
    ++position;
  }
}

std::vector<std::string> DotCanvas::render(const Palette& palette) const {
  std::vector<std::string> lines;
  for (int row = 0; row < m_rows; ++row) {
    std::string line;
    std::string current_colour;
    for (int column = 0; column < m_columns; ++column) {
      const Cell& c = cell(column, row);
      const int layer = c.text.empty() ? c.layer : c.text_layer;
      const std::string colour = layer >= 0 ? palette.colour(layer) : "";
      if (colour != current_colour) {
        if (!current_colour.empty()) line += "\x1b[0m";
        line += colour;
        current_colour = colour;
      }
      const unsigned bits = c.bits != 0 ? c.bits : c.base_bits;
      if (!c.text.empty()) line += c.text;
      else if (bits == 0) line += ' ';
      else if (m_braille) line += braille_character(bits);
      else line += palette.ascii_glyph(c.layer);
    }
    if (!current_colour.empty()) line += "\x1b[0m";
    const auto end = line.find_last_not_of(' ');
    lines.push_back(end == std::string::npos ? std::string() : line.substr(0, end + 1));
  }
  return lines;
}

}  // namespace coprod::util
