#include "render/table_parts.hpp"

#include <algorithm>

namespace coprod::render {

std::vector<TablePart> table_parts(std::size_t count, std::size_t width, std::size_t fixed, std::size_t column_width) {
  const std::size_t fitting = std::max<std::size_t>(1, width > fixed ? (width - fixed) / column_width : 1);
  const std::size_t parts = std::max<std::size_t>(1, (count + fitting - 1) / fitting);
  const std::size_t per_part = (count + parts - 1) / parts;
  std::vector<TablePart> out;
  for (std::size_t first = 0; first < count || out.empty(); first += per_part) {
    out.push_back({first, std::min(count, first + per_part), false});
  }
  out.back().last = true;
  return out;
}

}  // namespace coprod::render
