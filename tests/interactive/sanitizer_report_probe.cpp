// Built only with the sanitizers (COPROD_SANITIZE): a session's terminal
// settings saved as `score --interactive` saves them, echo and line editing
// turned off as its line editor turns them off, then, once a key comes, a read
// past the end of an array, which AddressSanitizer reports and ends the
// program for without a signal. drive_sanitizer_report.py runs it on a
// pseudo-terminal and checks that the terminal is put back.
#include <cstdio>
#include <memory>
#include <termios.h>
#include <unistd.h>

#include "cli/saved_terminal_settings.hpp"

int main() {
  const coprod::cli::SavedTerminalSettings saved(STDIN_FILENO);
  struct termios raw {};
  if (::tcgetattr(STDIN_FILENO, &raw) != 0) return 2;
  raw.c_lflag &= ~static_cast<tcflag_t>(ECHO | ICANON);
  if (::tcsetattr(STDIN_FILENO, TCSANOW, &raw) != 0) return 2;
  std::fputs("Press a key: ", stdout);
  std::fflush(stdout);
  char key = 0;
  if (::read(STDIN_FILENO, &key, 1) != 1) return 2;
  const auto bytes = std::make_unique<volatile char[]>(4);
  const int past_the_end = 4 + key % 2;  // 4 or 5: never known to the compiler
  return bytes[past_the_end];
}
