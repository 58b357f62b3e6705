#include "cli/line_editor.hpp"

#include <array>
#include <clocale>
#include <cstdio>
#include <histedit.h>
#include <langinfo.h>
#include <poll.h>
#include <string>
#include <unistd.h>

namespace coprod::cli {

namespace {

constexpr int k_history_size = 200;
constexpr std::string_view k_continuation_prompt = "... ";

// True when more typed or pasted input is already waiting: what follows a
// line break in a paste.
bool input_is_waiting() {
  pollfd input{STDIN_FILENO, POLLIN, 0};
  return ::poll(&input, 1, 0) == 1 && (input.revents & POLLIN) != 0;
}

// A line read byte by byte (so nothing waiting is buffered away from poll()).
std::optional<std::string> read_plain_line() {
  std::string line;
  char c = 0;
  for (;;) {
    const auto got = ::read(STDIN_FILENO, &c, 1);
    if (got <= 0) return line.empty() ? std::nullopt : std::optional<std::string>(line);
    if (c == '\n') return line;
    line += c;
  }
}

History* new_history() {
  History* history = history_init();
  HistEvent event;
  ::history(history, &event, H_SETSIZE, k_history_size);
  ::history(history, &event, H_SETUNIQUE, 1);
  return history;
}

}  // namespace

struct LineEditor::State {
  EditLine* editor = nullptr;
  std::array<History*, 2> histories{};  // one per InputKind
  std::string prompt;
  std::string saved_locale;
};

namespace {

char* prompt_of(EditLine* editor) {
  void* data = nullptr;
  el_get(editor, EL_CLIENTDATA, &data);
  return static_cast<std::string*>(data)->data();
}

// The C library converts UTF-8 and ASCII itself; any other encoding
// (ISO-8859-1, say) it converts with a module loaded by dlopen, which a
// statically linked coprod cannot rely on. Such a locale is replaced by
// C.UTF-8 (UTF-8 being the encoding of coprod's files), else by C.
void use_built_in_encoding() {
  const std::string_view encoding = ::nl_langinfo(CODESET);
  if (encoding == "UTF-8" || encoding == "ANSI_X3.4-1968") return;
  if (!std::setlocale(LC_CTYPE, "C.UTF-8")) std::setlocale(LC_CTYPE, "C");
}

}  // namespace

LineEditor::LineEditor(bool edit) : m_state(std::make_unique<State>()) {
  if (!edit) return;
  // libedit reads and shows characters in the locale's encoding (UTF-8, say).
  if (const char* locale = std::setlocale(LC_CTYPE, nullptr)) m_state->saved_locale = locale;
  std::setlocale(LC_CTYPE, "");
  use_built_in_encoding();
  m_state->editor = el_init("coprod", stdin, stdout, stderr);
  if (m_state->editor == nullptr) return;
  EditLine* editor = m_state->editor;
  el_set(editor, EL_EDITOR, "emacs");
  el_set(editor, EL_SIGNAL, 1);
  el_set(editor, EL_CLIENTDATA, &m_state->prompt);
  el_set(editor, EL_PROMPT, &prompt_of);
  // Home, End and Delete as terminals send them, besides what terminfo says.
  for (const char* home : {"\\e[1~", "\\e[7~", "\\e[H", "\\eOH"})
    el_set(editor, EL_BIND, home, "ed-move-to-beg", nullptr);
  for (const char* end : {"\\e[4~", "\\e[8~", "\\e[F", "\\eOF"})
    el_set(editor, EL_BIND, end, "ed-move-to-end", nullptr);
  el_set(editor, EL_BIND, "\\e[3~", "ed-delete-next-char", nullptr);
  el_set(editor, EL_BIND, "\\e[1;5D", "ed-prev-word", nullptr);
  el_set(editor, EL_BIND, "\\e[1;5C", "em-next-word", nullptr);
  el_source(editor, nullptr);  // the user's ~/.editrc, if any
  for (auto& history : m_state->histories) history = new_history();
}

LineEditor::~LineEditor() {
  if (m_state->editor != nullptr) el_end(m_state->editor);
  for (auto* history : m_state->histories) {
    if (history != nullptr) history_end(history);
  }
  if (!m_state->saved_locale.empty()) std::setlocale(LC_CTYPE, m_state->saved_locale.c_str());
}

std::optional<std::string> LineEditor::read_one_line(std::string_view prompt, InputKind kind) {
  if (m_state->editor == nullptr) {
    std::fwrite(prompt.data(), 1, prompt.size(), stdout);
    std::fflush(stdout);
    return read_plain_line();
  }
  m_state->prompt = std::string(prompt);
  History* history = m_state->histories[kind == InputKind::text ? 1 : 0];
  el_set(m_state->editor, EL_HIST, ::history, history);
  int count = 0;
  const char* line = el_gets(m_state->editor, &count);
  if (line == nullptr || count <= 0) return std::nullopt;
  std::string text(line, static_cast<std::size_t>(count));
  if (!text.empty() && text.back() == '\n') text.pop_back();
  if (!text.empty()) {
    HistEvent event;
    ::history(history, &event, H_ENTER, text.c_str());
  }
  return text;
}

std::optional<std::string> LineEditor::read_line(std::string_view prompt, InputKind kind) {
  auto line = read_one_line(prompt, kind);
  if (!line || kind != InputKind::text) return line;
  // A paste of several lines arrives at once: the lines after the first are
  // already waiting when the first ends.
  while (input_is_waiting()) {
    const auto more = read_one_line(k_continuation_prompt, kind);
    if (!more) break;
    *line += '\n' + *more;
  }
  return line;
}

}  // namespace coprod::cli
