#include "util/message_wrap.hpp"

#include <array>
#include <optional>
#include <vector>

#include "util/text.hpp"

namespace coprod::util {

namespace {

// A continuation is indented under the message's text when that leaves this
// many columns for it, else by k_narrow_indent.
constexpr std::size_t k_least_text_width = 16;
constexpr std::size_t k_narrow_indent = 4;

// How a message names what it is, after any prefix: "coprod: error: ...".
constexpr std::array<std::string_view, 3> k_message_labels = {"error: ", "warning: ", "note: "};

// Whether a label after `before` says what the line is: at its start, or
// after a prefix ending ": " ("coprod: ", "plan.yaml:14:12: ", "coprod:
// usage "), not inside the message ("the file says error: ...").
bool labels_message(std::string_view before) {
  return before.empty() || before.ends_with(": ") || before.ends_with(": usage ") || before.ends_with(": internal ");
}

// The bytes of the line before the message's text: up to and including a
// label, else a first "coprod...: "; else its own indent.
std::size_t message_head_length(std::string_view line) {
  std::optional<std::size_t> head;
  for (const auto label : k_message_labels) {
    for (std::size_t at = line.find(label); at != std::string_view::npos; at = line.find(label, at + 1)) {
      if (!labels_message(line.substr(0, at))) continue;
      if (!head || at + label.size() < *head) head = at + label.size();
      break;
    }
  }
  if (head) return *head;
  if (line.starts_with("coprod")) {
    if (const auto colon = line.find(": "); colon != std::string_view::npos) return colon + 2;
  }
  return line.find_first_not_of(' ') == std::string_view::npos ? 0 : line.find_first_not_of(' ');
}

// The closing quote for the opening one at `pos`, in bytes from `pos`: 0
// when `pos` opens no quotation.
struct QuoteMarks {
  std::string_view open;
  std::string_view close;
};
constexpr std::array<QuoteMarks, 5> k_quotes = {
    {{"'", "'"}, {"\"", "\""}, {"`", "`"}, {"\xE2\x80\x98", "\xE2\x80\x99"}, {"\xE2\x80\x9C", "\xE2\x80\x9D"}}};

bool ends_a_word(std::string_view line, std::size_t pos) {
  if (pos >= line.size()) return true;
  const char c = line[pos];
  return c == ' ' || c == ',' || c == '.' || c == ';' || c == ':' || c == ')' || c == '!' || c == '?';
}

// Where a quotation that opens at `pos` ends (just after its closing mark),
// or nothing when `pos` opens none: a closing mark followed by the end of a
// word ("'Mary Jones' looks", not the apostrophe of "owner's").
std::optional<std::size_t> quotation_end(std::string_view line, std::size_t pos) {
  for (const auto& quote : k_quotes) {
    if (line.substr(pos, quote.open.size()) != quote.open) continue;
    for (std::size_t at = line.find(quote.close, pos + quote.open.size()); at != std::string_view::npos;
         at = line.find(quote.close, at + 1)) {
      if (ends_a_word(line, at + quote.close.size())) return at + quote.close.size();
    }
  }
  return std::nullopt;
}

// The line's words after its head, each with the spaces before it; a
// quotation with spaces in it is one word.
struct Word {
  std::string_view spaces;
  std::string_view text;
};

std::vector<Word> words_of(std::string_view line, std::size_t from) {
  std::vector<Word> words;
  std::size_t pos = from;
  while (pos < line.size()) {
    const std::size_t start = line.find_first_not_of(' ', pos);
    if (start == std::string_view::npos) break;
    std::size_t end = line.find(' ', start);
    std::size_t opening = start;  // a quotation may open after a bracket: "('07700 900123')"
    while (opening < line.size() && (line[opening] == '(' || line[opening] == '[')) ++opening;
    if (const auto quoted = quotation_end(line, opening)) {
      end = *quoted;
      while (end < line.size() && line[end] != ' ') ++end;  // "'lead'," with its comma
    }
    if (end == std::string_view::npos) end = line.size();
    words.push_back({line.substr(pos, start - pos), line.substr(start, end - start)});
    pos = end;
  }
  return words;
}

void drop_trailing_spaces(std::string& text) {
  while (!text.empty() && text.back() == ' ') text.pop_back();
}

std::string wrap_line(std::string_view line, std::size_t width) {
  if (display_width(line) <= width) return std::string(line);
  std::size_t head = message_head_length(line);
  std::size_t indent = display_width(line.substr(0, head));
  if (indent > width) head = 0;  // "long/path.yaml:3:1:" and "error:" on lines of their own
  if (indent + k_least_text_width > width) indent = k_narrow_indent;
  std::string wrapped(line.substr(0, head));
  std::size_t column = display_width(wrapped);
  bool line_has_words = wrapped.find_first_not_of(' ') != std::string::npos;
  for (const auto& word : words_of(line, head)) {
    const std::size_t word_width = display_width(word.text);
    const std::size_t spaces = display_width(word.spaces);
    if (line_has_words && column + spaces + word_width > width) {
      drop_trailing_spaces(wrapped);
      wrapped += '\n' + std::string(indent, ' ');
      column = indent;
    } else {
      wrapped += word.spaces;
      column += spaces;
    }
    wrapped += word.text;
    column += word_width;
    line_has_words = true;
  }
  return wrapped;
}

}  // namespace

std::string wrap_message(std::string_view text, std::size_t width) {
  std::string wrapped;
  for (std::size_t start = 0; start < text.size();) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    wrapped += wrap_line(text.substr(start, end - start), width);
    if (end < text.size()) wrapped += '\n';
    start = end + 1;
  }
  return wrapped;
}

}  // namespace coprod::util
