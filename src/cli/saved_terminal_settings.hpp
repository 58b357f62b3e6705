#pragma once
// The settings of the terminal a line editor reads from, as they were before
// it changed them, put back however the program ends: when this ends (an
// answer given, an error, the end of the session), by a signal that ends the
// program (Ctrl-C, SIGTERM, SIGHUP, SIGQUIT, SIGABRT) or stops it (Ctrl-Z),
// by a crash (SIGSEGV, SIGBUS, SIGFPE, SIGILL), and in a build with a
// sanitizer by its report of a bug, which ends the program without a signal
// (__sanitizer_set_death_callback), so the shell is never left with a
// terminal that neither shows what is typed nor edits a line.
// After a stop, the settings of the moment it came are taken again when the
// program goes on.
// The handlers are installed once and stay, doing nothing once this ends;
// each hands the signal on to the handler before it (cli::TemporaryPath's,
// a sanitizer's, or the default), so the program still ends or stops as the
// signal asks, a crash with the signal's exit status and core dump.

#include <termios.h>

namespace coprod::cli {

class SavedTerminalSettings {
 public:
  // Saves the settings of the terminal `fd` refers to (nothing is saved or
  // put back when it is not a terminal).
  explicit SavedTerminalSettings(int fd);
  ~SavedTerminalSettings();
  SavedTerminalSettings(const SavedTerminalSettings&) = delete;
  SavedTerminalSettings& operator=(const SavedTerminalSettings&) = delete;

 private:
  bool m_saved = false;
};

}  // namespace coprod::cli
