#pragma once
// How score --interactive and plan --edit --interactive speak and ask at the
// terminal: text wrapped to the terminal's width (or --width), a question
// read with the note Ctrl-C leaves, and what is typed ahead dropped after a
// refusal.

#include <optional>
#include <set>
#include <string>
#include <string_view>

#include "cli/console.hpp"

namespace coprod::cli {

// What was typed, without escape sequences or control characters and trimmed.
std::string cleaned(const std::string& typed);

// Whether a short answer (a date) gets room on its prompt's last line, so
// that what is typed is not broken at the terminal's edge (score
// --interactive), or the prompt is wrapped to the whole width (plan --edit
// --interactive).
enum class ShortAnswerRoom { kept, none };

// The widest a question's prompt is (in columns), so that on an 80-column
// terminal the answer has room on the prompt's line; longer guidance goes on
// lines of its own before it (SessionTerminal::wrapped_once()).
constexpr std::size_t k_prompt_room = 50;

class SessionTerminal {
 public:
  // `file_path`: the file answered, named should Ctrl-C stop the session.
  // `width`: --width, or 0 to fit the terminal as it is at each line shown
  // (it may be resized during the session).
  SessionTerminal(Console& console, std::string file_path, std::size_t width,
                  ShortAnswerRoom short_answer_room = ShortAnswerRoom::kept)
      : m_console(console),
        m_file_path(std::move(file_path)),
        m_fixed_width(width),
        m_short_answer_room(short_answer_room) {}

  Console& console() const { return m_console; }
  void say(std::string_view text) { m_console.out(text); }
  std::size_t width() const;
  void wrapped(std::size_t indent, std::string_view text);
  // wrapped(0, text) the first time this session is given `text`, nothing
  // after: the guidance for a question asked at every row, on its own lines
  // before the question's short prompt, so that the prompt leaves room to
  // type on the line (? at the question lists the keys again).
  void wrapped_once(std::string_view text);

  // Shows `prompt` wrapped at spaces to the width (see ShortAnswerRoom), all
  // but its last line first, and reads the answer. Should Ctrl-C stop the
  // program meanwhile, `stopped` (or, when empty, where the answers are) is
  // said first. The line starts with `prefill`, to edit, on a terminal that
  // can edit lines.
  std::optional<std::string> read(std::string_view prompt, InputKind kind, std::string_view stopped = {},
                                  std::string_view prefill = {});

  // After an answer is refused: it is not offered again by the up arrow, and
  // what was typed after it is dropped (drop_typed_ahead()).
  void answer_refused();

  // What was typed after an answer was typed before it could be answered (a
  // refusal, a clash with someone else's change), or is the rest of a paste
  // the terminal did not mark, so none of it is taken for the questions that
  // follow.
  void drop_typed_ahead();

 private:
  // What Ctrl-C at a question says: where the answers saved are.
  std::string stopped_note() const;

  Console& m_console;
  std::string m_file_path;
  std::size_t m_fixed_width;
  ShortAnswerRoom m_short_answer_room;
  std::set<std::string, std::less<>> m_said_once;
};

}  // namespace coprod::cli
