#pragma once
// An output file whose name says one format while another is written
// ("-o out.json" with the default text, "web -o web.png", which is SVG): the
// file is written as asked, with a warning saying which --format gives what
// the name says.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cli/console.hpp"

namespace coprod::cli {

// The warning's text for `output` written as `format` by a command that
// offers `formats` (its --format values; none for a file of one format, such
// as init's YAML or form's HTML); nullopt when the name's extension names no
// format (or none), or the one written. "-" is never named. `writer` is what
// cannot write the format the name says ("--write" for plan's plan file).
std::optional<std::string> output_format_mismatch(const std::string& output, std::string_view format,
                                                  const std::vector<std::string>& formats,
                                                  std::string_view writer = "this command");

// Prints output_format_mismatch() as "coprod: warning: ..." on standard error.
void warn_about_output_format(Console& console, const std::string& output, std::string_view format,
                              const std::vector<std::string>& formats, std::string_view writer = "this command");

}  // namespace coprod::cli
