#pragma once
// A line typed at the terminal, read with libedit (BSD licence, in Debian as
// libedit-dev): left and right arrows, Home and End, Backspace and Delete,
// up and down through earlier answers, and the user's ~/.editrc. A paste the
// terminal marks (bracketed paste, cli/bracketed_paste.hpp) of several lines
// stays one answer; lines typed ahead, or pasted on a terminal that does not
// mark pastes, are separate answers. On a dumb terminal (TERM=dumb or unset)
// the line is read as the terminal's own line discipline edits it, and each
// line is an answer.
// A line can start filled in (`prefill`), to be edited rather than retyped:
// a key sequence no terminal sends is pushed to libedit before it reads, and
// the function bound to it inserts the text (el_gets empties the line as it
// starts, so text inserted before it would be lost).
// From the first question to the end of the session, between questions
// too, the terminal passes keys on as they are typed and does not show them
// itself, so keys typed ahead of a question (Ctrl-U, the arrow keys, a line
// to replace one shown filled in) reach the line editor as the keys they
// are; the terminal's settings are put back when the editor ends and when a
// signal ends or stops the program (cli/saved_terminal_settings.hpp).
// Escape sequences that get through are removed by the caller
// (util::typed_text), so they never reach a file.

#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "cli/console.hpp"

namespace coprod::cli {

class LineEditor {
 public:
  // `edit`: use libedit; otherwise plain reading.
  explicit LineEditor(bool edit);
  ~LineEditor();
  LineEditor(const LineEditor&) = delete;
  LineEditor& operator=(const LineEditor&) = delete;

  // Prints `prompt` and returns the line typed (without its line break), or
  // nullopt at the end of input (Ctrl-D). For InputKind::text, the lines of
  // a marked paste come back as one answer, joined by line breaks; for a
  // short answer, joined by spaces. `prefill`: what the line starts with,
  // ready to edit (ignored without libedit: plain reading cannot show it).
  // The answers read are offered again by the up arrow from the next
  // read_line() on, unless forget_last_answer() is called before it.
  std::optional<std::string> read_line(std::string_view prompt, InputKind kind, std::string_view prefill);

  // The answer read last was refused: the up arrow never brings it back.
  void forget_last_answer();

  struct State;  // what libedit's callbacks reach

 private:
  std::optional<std::string> read_one_line(std::string_view prompt, InputKind kind, std::string_view prefill = {});
  std::unique_ptr<State> m_state;
};

}  // namespace coprod::cli
