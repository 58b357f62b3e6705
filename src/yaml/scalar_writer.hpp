#pragma once
// Writing values into YAML text by hand (coprod never re-emits a user's file
// through yaml-cpp's emitter, which drops comments and writes `yes` unquoted).

#include <string>
#include <string_view>

#include "yaml/document.hpp"

namespace coprod::yaml {

// A scalar for "key: <here>": plain when that reads back as the same text
// under both YAML 1.1 and 1.2, double-quoted with escapes otherwise.
std::string scalar(std::string_view text);

// "key: value" for possibly multi-line text at the given indentation, as a
// literal block (|-, or | for text ending in one line break) when that
// round-trips exactly, else as scalar().
std::string text_field(std::string_view key, std::string_view text, std::size_t indent);

// Free text written in place of a value that was written in `previous`
// style, keeping that style when the new text reads back exactly in it (so a
// value is re-quoted only when its new text needs it). A literal block's
// lines are indented by `indent` and end with `line_break`; `block_comment`,
// the comment on the old value's line (a "# coprod: reviewed" marker, say)
// with the blanks written before it, is written after its |.
std::string replacement_value(std::string_view text, Style previous, std::size_t indent, std::string_view line_break,
                              std::string_view block_comment);

}  // namespace coprod::yaml
