#include "yaml/scalar_writer.hpp"

#include <algorithm>
#include <array>
#include <string_view>
#include <utility>

#include <fmt/format.h>

#include "util/small_letters.hpp"
#include "util/text.hpp"

namespace coprod::yaml {

namespace {

bool is_control(char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7F; }

// The line breaks of YAML 1.1 beyond LF and CR: NEL (U+0085), LINE SEPARATOR
// (U+2028) and PARAGRAPH SEPARATOR (U+2029), as UTF-8. Written raw, YAML 1.1
// readers (PyYAML) break the line there, so they are written as escapes.
constexpr std::pair<std::string_view, std::string_view> k_unicode_breaks[] = {
    {"\xC2\x85", "\\u0085"}, {"\xE2\x80\xA8", "\\u2028"}, {"\xE2\x80\xA9", "\\u2029"}};

bool has_unicode_break(std::string_view text) {
  return std::any_of(std::begin(k_unicode_breaks), std::end(k_unicode_breaks),
                     [&](const auto& pair) { return text.find(pair.first) != std::string_view::npos; });
}

bool is_reserved_word(std::string_view text) {
  static constexpr std::array<std::string_view, 12> k_words = {"y",    "n",     "yes",  "no", "on",  "off",
                                                               "true", "false", "null", "~",  "nan", "inf"};
  std::string lower = util::in_small_letters(text);
  if (!lower.empty() && lower.front() == '.') lower.erase(0, 1);
  return std::find(k_words.begin(), k_words.end(), lower) != k_words.end();
}

bool can_be_single_quoted(std::string_view text) {
  return !text.empty() && text == util::trim(text) && std::none_of(text.begin(), text.end(), is_control) &&
         !has_unicode_break(text);
}

// Plain text would read back in single quotes too, and must not read as another value or as syntax.
bool can_be_plain(std::string_view text) {
  if (!can_be_single_quoted(text) || is_reserved_word(text)) return false;
  constexpr std::string_view k_bad_first = "-?:,[]{}#&*!|>'\"%@`+.0123456789";
  if (k_bad_first.find(text.front()) != std::string_view::npos) return false;
  if (text.find(": ") != std::string_view::npos || text.find(" #") != std::string_view::npos) return false;
  return text.back() != ':';
}

std::string double_quoted(std::string_view text) {
  std::string out = "\"";
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    const auto byte = static_cast<unsigned char>(c);
    const auto unicode_break = std::find_if(std::begin(k_unicode_breaks), std::end(k_unicode_breaks),
                                            [&](const auto& pair) { return text.substr(i).starts_with(pair.first); });
    if (unicode_break != std::end(k_unicode_breaks)) {
      out += unicode_break->second;
      i += unicode_break->first.size() - 1;
      continue;
    }
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\t': out += "\\t"; break;
      default:
        if (is_control(c)) out += fmt::format("\\x{:02x}", byte);
        else out += c;
    }
  }
  return out + "\"";
}

// A literal block reads back exactly when no line has trailing white space,
// control characters or YAML 1.1 line breaks, the first line with text does
// not start with a space (YAML takes the block's indentation from it), and the
// text does not end with a line break (beyond the one a | block keeps).
bool can_be_literal_block(std::string_view text) {
  const auto first_text = text.find_first_not_of('\n');
  if (first_text == std::string_view::npos || text[first_text] == ' ' || text.back() == '\n') return false;
  if (has_unicode_break(text)) return false;
  for (const auto line : util::split_lines(text)) {
    if (!line.empty() && (line.back() == ' ' || line.back() == '\t')) return false;
    if (std::any_of(line.begin(), line.end(), [](char c) { return is_control(c) && c != '\t'; })) return false;
  }
  return true;
}

std::string single_quoted(std::string_view text) {
  std::string out = "'";
  for (const char c : text) out += c == '\'' ? std::string("''") : std::string(1, c);
  return out + "'";
}

}  // namespace

std::string replacement_value(std::string_view text, Style previous, std::size_t indent, std::string_view line_break,
                              std::string_view block_comment) {
  const bool block = is_block(previous) || text.find('\n') != std::string_view::npos;
  const bool clipped = text.ends_with('\n');  // | keeps one final line break, |- none
  const std::string_view lines = text.substr(0, text.size() - (clipped ? 1 : 0));
  if (block && can_be_literal_block(lines)) {
    std::string out = (clipped ? "|" : "|-") + std::string(block_comment);
    for (const auto line : util::split_lines(lines)) {
      out += line_break;
      if (!line.empty()) out += std::string(indent, ' ') + std::string(line);
    }
    return out;
  }
  if (previous == Style::single_quoted && can_be_single_quoted(text)) return single_quoted(text);
  if (previous == Style::double_quoted) return double_quoted(text);
  return scalar(text);
}

std::string scalar(std::string_view text) { return can_be_plain(text) ? std::string(text) : double_quoted(text); }

std::string text_field(std::string_view key, std::string_view text, std::size_t indent) {
  return fmt::format("{}{}: {}\n", std::string(indent, ' '), key,
                     replacement_value(text, Style::plain, indent + 2, "\n", ""));
}

}  // namespace coprod::yaml
