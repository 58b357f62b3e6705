#pragma once
// Completes a parsed tree's places. Both readers (yaml-cpp's events and the
// fast reader) record where each node starts; this one pass, shared by both,
// works out from the text where each node ends, how it is written (its
// style) and the comment that follows it on its line, so the two readers
// cannot disagree about any of it. How each kind of node ends: see
// ARCHITECTURE.md ("Reading YAML").

#include <string_view>

#include "yaml/document.hpp"

namespace coprod::yaml {

// Fills in `end`, `style` and `comment` of every node under `root`, whose
// `begin` offsets point into `text`. Returns a quoted scalar that has no
// closing quote, if there is one.
const Node* complete_extents(std::string_view text, Node& root);

}  // namespace coprod::yaml
