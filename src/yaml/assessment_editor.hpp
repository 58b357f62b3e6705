#pragma once
// Changing one row of an assessment file in place: its score and evidence
// are edited at their position in the text, so everything else in the file
// (comments, key order, quoting, blank lines) stays byte for byte as it was.

#include <optional>
#include <string>
#include <string_view>

#include "util/result.hpp"

namespace coprod::yaml {

struct RowEdit {
  std::string section_id;
  std::string row_id;
  std::optional<std::string> score;     // as written in a file ("4", "2.5", "n/a"); "" clears it
  std::optional<std::string> evidence;  // "" clears it
};

// The file's text with the edit made. The score must already be valid; the
// caller loads the result to check it. Fails (with a message naming the
// place) when the file's layout cannot be edited in place, such as a row
// written as a flow mapping or a row missing from the file.
util::Result<std::string> apply_row_edit(std::string_view text, const std::string& source, const RowEdit& edit);

}  // namespace coprod::yaml
