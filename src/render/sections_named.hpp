#pragma once
// Sections named by their numbers, as a message says them: "section 3",
// "sections 1 to 3 and 5".

#include <cstddef>
#include <string>
#include <vector>

namespace coprod::render {

// "section" or "sections" and `numbers` (in order, none twice) with runs as
// ranges (`util::number_ranges`): {3} gives "section 3", {1, 2, 3, 5} gives
// "sections 1 to 3 and 5".
std::string sections_named(const std::vector<std::size_t>& numbers);

}  // namespace coprod::render
