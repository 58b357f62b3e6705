#pragma once
// The form names each person's response response-<8 hex digits>.coprod.yaml
// (response-7f3a9c20.coprod.yaml). Saved again, downloaded twice or copied,
// the file gets a copy mark before an extension: " (1)" or "(1)" (Chrome,
// Edge, Firefox), "-1" (Safari), " - Copy" or " - Copy (2)" (Windows
// Explorer), " copy", " copy 2" or " 2" (macOS Finder), " (copy)" (Linux file
// managers), before .coprod.yaml or before .yaml. Two files of one such name
// are one person's two saves.

#include <optional>
#include <string>
#include <string_view>

namespace coprod::analysis {

struct ResponseFileName {
  std::string original;  // the name the form gave: response-7f3a9c20.coprod.yaml
  bool copy = false;     // the name has a copy mark
};

// The form's name in the last part of `path`, with or without copy marks;
// nothing for any other name (response-7f3a9c20-b.coprod.yaml included).
std::optional<ResponseFileName> response_file_name(std::string_view path);

// Any other name ending in .yaml or .yml with copy marks that only a browser or
// a file manager adds (" (1)", "(1)", " - Copy", " copy", " (copy)"; not "-1"
// or " 2", which people use to number files): the name without them, from the
// last part of `path` ("jo-response (1).yaml": "jo-response.yaml"); nothing for
// a name without such marks, and for the form's names (see above).
std::optional<std::string> name_without_copy_marks(std::string_view path);

}  // namespace coprod::analysis
