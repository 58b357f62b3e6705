#include "render/sections_named.hpp"

#include "util/number_ranges.hpp"

namespace coprod::render {

std::string sections_named(const std::vector<std::size_t>& numbers) {
  return (numbers.size() == 1 ? "section " : "sections ") + util::number_ranges(numbers);
}

}  // namespace coprod::render
