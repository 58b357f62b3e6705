#include "cli/console.hpp"

#include <cstdio>
#include <cstdlib>

#include <unistd.h>

namespace coprod::cli {

void StandardConsole::out(std::string_view text) {
  std::fwrite(text.data(), 1, text.size(), stdout);
  std::fflush(stdout);
}

void StandardConsole::err(std::string_view text) {
  std::fwrite(text.data(), 1, text.size(), stderr);
  std::fflush(stderr);
}

bool StandardConsole::out_is_terminal() const { return ::isatty(STDOUT_FILENO) == 1; }

std::optional<std::string> StandardConsole::read_line() {
  std::string line;
  for (;;) {
    const int c = std::fgetc(stdin);
    if (c == EOF) {
      if (line.empty()) return std::nullopt;
      break;
    }
    if (c == '\n') break;
    line += static_cast<char>(c);
  }
  if (!line.empty() && line.back() == '\r') line.pop_back();
  return line;
}

std::optional<std::string> StandardConsole::env(const char* name) const {
  if (const char* value = std::getenv(name)) return std::string(value);
  return std::nullopt;
}

}  // namespace coprod::cli
