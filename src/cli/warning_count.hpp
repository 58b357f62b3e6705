#pragma once
// A console that passes everything on to another and counts the warnings
// written to standard error, for a command's --strict (compare --strict):
// a message whose first line is a warning, as util::Diagnostic::to_string()
// writes one ("FILE:3:5: warning: ...") or a command's own ("coprod: warning: ...").

#include <cstddef>

#include "cli/console.hpp"

namespace coprod::cli {

// Whether `message`, as written to standard error, is a warning.
bool is_warning_message(std::string_view message);

class WarningCountingConsole final : public Console {
 public:
  explicit WarningCountingConsole(Console& console) : m_console(console) {}
  std::size_t warnings() const { return m_warnings; }

  void out(std::string_view text) override { m_console.out(text); }
  void err(std::string_view text) override;
  bool out_is_terminal() const override { return m_console.out_is_terminal(); }
  std::optional<std::string> env(const char* name) const override { return m_console.env(name); }
  bool in_is_terminal() const override { return m_console.in_is_terminal(); }
  std::optional<std::size_t> terminal_columns() const override { return m_console.terminal_columns(); }
  bool can_edit_lines() const override { return m_console.can_edit_lines(); }
  std::optional<std::string> read_line(std::string_view prompt, InputKind kind, std::string_view prefill) override {
    return m_console.read_line(prompt, kind, prefill);
  }
  bool discard_typed_ahead() override { return m_console.discard_typed_ahead(); }
  void forget_last_answer() override { m_console.forget_last_answer(); }

 private:
  Console& m_console;
  std::size_t m_warnings = 0;
};

}  // namespace coprod::cli
