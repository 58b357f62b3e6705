#pragma once
// Editing a YAML file's text in place, so everything not edited (comments,
// key order, quoting, blank lines) stays byte for byte as it was.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "yaml/document.hpp"

namespace coprod::yaml {

struct TextRange {
  std::size_t begin = 0;  // byte offsets into the text
  std::size_t end = 0;
};

// Byte offset of a 1-based line and column (columns count bytes, as yaml-cpp's do).
std::optional<std::size_t> offset_of(std::string_view text, util::Position position);

// Where a single-line scalar is written (plain or quoted, without any
// trailing comment), or nullopt for block scalars and multi-line values.
std::optional<TextRange> scalar_extent(std::string_view text, const Node& scalar);

// The lines that hold the top-level entry `key` and its value: from the key's
// line up to (not including) the next top-level key, less any comments and
// blank lines just before that key (they belong to it).
std::optional<TextRange> top_level_entry_extent(std::string_view text, const Node& root, std::string_view key);

// Applies replacements; ranges must not overlap.
std::string apply_edits(std::string_view text, std::vector<std::pair<TextRange, std::string>> edits);

}  // namespace coprod::yaml
