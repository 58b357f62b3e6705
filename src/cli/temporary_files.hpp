#pragma once
// Temporary files and folders that coprod is writing, removed if the process
// is stopped by Ctrl-C (SIGINT), SIGTERM or SIGHUP before it is done with
// them. The signal handler only walks a fixed table and calls unlink(),
// rmdir(), sigaction() and raise(), which are safe in a signal handler; then
// the signal is raised again for what handled it before (the default, or
// cli::SavedTerminalSettings putting the terminal back), so the process still
// ends as the signal asks.

#include <signal.h>
#include <string>

namespace coprod::cli {

class TemporaryPath {
 public:
  enum class Kind { file, folder };

  TemporaryPath() = default;
  // Registers `path` (already created) for removal on a signal. The first
  // registration installs the handlers (not for a signal that is ignored, as
  // under nohup). If the table is full, the path is simply not registered.
  TemporaryPath(const std::string& path, Kind kind);
  // Unregisters; does not remove the path.
  ~TemporaryPath();
  TemporaryPath(TemporaryPath&& other) noexcept;
  TemporaryPath& operator=(TemporaryPath&& other) noexcept;
  TemporaryPath(const TemporaryPath&) = delete;
  TemporaryPath& operator=(const TemporaryPath&) = delete;

  void release();

 private:
  int m_slot = -1;
};

// Holds off SIGINT, SIGTERM and SIGHUP in this thread while alive: for the
// moments between creating a temporary path and registering it, and while
// moving finished files into place. A signal that arrives meanwhile takes
// effect when this ends.
class SignalHold {
 public:
  SignalHold();
  ~SignalHold();
  SignalHold(const SignalHold&) = delete;
  SignalHold& operator=(const SignalHold&) = delete;
  // The signals stay held after this ends, to the end of the process: for
  // work that is finished, so that a signal arriving now cannot end it as failed.
  void keep() { m_kept = true; }

 private:
  sigset_t m_previous;
  bool m_kept = false;
};

}  // namespace coprod::cli
