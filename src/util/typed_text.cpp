#include "util/typed_text.hpp"

#include "util/text.hpp"

namespace coprod::util {

namespace {

constexpr char k_escape = '\x1b';
constexpr std::string_view k_replacement = "\xEF\xBF\xBD";

// The length of the escape sequence starting at text[at] (an ESC).
std::size_t escape_length(std::string_view text, std::size_t at) {
  std::size_t i = at + 1;
  if (i >= text.size()) return 1;
  if (text[i] == '[') {  // CSI: parameters and intermediates, then a final byte from @ to ~
    ++i;
    while (i < text.size() && (text[i] < 0x40 || text[i] > 0x7e) && text[i] >= 0x20) ++i;
    return (i < text.size() ? i + 1 : i) - at;
  }
  if (text[i] == 'O' && i + 1 < text.size()) return 3;  // SS3: F1 to F4 and keypad keys
  return 2;                                             // ESC and one character (Alt+key)
}

// The length of the UTF-8 character at text[at], or 0 if it is not valid.
std::size_t utf8_length(std::string_view text, std::size_t at) {
  const auto lead = static_cast<unsigned char>(text[at]);
  const std::size_t length = lead < 0x80           ? 1
                             : (lead >> 5) == 0x6  ? 2
                             : (lead >> 4) == 0xe  ? 3
                             : (lead >> 3) == 0x1e ? 4
                                                   : 0;
  if (length == 0 || at + length > text.size()) return 0;
  return find_invalid_utf8(text.substr(at, length)) ? 0 : length;
}

bool is_c1_control(std::string_view character) {
  return character.size() == 2 && static_cast<unsigned char>(character[0]) == 0xc2 &&
         static_cast<unsigned char>(character[1]) < 0xa0;
}

}  // namespace

std::string typed_text(std::string_view text) {
  std::string out;
  std::size_t i = 0;
  while (i < text.size()) {
    const char c = text[i];
    if (c == k_escape) {
      i += escape_length(text, i);
    } else if (c == '\r') {
      out += '\n';
      i += (i + 1 < text.size() && text[i + 1] == '\n') ? 2 : 1;
    } else if (c == '\n' || c == '\t') {
      out += c == '\t' ? ' ' : '\n';
      ++i;
    } else if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) {
      ++i;
    } else if (const std::size_t length = utf8_length(text, i); length == 0) {
      out += k_replacement;
      ++i;
    } else {
      if (!is_c1_control(text.substr(i, length))) out += text.substr(i, length);
      i += length;
    }
  }
  return out;
}

std::vector<std::string> pasted_lines(std::string_view pasted) {
  std::string text = typed_text(pasted);
  while (!text.empty() && text.back() == '\n') text.pop_back();
  std::vector<std::string> lines{""};
  for (const char c : text) {
    if (c == '\n') lines.emplace_back();
    else lines.back() += c;
  }
  return lines;
}

}  // namespace coprod::util
