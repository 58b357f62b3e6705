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
  std::string_view wrong_format;  // said of a 'format:' line not the one expected, given the two
};

// The kind of coprod file `root` is, by its 'format:' line; nullptr for any other file.
const FileKind* kind_of_file(const Node& root);

// When `root` is a coprod file of another kind than `expected` (a format such
// as "coprod-assessment/1"), records why it cannot be read here and where to
// give it, and returns true.
bool is_other_kind_of_file(Reader& reader, const Node& root, std::string_view expected);
// Records an error unless `root`'s 'format:' is `expected`; `where` names the file ("the plan").
void check_format(Reader& reader, const Node& root, std::string_view expected, std::string_view where);
// Where a plan goes, as that message ends for one; a command with an option for plans says it instead.
inline constexpr std::string_view k_where_plans_go =
    "follow it up with 'coprod plan --review', or show it with 'coprod report --plan'";

}  // namespace coprod::yaml
