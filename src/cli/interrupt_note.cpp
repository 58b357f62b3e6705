#include "cli/interrupt_note.hpp"

#include <algorithm>
#include <array>
#include <csignal>
#include <cstring>
#include <unistd.h>

namespace coprod::cli {

namespace {

std::array<char, 4096> g_note{};
std::size_t g_note_size = 0;
struct sigaction g_previous {};

extern "C" void say_note_then_signal(int signal_number) {
  for (std::size_t written = 0; written < g_note_size;) {
    const auto done = ::write(STDERR_FILENO, g_note.data() + written, g_note_size - written);
    if (done <= 0) break;
    written += static_cast<std::size_t>(done);
  }
  ::sigaction(signal_number, &g_previous, nullptr);
  ::raise(signal_number);  // delivered as it was before once this returns: the program ends
}

}  // namespace

InterruptNote::InterruptNote(std::string_view note) {
  g_note_size = std::min(note.size(), g_note.size());
  std::memcpy(g_note.data(), note.data(), g_note_size);
  struct sigaction action {};
  action.sa_handler = say_note_then_signal;
  ::sigemptyset(&action.sa_mask);
  action.sa_flags = SA_RESTART;
  ::sigaction(SIGINT, &action, &g_previous);
  if (g_previous.sa_handler == SIG_IGN) ::sigaction(SIGINT, &g_previous, nullptr);
}

InterruptNote::~InterruptNote() { ::sigaction(SIGINT, &g_previous, nullptr); }

}  // namespace coprod::cli
