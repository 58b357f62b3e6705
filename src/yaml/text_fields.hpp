#pragma once
// The free-text values (`model::TextField`) and the comments of a coprod file, found in its tree.

#include <string_view>
#include <vector>

#include "model/text_field.hpp"
#include "yaml/document.hpp"

namespace coprod::yaml {

// Every free-text value in the document, in file order.
std::vector<model::TextField> find_text_fields(std::string_view text, const Node& root);

// Whether the comment after `value` cuts it short as typed text: a value
// without quotes, its comment's '#' after one space ("Agreed at meeting #3
// with the board"), and no '# coprod: reviewed' mark. `value` is a node of
// `text` parsed.
bool cut_short_by_comment(std::string_view text, const Node& value);

// Every comment in the document, in file order, so checks can look inside
// them (people write notes in comments too): its text after the '#', up to
// a line feed or carriage return, placed at the first character after the
// '#'. A '#' starts a comment only outside every scalar of the tree, so one
// inside quotes or a block scalar (`|`, `>`) is text. `root` is `text` parsed.
std::vector<model::TextLine> find_comments(std::string_view text, const Node& root);

}  // namespace coprod::yaml
