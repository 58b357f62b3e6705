#pragma once
// Telling coprod's three kinds of file apart by their 'format:' line, so that
// a framework or plan given where an assessment belongs (or any other mix-up)
// gets one message saying what it is and where it goes, not one error per key.

#include <string_view>

#include "yaml/reader.hpp"

namespace coprod::yaml {

struct FileKind {
  std::string_view format_prefix;  // "coprod-plan/"
  std::string_view name;           // "an action plan"
  std::string_view where_it_goes;
};

// The kind of coprod file `root` is, by its 'format:' line; nullptr for any other file.
const FileKind* kind_of_file(const Node& root);

// When `root` is a coprod file of another kind than `expected` (a format such
// as "coprod-assessment/1"), records why it cannot be read here and where to
// give it, and returns true.
bool is_other_kind_of_file(Reader& reader, const Node& root, std::string_view expected);
// Where a plan goes, as that message ends for one; a command with an option for plans says it instead.
inline constexpr std::string_view k_where_plans_go =
    "follow it up with 'coprod plan --review', or show it with 'coprod report --plan'";

}  // namespace coprod::yaml
