#pragma once
// What the terminal on standard output can do.

#include "cli/console.hpp"

namespace coprod::cli {

// Colour only when writing to a terminal, and never when NO_COLOR is set
// (https://no-color.org) or TERM is "dumb".
bool use_colour(const Console& console, bool writing_to_stdout);

// True when the locale says UTF-8 (LC_ALL, then LC_CTYPE, then LANG).
bool terminal_speaks_utf8(const Console& console);

}  // namespace coprod::cli
