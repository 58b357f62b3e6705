// How score --interactive and plan --edit --interactive speak and ask at the terminal.

#include "cli/session_terminal.hpp"

#include <vector>

#include <fmt/format.h>

#include "cli/terminal.hpp"
#include "util/escape.hpp"
#include "util/text.hpp"
#include "util/typed_text.hpp"

namespace coprod::cli {

std::string cleaned(const std::string& typed) { return std::string(util::trim(util::typed_text(typed))); }

std::size_t SessionTerminal::width() const { return m_fixed_width > 0 ? m_fixed_width : terminal_width(m_console); }

void SessionTerminal::wrapped(std::size_t indent, std::string_view text) {
  say(util::wrap_hanging(util::terminal_text(text), width(), indent, indent));
}

void SessionTerminal::wrapped_once(std::string_view text) {
  if (m_said_once.insert(std::string(text)).second) wrapped(0, text);
}

std::optional<std::string> SessionTerminal::read(std::string_view prompt, InputKind kind, std::string_view stopped,
                                                 std::string_view prefill) {
  std::vector<std::string> lines = util::wrap_to_fit(prompt, width());
  // A short answer (a date) goes on the prompt's last line: on a terminal
  // wide enough, room is left for it there, so that what is typed is not
  // broken at the edge.
  constexpr std::size_t k_answer_room = 12;
  if (m_short_answer_room == ShortAnswerRoom::kept && kind == InputKind::short_answer && !lines.empty() &&
      width() >= 5 * k_answer_room && util::display_width(lines.back()) + k_answer_room > width())
    lines = util::wrap_to_fit(prompt, width() - k_answer_room);
  const std::string last = lines.empty() ? std::string() : lines.back() + " ";
  if (!lines.empty()) lines.pop_back();
  for (const auto& line : lines) say(line + "\n");
  m_console.set_interrupt_note(
      "\n" +
      util::wrap_hanging(util::terminal_text(stopped.empty() ? stopped_note() : std::string(stopped)), width(), 0, 0));
  auto line = m_console.read_line(last, kind, m_console.can_edit_lines() ? prefill : std::string_view());
  m_console.set_interrupt_note({});
  return line;
}

std::string SessionTerminal::stopped_note() const {
  return fmt::format("Stopped (Ctrl-C): every answer saved before is kept in {}.", m_file_path);
}

void SessionTerminal::answer_refused() {
  m_console.forget_last_answer();
  drop_typed_ahead();
}

void SessionTerminal::drop_typed_ahead() {
  if (m_console.discard_typed_ahead())
    wrapped(0, "The lines typed after it were not taken as answers: type them again.");
}

}  // namespace coprod::cli
