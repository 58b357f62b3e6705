#pragma once
// Completes a parsed tree's places. Both readers (yaml-cpp's events and the
// fast reader) record where each node starts; this one pass, shared by both,
// works out from the text where each node ends, how it is written (its
// style) and the comment that follows it on its line, so the two readers
// cannot disagree about any of it.
//
// How each end is found:
// - quoted scalars: the closing quote (an unclosed quote is reported, since
//   yaml-cpp 0.7.0 silently closes it at the end of the file);
// - plain scalars: the parsed value is matched against the text from the
//   start, a run of white space in the value matching a run of white space
//   and line breaks in the text (that is how YAML folds plain lines);
// - block scalars (| and >): the last line indented as far as the content,
//   before the line of the next node;
// - an empty value: an empty range just after its key's ':'; a null word
//   (~, null) there is given its own range;
// - block collections: their last child's end; flow collections: the
//   closing bracket after their last child.

#include <string_view>

#include "yaml/document.hpp"

namespace coprod::yaml {

// Fills in `end`, `style` and `comment` of every node under `root`, whose
// `begin` offsets point into `text`. Returns a quoted scalar that has no
// closing quote, if there is one.
const Node* complete_extents(std::string_view text, Node& root);

// Adds `offset` to every node's begin and end (for a byte-order mark the
// readers did not see).
void shift_extents(Node& root, std::size_t offset);

}  // namespace coprod::yaml
