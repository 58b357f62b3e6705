#pragma once
// The frameworks compiled into coprod, from src/frameworks/*.yaml.

#include <string_view>
#include <vector>

#include "model/framework_catalog.hpp"

namespace coprod::yaml {

struct BuiltinFrameworkSource {
  std::string_view file_name;  // as in the source tree, for messages
  std::string_view text;
};

std::vector<BuiltinFrameworkSource> builtin_framework_sources();

// The built-in frameworks, ready made (no parsing), for a catalog to be built from.
std::vector<model::Framework> builtin_frameworks();
// A catalog of the built-in frameworks alone.
model::FrameworkCatalog builtin_catalog();

}  // namespace coprod::yaml
