#pragma once
// The free-text values (`model::TextField`) and the comments of a coprod file, found in its tree.

#include <string_view>
#include <vector>

#include "model/text_field.hpp"
#include "yaml/document.hpp"

namespace coprod::yaml {

// Every free-text value in the document, in file order.
std::vector<model::TextField> find_text_fields(std::string_view text, const Node& root);

// The comments of a YAML file, with where each is, so checks can look inside
// them (people write notes in comments too). Found from the tree: a '#' that
// starts a comment is one outside every scalar, so a '#' inside quotes or a
// block scalar (`|`, `>`) is text.
// Each comment's text after the '#' (less a carriage return), as a TextLine
// (line and column of the first character after the '#'), in file order.
// `root` is `text` parsed.
std::vector<model::TextLine> find_comments(std::string_view text, const Node& root);

}  // namespace coprod::yaml
