#include "cli/bracketed_paste.hpp"

#include <array>
#include <csignal>
#include <unistd.h>

namespace coprod::cli {

namespace {

constexpr char k_marks_on[] = "\x1b[?2004h";
constexpr char k_marks_off[] = "\x1b[?2004l";
constexpr std::array k_signals{SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGTSTP};

// What each signal did before (libedit's handler, when it has one, calls
// ours after putting the terminal back, and ours calls this).
std::array<struct sigaction, k_signals.size()> g_previous{};

void write_all(const char* text, std::size_t size) {
  while (size > 0) {
    const auto written = ::write(STDOUT_FILENO, text, size);
    if (written <= 0) return;
    text += written;
    size -= static_cast<std::size_t>(written);
  }
}

extern "C" void marks_off_then_signal(int signal_number) {
  write_all(k_marks_off, sizeof k_marks_off - 1);
  for (std::size_t i = 0; i < k_signals.size(); ++i) {
    if (k_signals[i] == signal_number) ::sigaction(signal_number, &g_previous[i], nullptr);
  }
  ::raise(signal_number);  // delivered as it was before once this returns: the program ends or stops
}

}  // namespace

BracketedPaste::BracketedPaste() {
  for (std::size_t i = 0; i < k_signals.size(); ++i) {
    struct sigaction action {};
    action.sa_handler = marks_off_then_signal;
    ::sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(k_signals[i], &action, &g_previous[i]);
    if (g_previous[i].sa_handler == SIG_IGN) ::sigaction(k_signals[i], &g_previous[i], nullptr);
  }
  write_all(k_marks_on, sizeof k_marks_on - 1);
}

BracketedPaste::~BracketedPaste() {
  write_all(k_marks_off, sizeof k_marks_off - 1);
  for (std::size_t i = 0; i < k_signals.size(); ++i) ::sigaction(k_signals[i], &g_previous[i], nullptr);
}

}  // namespace coprod::cli
