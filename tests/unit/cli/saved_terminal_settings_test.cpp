// A terminal's settings put back however the program ends: here, a crash from
// a real fault, which a signal sent with kill (tests/interactive/
// drive_crash_signals.py) does not reach: the handler returns and the faulting
// write runs again.
#include "cli/saved_terminal_settings.hpp"

#include <csignal>
#include <cstdlib>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <doctest/doctest.h>

namespace {

// A new pseudo-terminal: the end a program reads from (`fd`, -1 when none
// could be made) and the other end, kept open while the test looks at it.
struct PseudoTerminal {
  int other_end = -1;
  int fd = -1;
  PseudoTerminal() {
    other_end = ::posix_openpt(O_RDWR | O_NOCTTY);
    if (other_end < 0 || ::grantpt(other_end) != 0 || ::unlockpt(other_end) != 0) return;
    if (const char* name = ::ptsname(other_end)) fd = ::open(name, O_RDWR | O_NOCTTY);
  }
  ~PseudoTerminal() {
    if (fd >= 0) ::close(fd);
    if (other_end >= 0) ::close(other_end);
  }
  PseudoTerminal(const PseudoTerminal&) = delete;
  PseudoTerminal& operator=(const PseudoTerminal&) = delete;
};

// In a child process: the settings of the terminal `fd` saved, then neither
// echo nor line editing, as a line editor leaves it, then a write to memory
// that may not be written. Before it, SIGSEGV's action is the default again,
// not doctest's handler (which would report the crash as this test's) nor
// AddressSanitizer's: the handler before ours is the default, as in coprod
// without a sanitizer. Never returns; ended by SIGALRM if it hangs.
[[noreturn]] void crash_with_echo_off(int fd) {
  ::alarm(10);
  const rlimit no_core{0, 0};
  ::setrlimit(RLIMIT_CORE, &no_core);
  const int nowhere = ::open("/dev/null", O_WRONLY);
  ::dup2(nowhere, STDOUT_FILENO);
  ::dup2(nowhere, STDERR_FILENO);
  std::signal(SIGSEGV, SIG_DFL);
  const coprod::cli::SavedTerminalSettings saved(fd);
  termios settings{};
  ::tcgetattr(fd, &settings);
  settings.c_lflag &= ~static_cast<tcflag_t>(ECHO | ICANON);
  ::tcsetattr(fd, TCSANOW, &settings);
  void* page = ::mmap(nullptr, 4096, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  *static_cast<volatile char*>(page) = 1;
  ::_exit(0);  // not reached
}

}  // namespace

TEST_CASE("SavedTerminalSettings: a fault puts the terminal back, and the program still ends by SIGSEGV") {
  const PseudoTerminal terminal;
  REQUIRE(terminal.fd >= 0);
  const pid_t child = ::fork();
  REQUIRE(child >= 0);
  if (child == 0) crash_with_echo_off(terminal.fd);
  int status = 0;
  REQUIRE(::waitpid(child, &status, 0) == child);
  termios after{};
  REQUIRE(::tcgetattr(terminal.fd, &after) == 0);
  CHECK((after.c_lflag & ECHO) != 0);
  CHECK((after.c_lflag & ICANON) != 0);
  REQUIRE(WIFSIGNALED(status));
  CHECK(WTERMSIG(status) == SIGSEGV);
}
