#include "cli/line_editor.hpp"

#include <array>
#include <climits>
#include <clocale>
#include <cstdio>
#include <cwchar>
#include <deque>
#include <histedit.h>
#include <langinfo.h>
#include <string>
#include <unistd.h>
#include <vector>

#include "cli/bracketed_paste.hpp"
#include "cli/saved_terminal_settings.hpp"
#include "util/text.hpp"
#include "util/typed_text.hpp"

namespace coprod::cli {

namespace {

constexpr int k_history_size = 200;
constexpr std::string_view k_continuation_prompt = "... ";
// Pushed before a line that starts filled in; bound to prefill(). A private
// sequence (ESC [ 8 3 6 4 ~): no terminal sends it for a key.
constexpr const char* k_prefill_keys = "\x1b[8364~";
constexpr const char* k_prefill_binding = "\\e[8364~";

// A line read byte by byte, so what is typed after it stays with the
// terminal until asked for.
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
  InputKind kind = InputKind::short_answer;
  std::deque<std::string> pasted_lines_to_come;  // a paste's lines after the one it ended
  std::string prefill;                           // what the line being read starts with
  // The lines of the answer read last, each with the history it goes in:
  // entered there when the next answer is read, unless it was refused.
  std::vector<std::pair<History*, std::string>> lines_to_remember;
  std::string saved_locale;
  std::optional<SavedTerminalSettings> terminal;  // put back when the session ends, or a signal ends it
};

namespace {

LineEditor::State& state_of(EditLine* editor) {
  void* data = nullptr;
  el_get(editor, EL_CLIENTDATA, &data);
  return *static_cast<LineEditor::State*>(data);
}

char* prompt_of(EditLine* editor) { return state_of(editor).prompt.data(); }

std::string multibyte(wchar_t character) {
  std::mbstate_t state{};
  std::array<char, MB_LEN_MAX> bytes{};
  const std::size_t size = std::wcrtomb(bytes.data(), character, &state);
  return size == static_cast<std::size_t>(-1) ? std::string() : std::string(bytes.data(), size);
}

// What the terminal sends between the paste marks, read after the opening one.
std::string pasted_text(EditLine* editor) {
  const std::string_view end = k_paste_end;
  std::string text;
  wchar_t character = 0;
  while (el_wgetc(editor, &character) == 1) {
    text += multibyte(character);
    if (text.size() >= end.size() && text.compare(text.size() - end.size(), end.size(), end) == 0) {
      text.resize(text.size() - end.size());
      break;
    }
  }
  return text;
}

// The line from the cursor to its end, taken off the line.
std::string take_rest_of_line(EditLine* editor) {
  const LineInfoW* line = el_wline(editor);
  std::string rest;
  for (const wchar_t* at = line->cursor; at < line->lastchar; ++at) rest += multibyte(*at);
  const auto count = static_cast<int>(line->lastchar - line->cursor);
  el_cursor(editor, count);
  el_deletestr(editor, count);
  return rest;
}

// Bound to the mark a terminal sends before a paste. A short answer takes
// the paste as one line. In text, a paste of several lines ends the line
// being typed with its first line; the rest come with the continuation
// prompt (LineEditor::read_line), the last left open to edit, so the paste
// never ends the answer by itself and no line of it is taken as an answer to
// a later question.
unsigned char paste(EditLine* editor, int) {
  LineEditor::State& state = state_of(editor);
  std::vector<std::string> lines = util::pasted_lines(pasted_text(editor));
  if (lines.size() == 1 || state.kind != InputKind::text) {
    el_insertstr(editor, util::join(lines, " ").c_str());
    return CC_REFRESH;
  }
  el_insertstr(editor, lines.front().c_str());
  lines.back() += take_rest_of_line(editor);
  state.pasted_lines_to_come.insert(state.pasted_lines_to_come.begin(), lines.begin() + 1, lines.end());
  el_push(editor, "\r");  // Enter: the line shows as typed, then ends
  return CC_REFRESH;
}

// Bound to k_prefill_keys, pushed as the line starts: the text it starts
// with, inserted as it is (not read as keys), the cursor after it.
unsigned char prefill(EditLine* editor, int) {
  LineEditor::State& state = state_of(editor);
  if (state.prefill.empty()) return CC_NORM;
  el_insertstr(editor, state.prefill.c_str());
  state.prefill.clear();
  return CC_REFRESH;
}

// Bound to the mark after a paste, should it come alone: nothing to do.
unsigned char paste_ended(EditLine*, int) { return CC_NORM; }

// The C library converts UTF-8 and ASCII itself; any other encoding
// (ISO-8859-1, say) it converts with a module loaded by dlopen, which a
// statically linked coprod cannot rely on. Such a locale is replaced by
// C.UTF-8 (UTF-8 being the encoding of coprod's files), else by C.
void use_built_in_encoding() {
  const std::string_view encoding = ::nl_langinfo(CODESET);
  if (encoding == "UTF-8" || encoding == "ANSI_X3.4-1968") return;
  if (!std::setlocale(LC_CTYPE, "C.UTF-8")) std::setlocale(LC_CTYPE, "C");
}

// Between questions too, for the whole session, the terminal passes keys on
// as they come, unseen, rather than as lines it edits and shows itself:
// libedit puts the terminal back to its "execute" settings after each line,
// and those are made the same as the terminal's own but for line editing
// (icanon) and echo. Keys typed ahead of a question (while an answer is
// saved, or before libedit reads) then reach libedit as the keys they are,
// after the line shown filled in: Ctrl-U empties that line rather than
// being taken by the terminal, and a date typed ahead replaces the date
// shown rather than joining it. The terminal's settings are put back at the
// end (el_end(), and SavedTerminalSettings on every way out).
void keep_keys_for_the_editor(EditLine* editor) { el_set(editor, EL_SETTY, "-x", "-icanon", "-echo", nullptr); }

}  // namespace

LineEditor::LineEditor(bool edit) : m_state(std::make_unique<State>()) {
  if (!edit) return;
  // libedit reads and shows characters in the locale's encoding (UTF-8, say).
  if (const char* locale = std::setlocale(LC_CTYPE, nullptr)) m_state->saved_locale = locale;
  std::setlocale(LC_CTYPE, "");
  use_built_in_encoding();
  m_state->terminal.emplace(STDIN_FILENO);
  m_state->editor = el_init("coprod", stdin, stdout, stderr);
  if (m_state->editor == nullptr) return;
  EditLine* editor = m_state->editor;
  el_set(editor, EL_EDITOR, "emacs");
  el_set(editor, EL_SIGNAL, 1);
  el_set(editor, EL_CLIENTDATA, m_state.get());
  el_set(editor, EL_PROMPT, &prompt_of);
  // Home, End and Delete as terminals send them, besides what terminfo says.
  for (const char* home : {"\\e[1~", "\\e[7~", "\\e[H", "\\eOH"})
    el_set(editor, EL_BIND, home, "ed-move-to-beg", nullptr);
  for (const char* end : {"\\e[4~", "\\e[8~", "\\e[F", "\\eOF"})
    el_set(editor, EL_BIND, end, "ed-move-to-end", nullptr);
  el_set(editor, EL_BIND, "\\e[3~", "ed-delete-next-char", nullptr);
  el_set(editor, EL_BIND, "\\e[1;5D", "ed-prev-word", nullptr);
  el_set(editor, EL_BIND, "\\e[1;5C", "em-next-word", nullptr);
  // el_wset, not el_set: libedit's el_set copies the two names to wide text and never frees the copies.
  el_wset(editor, EL_ADDFN, L"coprod-paste", L"Take a marked paste", &paste);
  el_wset(editor, EL_ADDFN, L"coprod-paste-ended", L"End of a marked paste", &paste_ended);
  el_set(editor, EL_BIND, "\\e[200~", "coprod-paste", nullptr);
  el_set(editor, EL_BIND, "\\e[201~", "coprod-paste-ended", nullptr);
  el_wset(editor, EL_ADDFN, L"coprod-prefill", L"Start the line filled in", &prefill);
  el_set(editor, EL_BIND, k_prefill_binding, "coprod-prefill", nullptr);
  el_source(editor, nullptr);  // the user's ~/.editrc, if any
  keep_keys_for_the_editor(editor);
  for (auto& history : m_state->histories) history = new_history();
}

LineEditor::~LineEditor() {
  if (m_state->editor != nullptr) el_end(m_state->editor);
  m_state->terminal.reset();
  for (auto* history : m_state->histories) {
    if (history != nullptr) history_end(history);
  }
  if (!m_state->saved_locale.empty()) std::setlocale(LC_CTYPE, m_state->saved_locale.c_str());
}

std::optional<std::string> LineEditor::read_one_line(std::string_view prompt, InputKind kind,
                                                     std::string_view prefill) {
  if (m_state->editor == nullptr) {
    std::fwrite(prompt.data(), 1, prompt.size(), stdout);
    std::fflush(stdout);
    return read_plain_line();
  }
  m_state->prompt = std::string(prompt);
  m_state->kind = kind;
  History* history = m_state->histories[kind == InputKind::text ? 1 : 0];
  el_set(m_state->editor, EL_HIST, ::history, history);
  m_state->prefill = std::string(prefill);
  if (!m_state->prefill.empty()) el_push(m_state->editor, k_prefill_keys);
  int count = 0;
  const char* line = nullptr;
  {
    const BracketedPaste marked_pastes;
    line = el_gets(m_state->editor, &count);
  }
  if (line == nullptr || count <= 0) return std::nullopt;
  std::string text(line, static_cast<std::size_t>(count));
  if (!text.empty() && text.back() == '\n') text.pop_back();
  if (!text.empty()) m_state->lines_to_remember.emplace_back(history, text);
  return text;
}

void LineEditor::forget_last_answer() { m_state->lines_to_remember.clear(); }

std::optional<std::string> LineEditor::read_line(std::string_view prompt, InputKind kind, std::string_view prefill) {
  // The answer before, taken: offered by the up arrow from now on.
  for (const auto& [history, text] : m_state->lines_to_remember) {
    HistEvent event;
    ::history(history, &event, H_ENTER, text.c_str());
  }
  m_state->lines_to_remember.clear();
  auto line = read_one_line(prompt, kind, prefill);
  // The lines of a paste after the one it ended, each shown as if typed
  // (pushed to the line editor, with Enter but for the last).
  auto& to_come = m_state->pasted_lines_to_come;
  while (line && !to_come.empty()) {
    std::string next = std::move(to_come.front());
    to_come.pop_front();
    if (!to_come.empty()) next += '\r';
    el_push(m_state->editor, next.c_str());
    const auto more = read_one_line(k_continuation_prompt, kind);
    if (!more) break;
    *line += '\n' + *more;
  }
  to_come.clear();
  return line;
}

}  // namespace coprod::cli
