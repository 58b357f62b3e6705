#pragma once
// The comments of a YAML text, with where each is, so checks can look inside
// them (people write notes in comments too). A '#' inside a quoted scalar or
// a block scalar (`|`, `>`) is text, not a comment.

#include <string_view>
#include <vector>

#include "yaml/text_fields.hpp"

namespace coprod::yaml {

// Each comment's text after the '#', as a TextLine (line and column of the
// first character after the '#'), in file order. `text` must outlive the result.
std::vector<TextLine> find_comments(std::string_view text);

}  // namespace coprod::yaml
