#pragma once
// The ";", "," or ":" that joins an item of a leaflet's list to the next, which a title or wording standing alone
// drops (FrameworkSection::label(), and page 1's wording of a section that is its row).

#include <string_view>

namespace coprod::model {

// `text` without its trailing list mark; a full stop, ending a sentence, stays.
std::string_view without_list_mark(std::string_view text);

}  // namespace coprod::model
