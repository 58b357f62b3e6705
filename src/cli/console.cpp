#include "cli/console.hpp"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <poll.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>

#include <fmt/format.h>

#include "cli/error.hpp"
#include "cli/interrupt_note.hpp"
#include "cli/line_editor.hpp"
#include "util/escape.hpp"
#include "util/message_wrap.hpp"

namespace coprod::cli {

namespace {

// Messages on a terminal are wrapped to at most this many columns, so a
// wide window still shows lines a person can read.
constexpr std::size_t k_widest_message = 100;

// The width to wrap messages to when standard error is a terminal that
// says how wide it is (at most k_widest_message); nullopt otherwise, so a
// pipe, a file or a CI log gets each message on one line, as written.
std::optional<std::size_t> message_width() {
  struct winsize size {};
  if (::isatty(STDERR_FILENO) != 1 || ::ioctl(STDERR_FILENO, TIOCGWINSZ, &size) != 0 || size.ws_col == 0)
    return std::nullopt;
  return std::min<std::size_t>(size.ws_col, k_widest_message);
}

}  // namespace

void StandardConsole::out(std::string_view text) {
  if (std::fwrite(text.data(), 1, text.size(), stdout) != text.size() || std::fflush(stdout) != 0) {
    const int error = errno;
    std::clearerr(stdout);
    throw Error(k_exit_not_written, fmt::format("cannot write to standard output ({}); check the disk space or "
                                                "where the output goes",
                                                std::strerror(error)));
  }
}

void StandardConsole::err(std::string_view text) {
  // Messages quote users' files and command lines; whatever a caller forgot,
  // nothing reaches the terminal that could drive it or hide what it says.
  std::string safe = util::terminal_text(text, true);
  if (const auto width = message_width()) safe = util::wrap_message(safe, *width);
  std::fwrite(safe.data(), 1, safe.size(), stderr);
  std::fflush(stderr);
}

bool StandardConsole::out_is_terminal() const { return ::isatty(STDOUT_FILENO) == 1; }

std::optional<std::size_t> StandardConsole::terminal_columns() const {
  struct winsize size {};
  if (::ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) != 0 || size.ws_col == 0) return std::nullopt;
  return size.ws_col;
}

StandardConsole::StandardConsole() = default;
StandardConsole::~StandardConsole() = default;

bool StandardConsole::in_is_terminal() const { return ::isatty(STDIN_FILENO) == 1; }

bool StandardConsole::can_edit_lines() const {
  const std::string terminal = env("TERM").value_or("");
  return in_is_terminal() && out_is_terminal() && !terminal.empty() && terminal != "dumb";
}

std::optional<std::string> StandardConsole::read_line(std::string_view prompt, InputKind kind,
                                                      std::string_view prefill) {
  if (!m_editor) m_editor = std::make_unique<LineEditor>(can_edit_lines());
  std::optional<InterruptNote> note;
  if (!interrupt_note().empty()) note.emplace(interrupt_note());
  auto line = m_editor->read_line(prompt, kind, prefill);
  if (line && !line->empty() && line->back() == '\r') line->pop_back();
  return line;
}

void StandardConsole::forget_last_answer() {
  if (m_editor) m_editor->forget_last_answer();
}

bool StandardConsole::discard_typed_ahead() {
  if (!in_is_terminal()) return false;
  pollfd input{STDIN_FILENO, POLLIN, 0};
  const bool waiting = ::poll(&input, 1, 0) == 1 && (input.revents & POLLIN) != 0;
  ::tcflush(STDIN_FILENO, TCIFLUSH);
  return waiting;
}

std::optional<std::string> StandardConsole::env(const char* name) const {
  if (const char* value = std::getenv(name)) return std::string(value);
  return std::nullopt;
}

}  // namespace coprod::cli
