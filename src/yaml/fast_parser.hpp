#pragma once
// A fast reader for the plain layout coprod files use: block mappings and
// lists, one-line flow lists and mappings, plain and quoted one-line scalars,
// literal and folded block scalars, comments. It builds exactly the tree
// parse_document() builds through yaml-cpp (a test and a fuzz target compare
// the two), about twenty times faster, because yaml-cpp 0.7.0's scanner
// dominates the time of reading many files.
//
// Anything outside that layout (anchors, tags, multi-line plain or quoted
// scalars, tabs, CR line ends, a second document, duplicate keys, any syntax
// error...) is not handled here: parse_fast() returns nullopt and the caller
// uses yaml-cpp, which also reports the errors.

#include <optional>
#include <string_view>

#include "yaml/document.hpp"

namespace coprod::yaml {

std::optional<Node> parse_fast(std::string_view text, std::size_t max_depth);

}  // namespace coprod::yaml
