#pragma once
// A table of scores side by side (one column per input) that is too wide for
// the width is shown in parts, one under the other, each with the labels again
// and as many of the columns as fit, in order. No column is left out.

#include <cstddef>
#include <vector>

namespace coprod::render {

// The columns one part shows: [first, end), and whether it is the last part
// (which also shows the columns after them, such as "Spread").
struct TablePart {
  std::size_t first = 0;
  std::size_t end = 0;
  bool last = true;
  std::size_t size() const { return end - first; }
};

// How `count` columns `column_width` wide go into parts that fit `width`
// beside `fixed` columns (the narrowest label column and what every part
// shows besides the inputs' columns): all in one part when they fit, else as
// few parts as fit, as even as can be (5 columns as 3 and 2).
std::vector<TablePart> table_parts(std::size_t count, std::size_t width, std::size_t fixed, std::size_t column_width);

}  // namespace coprod::render
