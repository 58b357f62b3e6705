#include "cli/terminal.hpp"

#include <algorithm>
#include <cctype>
#include <string>

namespace coprod::cli {

bool use_colour(const Console& console, bool writing_to_stdout) {
  if (!writing_to_stdout || !console.out_is_terminal()) return false;
  if (const auto no_colour = console.env("NO_COLOR"); no_colour && !no_colour->empty()) return false;
  return console.env("TERM").value_or("") != "dumb";
}

bool terminal_speaks_utf8(const Console& console) {
  for (const char* name : {"LC_ALL", "LC_CTYPE", "LANG"}) {
    auto value = console.env(name);
    if (!value || value->empty()) continue;
    std::transform(value->begin(), value->end(), value->begin(), [](unsigned char c) { return std::tolower(c); });
    return value->find("utf-8") != std::string::npos || value->find("utf8") != std::string::npos;
  }
  return false;
}

}  // namespace coprod::cli
