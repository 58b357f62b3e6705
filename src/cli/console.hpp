#pragma once
// Where a command's output goes. The real console writes to stdout/stderr;
// tests use a console that keeps the text in strings.

#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace coprod::cli {

// What a typed line is for: each kind keeps its own history of answers, and
// only text keeps several pasted lines together as one answer.
enum class InputKind { short_answer, text };

class LineEditor;

class Console {
 public:
  virtual ~Console() = default;
  // Results. The real console throws Error(k_exit_not_written) if they cannot
  // be written (a full disk, say), so a failed write never exits 0.
  virtual void out(std::string_view text) = 0;
  // Messages. The real console wraps them at the terminal's width (at most
  // 100 columns, util::wrap_message()) when standard error is a terminal,
  // and writes them as given to a pipe or a file.
  virtual void err(std::string_view text) = 0;
  virtual bool out_is_terminal() const = 0;
  virtual std::optional<std::string> env(const char* name) const = 0;
  virtual bool in_is_terminal() const = 0;
  // How many columns wide the terminal standard output goes to is; nullopt
  // when it is not a terminal or does not say.
  virtual std::optional<std::size_t> terminal_columns() const = 0;
  // Whether read_line() lets people edit the line with the arrow keys and
  // bring back earlier answers (a line editor on a terminal that can move the
  // cursor; not when TERM is dumb or unset).
  virtual bool can_edit_lines() const = 0;
  // Shows `prompt` and returns the line the person at the keyboard typed
  // (without its line break), exactly as typed: callers clean it with
  // util::typed_text(). nullopt at the end of input. `prefill`: what the
  // line starts with, to edit, when can_edit_lines() (else it is not shown,
  // and an empty line means nothing was typed).
  virtual std::optional<std::string> read_line(std::string_view prompt, InputKind kind, std::string_view prefill) = 0;
  // Drops the lines typed but not read yet: after an answer is refused, the
  // answers typed ahead of it (or the rest of a paste on a terminal that does
  // not mark pastes) are not taken for the questions after it. True if there
  // were any.
  virtual bool discard_typed_ahead() = 0;
  // The line read_line() returned last was refused: the up arrow does not
  // bring it back among the answers taken.
  virtual void forget_last_answer() = 0;
  // err(), but only the first time this console is given the same text: for a
  // warning that anything asking for the same setting would repeat.
  void err_once(std::string_view text) {
    if (m_said_once.emplace(text).second) err(text);
  }
  // What read_line() says should Ctrl-C stop the program while it waits (the
  // program still ends by the signal); empty says nothing. Safe for a
  // terminal already.
  void set_interrupt_note(std::string note) { m_interrupt_note = std::move(note); }
  const std::string& interrupt_note() const { return m_interrupt_note; }

 private:
  std::set<std::string, std::less<>> m_said_once;
  std::string m_interrupt_note;
};

class StandardConsole final : public Console {
 public:
  StandardConsole();
  ~StandardConsole() override;
  void out(std::string_view text) override;
  void err(std::string_view text) override;
  bool out_is_terminal() const override;
  std::optional<std::string> env(const char* name) const override;
  bool in_is_terminal() const override;
  std::optional<std::size_t> terminal_columns() const override;
  bool can_edit_lines() const override;
  // With a line editor (libedit) on a terminal that can move the cursor;
  // plain reading when TERM is dumb or unset.
  std::optional<std::string> read_line(std::string_view prompt, InputKind kind, std::string_view prefill) override;
  bool discard_typed_ahead() override;
  void forget_last_answer() override;

 private:
  std::unique_ptr<LineEditor> m_editor;  // made when first needed
};

class CapturingConsole final : public Console {
 public:
  std::string stdout_text;
  std::string stderr_text;
  bool terminal = false;
  std::map<std::string, std::string> environment;
  void out(std::string_view text) override { stdout_text += text; }
  void err(std::string_view text) override { stderr_text += text; }
  bool out_is_terminal() const override { return terminal; }
  std::vector<std::string> input;  // lines read_line() returns, in order
  bool input_terminal = false;
  std::optional<std::string> env(const char* name) const override {
    const auto found = environment.find(name);
    if (found == environment.end()) return std::nullopt;
    return found->second;
  }
  bool in_is_terminal() const override { return input_terminal; }
  std::optional<std::size_t> columns;
  std::optional<std::size_t> terminal_columns() const override { return columns; }
  bool line_editing = false;
  bool can_edit_lines() const override { return line_editing; }
  // The prompt and the answer are kept in stdout_text, as a terminal shows them.
  std::vector<std::string> interrupt_notes;  // interrupt_note() at each read_line()
  std::vector<std::string> prefills;         // `prefill` at each read_line()
  std::vector<std::string> prompts;          // `prompt` at each read_line()
  // An input line is the whole line as it ends, `prefill` included when kept.
  std::optional<std::string> read_line(std::string_view prompt, InputKind, std::string_view prefill) override {
    interrupt_notes.push_back(interrupt_note());
    prefills.emplace_back(prefill);
    prompts.emplace_back(prompt);
    stdout_text += prompt;
    if (m_next_input >= input.size()) return std::nullopt;
    stdout_text += input[m_next_input] + "\n";
    return input[m_next_input++];
  }
  // Every line in `input` answers a question shown: none is typed ahead.
  bool discard_typed_ahead() override { return false; }
  // No line editor, so no answers to bring back.
  void forget_last_answer() override {}

 private:
  std::size_t m_next_input = 0;
};

}  // namespace coprod::cli
