#pragma once
// What the terminal on standard output can do.

#include <cstddef>

#include "cli/console.hpp"

namespace coprod::cli {

// Colour only when writing to a terminal, and never when NO_COLOR is set
// (https://no-color.org) or TERM is "dumb".
bool use_colour(const Console& console, bool writing_to_stdout);

// The width to fit text a person reads to: COLUMNS when it is a number, else
// the width of the terminal standard output goes to, else 80; from 40 to
// 1000 columns. Help, the overview and score --interactive wrap to it.
std::size_t terminal_width(const Console& console);

// The width of a text report: `given` (--width) when it is not 0; else, when
// the report goes to standard output and that is a terminal,
// terminal_width() kept from `narrowest` to `widest` (--width's range); else
// 80, so that a file or a pipe gets the same text wherever it is made.
std::size_t report_width(std::size_t given, bool writing_to_stdout, const Console& console, std::size_t narrowest,
                         std::size_t widest);

// True when the locale says UTF-8 (LC_ALL, then LC_CTYPE, then LANG).
bool terminal_speaks_utf8(const Console& console);

}  // namespace coprod::cli
