#pragma once
// Writing values into YAML text by hand (coprod never re-emits a user's file
// through yaml-cpp's emitter, which drops comments and writes `yes` unquoted).

#include <string>
#include <string_view>

namespace coprod::yaml {

// A scalar for "key: <here>": plain when that reads back as the same text
// under both YAML 1.1 and 1.2, double-quoted with escapes otherwise.
std::string scalar(std::string_view text);

// "key: value" for possibly multi-line text at the given indentation, as a
// literal block (|-) when that round-trips exactly, else as scalar().
std::string text_field(std::string_view key, std::string_view text, std::size_t indent);

}  // namespace coprod::yaml
