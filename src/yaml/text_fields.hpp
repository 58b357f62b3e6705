#pragma once
// The free-text values of a coprod file (`model::TextField`), found in its tree.

#include <string_view>
#include <vector>

#include "model/text_field.hpp"
#include "yaml/document.hpp"

namespace coprod::yaml {

// Every free-text value in the document, in file order.
std::vector<model::TextField> find_text_fields(std::string_view text, const Node& root);

}  // namespace coprod::yaml
