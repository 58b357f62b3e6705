#include "cli/saved_terminal_settings.hpp"

#include <array>
#include <cerrno>
#include <csignal>
#include <mutex>
#include <unistd.h>

// Built with a sanitizer (scripts/test, COPROD_SANITIZE): its report ends the
// program without a signal a handler could catch, unless told to abort.
#if defined(__SANITIZE_ADDRESS__)
#define COPROD_WITH_SANITIZER 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(undefined_behavior_sanitizer)
#define COPROD_WITH_SANITIZER 1
#endif
#endif
#ifdef COPROD_WITH_SANITIZER
#include <sanitizer/common_interface_defs.h>
#endif

namespace coprod::cli {

namespace {

constexpr std::array k_ending_signals{SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGABRT};
constexpr std::array k_crash_signals{SIGSEGV, SIGBUS, SIGFPE, SIGILL};

// What the handlers reach: only plain values, set before `g_saved_fd` says they may be used.
struct termios g_settings {};
volatile sig_atomic_t g_saved_fd = -1;  // -1: nothing to put back
std::array<struct sigaction, k_ending_signals.size()> g_previous{};
struct sigaction g_previous_stop {};
std::array<struct sigaction, k_crash_signals.size()> g_previous_crash{};
// A stack of its own for the crash handler, so that it runs after the stack overflowed too.
alignas(16) std::array<char, 64 * 1024> g_crash_stack{};

void put_back(int fd) {
  if (fd >= 0) ::tcsetattr(fd, TCSANOW, &g_settings);
}

extern "C" void put_back_then_end(int signal_number) {
  const int saved_errno = errno;
  put_back(g_saved_fd);
  for (std::size_t i = 0; i < k_ending_signals.size(); ++i) {
    if (k_ending_signals[i] == signal_number) ::sigaction(signal_number, &g_previous[i], nullptr);
  }
  ::raise(signal_number);  // delivered as it was before once this returns: the program ends
  errno = saved_errno;
}

// A crash: the settings put back, then the handler before this one (the
// default, which ends the program with the signal's status and a core dump,
// or a sanitizer's report) takes the signal as if this had not been there.
// Sent (kill, raise, abort), it is raised again; from a fault, the faulting
// instruction runs again when this returns, and faults again.
extern "C" void put_back_then_crash(int signal_number, siginfo_t* info, void* /*context*/) {
  const int saved_errno = errno;
  put_back(g_saved_fd);
  for (std::size_t i = 0; i < k_crash_signals.size(); ++i) {
    if (k_crash_signals[i] == signal_number) ::sigaction(signal_number, &g_previous_crash[i], nullptr);
  }
  if (info == nullptr || info->si_code <= 0) ::raise(signal_number);  // SI_USER, SI_QUEUE, SI_TKILL: sent
  errno = saved_errno;
}

#ifdef COPROD_WITH_SANITIZER
// A sanitizer's report of a bug (a read past an array's end, say) ends the
// program with _exit() once it is written, not by a signal: the settings are
// put back just before.
extern "C" void put_back_before_sanitizer_exit() { put_back(g_saved_fd); }
#endif

// Ctrl-Z: the settings put back while the program is stopped, those of the
// moment taken again when it goes on. The handler stays for the next stop.
extern "C" void put_back_then_stop(int signal_number) {
  const int saved_errno = errno;
  const int fd = g_saved_fd;
  struct termios now {};
  const bool changed = fd >= 0 && ::tcgetattr(fd, &now) == 0;
  put_back(fd);
  struct sigaction ours {};
  ::sigaction(signal_number, &g_previous_stop, &ours);
  sigset_t stop;
  sigset_t before;
  ::sigemptyset(&stop);
  ::sigaddset(&stop, signal_number);
  ::sigprocmask(SIG_UNBLOCK, &stop, &before);
  ::raise(signal_number);  // stops here, as the handler before would have it, until the program goes on
  ::sigprocmask(SIG_SETMASK, &before, nullptr);
  ::sigaction(signal_number, &ours, nullptr);
  if (changed) ::tcsetattr(fd, TCSANOW, &now);
  errno = saved_errno;
}

void install(int signal_number, void (*handler)(int), struct sigaction& previous) {
  if (::sigaction(signal_number, nullptr, &previous) != 0 || previous.sa_handler == SIG_IGN) return;
  struct sigaction action {};
  action.sa_handler = handler;
  ::sigemptyset(&action.sa_mask);
  action.sa_flags = SA_RESTART;
  ::sigaction(signal_number, &action, nullptr);
}

// The crash handler, on a stack of its own unless one is set already (a
// sanitizer sets its own, which its handler needs).
void install_crash_handler(int signal_number, struct sigaction& previous) {
  if (::sigaction(signal_number, nullptr, &previous) != 0 || previous.sa_handler == SIG_IGN) return;
  struct sigaction action {};
  action.sa_sigaction = put_back_then_crash;
  ::sigemptyset(&action.sa_mask);
  action.sa_flags = SA_SIGINFO | SA_ONSTACK;
  ::sigaction(signal_number, &action, nullptr);
}

void set_crash_stack() {
  stack_t current{};
  if (::sigaltstack(nullptr, &current) != 0 || (current.ss_flags & SS_DISABLE) == 0) return;
  stack_t ours{};
  ours.ss_sp = g_crash_stack.data();
  ours.ss_size = g_crash_stack.size();
  ::sigaltstack(&ours, nullptr);
}

void install_handlers() {
  static std::once_flag once;
  std::call_once(once, [] {
    for (std::size_t i = 0; i < k_ending_signals.size(); ++i)
      install(k_ending_signals[i], put_back_then_end, g_previous[i]);
    install(SIGTSTP, put_back_then_stop, g_previous_stop);
    set_crash_stack();
    for (std::size_t i = 0; i < k_crash_signals.size(); ++i)
      install_crash_handler(k_crash_signals[i], g_previous_crash[i]);
#ifdef COPROD_WITH_SANITIZER
    __sanitizer_set_death_callback(put_back_before_sanitizer_exit);
#endif
  });
}

}  // namespace

SavedTerminalSettings::SavedTerminalSettings(int fd) {
  if (g_saved_fd >= 0 || ::tcgetattr(fd, &g_settings) != 0) return;  // one at a time: the first keeps them
  install_handlers();
  g_saved_fd = fd;
  m_saved = true;
}

SavedTerminalSettings::~SavedTerminalSettings() {
  if (!m_saved) return;
  const int fd = g_saved_fd;
  g_saved_fd = -1;
  ::tcsetattr(fd, TCSADRAIN, &g_settings);
}

}  // namespace coprod::cli
