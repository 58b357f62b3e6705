#pragma once
// The next period's assessment, made from the previous period's file: the same
// text with the new period and empty reflections, so that in version control
// the diff between the two files shows only what people then change. What
// 'coprod combine' derived from several people's files (`combined_from:` and
// each row's `spread:`) is not carried: it described the old scores.

#include <optional>
#include <string>
#include <string_view>

#include "model/period.hpp"
#include "yaml/document.hpp"

namespace coprod::yaml {

// nullopt if the file's layout cannot be edited in place (for example
// reflections written on one line); callers then write a fresh file.
std::optional<std::string> carry_forward(std::string_view previous_text, const Node& previous,
                                         const model::Period& next_period);

}  // namespace coprod::yaml
