#include "render/html_dates.hpp"

#include <cctype>

#include <fmt/format.h>

#include "model/date.hpp"
#include "model/period.hpp"
#include "util/escape.hpp"

namespace coprod::render {

namespace {

// A character that makes a date part of a longer word, such as a file's name
// ("notes/2026-Q3-plan.yaml"); a full stop ends a sentence as often.
bool is_word_character(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '-' || c == '_' || c == '/';
}

// Whether `word` is a date or a period written as coprod writes one.
bool is_date_or_period(std::string_view word) {
  if (word.size() == 10) {
    const auto date = model::Date::parse(word);
    return date && date->to_string() == word;
  }
  const auto period = model::Period::parse(word);
  return period && period->to_string() == word;
}

// The length of the date or period that starts at `at` in `text` as a word of
// its own ("2026-12-31" is 10, "2026-Q3" 7), or 0.
std::size_t date_length_at(std::string_view text, std::size_t at) {
  if (at > 0 && is_word_character(text[at - 1])) return 0;
  for (const std::size_t length : {10U, 7U}) {
    if (at + length > text.size()) continue;
    if (at + length < text.size() && is_word_character(text[at + length])) continue;
    if (is_date_or_period(text.substr(at, length))) return length;
  }
  return 0;
}

std::string marked_up(std::string_view word) {
  if (word.size() == 10) return fmt::format("<time datetime=\"{0}\">{0}</time>", word);
  return fmt::format("<span class=\"date\">{}</span>", word);
}

}  // namespace

std::string html_text_with_whole_dates(std::string_view text) {
  std::string html;
  std::size_t plain = 0;  // where the text not yet added starts
  for (std::size_t at = 0; at < text.size(); ++at) {
    if (!std::isdigit(static_cast<unsigned char>(text[at]))) continue;
    const std::size_t length = date_length_at(text, at);
    if (length == 0) continue;
    html += util::xml_text(text.substr(plain, at - plain)) + marked_up(text.substr(at, length));
    at += length - 1;
    plain = at + 1;
  }
  return html + util::xml_text(text.substr(plain));
}

}  // namespace coprod::render
