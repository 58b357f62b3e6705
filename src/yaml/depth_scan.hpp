#pragma once
// A quick look at a YAML text's nesting before yaml-cpp parses it: yaml-cpp
// 0.7.0 recurses once per level and only gives up at 500 levels ("bad file"),
// so very deep input is refused here first, with a place to point at.

#include <optional>
#include <string_view>

#include "util/diagnostic.hpp"

namespace coprod::yaml {

// Where nesting first goes deeper than `max_depth`: flow brackets ([ and {)
// outside quotes and comments, plus block indentation levels and "- " items
// that start on the same line. An over-estimate is fine (the limit is far
// above any real coprod file); it must never under-estimate what yaml-cpp
// would recurse into.
std::optional<util::Position> find_excessive_nesting(std::string_view text, std::size_t max_depth);

}  // namespace coprod::yaml
