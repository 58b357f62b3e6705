#include "util/shell_word.hpp"

#include <algorithm>

namespace coprod::util {

namespace {

// Characters a POSIX shell reads as themselves anywhere in a word; bytes of
// UTF-8 beyond ASCII (accented letters) too.
bool is_plain(char c) {
  const auto byte = static_cast<unsigned char>(c);
  return byte >= 0x80 || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
         std::string_view("_-+=.,/:@%").find(c) != std::string_view::npos;
}

std::string single_quoted(std::string_view word) {
  std::string out = "'";
  for (const char c : word) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

// In double quotes a backslash keeps $, `, " and itself as they are.
std::string double_quoted(std::string_view word) {
  std::string out = "\"";
  for (const char c : word) {
    if (std::string_view("$`\"\\").find(c) != std::string_view::npos) out += '\\';
    out += c;
  }
  return out + "\"";
}

}  // namespace

std::string shell_word(std::string_view word) {
  const std::string name = word.starts_with('-') ? "./" + std::string(word) : std::string(word);
  if (!name.empty() && !name.starts_with('=') && std::all_of(name.begin(), name.end(), is_plain)) return name;
  // Interactive bash expands ! even in double quotes.
  return name.find('!') == std::string::npos ? double_quoted(name) : single_quoted(name);
}

}  // namespace coprod::util
