#pragma once
// The next period's assessment, made from the previous period's file: the same
// text with the new period and empty reflections, so that in version control
// the diff between the two files shows only what people then change.

#include <optional>
#include <string>
#include <string_view>

#include "model/period.hpp"

namespace coprod::yaml {

// nullopt if the file's layout cannot be edited in place (for example a
// period written over several lines); callers then write a fresh file.
std::optional<std::string> carry_forward(std::string_view previous_text, const model::Period& next_period);

}  // namespace coprod::yaml
