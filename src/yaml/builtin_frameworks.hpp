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

// The built-in frameworks, ready made (no parsing).
model::FrameworkCatalog builtin_catalog();

// The same frameworks parsed from their embedded YAML: the tests compare the
// two. A failure here is a bug in coprod and throws std::logic_error.
model::FrameworkCatalog parse_builtin_frameworks();

}  // namespace coprod::yaml
