#pragma once
// Reads a framework file (the built-in one, or an area's own) into a model::Framework.

#include <string>
#include <string_view>

#include "model/framework.hpp"
#include "util/result.hpp"

namespace coprod::yaml {

util::Result<model::Framework> load_framework(std::string_view text, const std::string& source);

}  // namespace coprod::yaml
