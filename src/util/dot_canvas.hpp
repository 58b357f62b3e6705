#pragma once
// A canvas of dots for drawing in a terminal: Unicode braille (2 x 4 dots per
// character cell) or plain ASCII (one dot per cell). Each dot belongs to a
// layer; where layers meet in a cell, the highest layer's colour and glyph win,
// and layer 0 (a background such as a grid) shows only in cells nothing else uses.

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace coprod::util {

class DotCanvas {
 public:
  DotCanvas(int columns, int rows, bool braille);

  int width() const { return m_columns * dots_across(); }  // in dots
  int height() const { return m_rows * dots_down(); }
  int dots_across() const { return m_braille ? 2 : 1; }
  int dots_down() const { return m_braille ? 4 : 1; }

  void plot(int x, int y, int layer);
  // A straight line between two points in dot coordinates; with `every` > 1
  // only every n-th dot is drawn (a dotted line).
  void line(double x0, double y0, double x1, double y1, int layer, int every = 1);
  // A line in a repeating pattern of dots from its start, '1' drawn and '0'
  // left out: "111000" is dashes. An empty pattern draws every dot.
  void dashed_line(double x0, double y0, double x1, double y1, int layer, std::string_view pattern);
  // Text written over the cells starting at (column, row); clipped at the edge.
  void text(int column, int row, std::string_view text, int layer);

  struct Palette {
    std::function<std::string(int layer)> colour;  // ANSI prefix, or "" for none
    std::function<char(int layer)> ascii_glyph;    // ASCII mode: the character for a dot
  };
  // One string per row, trailing spaces removed.
  std::vector<std::string> render(const Palette& palette) const;

 private:
  struct Cell {
    unsigned base_bits = 0;  // dots of layer 0 (the background grid)
    unsigned bits = 0;       // dots of every other layer
    int layer = -1;
    std::string text;  // a UTF-8 character written over the dots
    int text_layer = -1;
  };
  Cell& cell(int column, int row) { return m_cells[static_cast<std::size_t>(row * m_columns + column)]; }
  const Cell& cell(int column, int row) const { return m_cells[static_cast<std::size_t>(row * m_columns + column)]; }

  int m_columns;
  int m_rows;
  bool m_braille;
  std::vector<Cell> m_cells;
};

}  // namespace coprod::util
