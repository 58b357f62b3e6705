// A review period as people type it.

#include "model/typed_period.hpp"

#include <cctype>
#include <string>

#include "util/text.hpp"

namespace coprod::model {

namespace {

// Reads typed text, upper-cased, a piece at a time.
class Reader {
 public:
  explicit Reader(std::string text) : m_text(std::move(text)) {}

  bool at_end() const { return m_pos == m_text.size(); }
  void skip_spaces() {
    while (m_pos < m_text.size() && m_text[m_pos] == ' ') ++m_pos;
  }
  // Up to `most` digits (at least `least`), or "".
  std::string digits(std::size_t least, std::size_t most) {
    std::size_t end = m_pos;
    while (end < m_text.size() && end - m_pos < most && std::isdigit(static_cast<unsigned char>(m_text[end]))) ++end;
    if (end - m_pos < least || (end < m_text.size() && std::isdigit(static_cast<unsigned char>(m_text[end])))) {
      return "";
    }
    std::string read = m_text.substr(m_pos, end - m_pos);
    m_pos = end;
    return read;
  }
  // "Q4" or "H2" (spaces between allowed), or "".
  std::string quarter_or_half() {
    if (m_pos >= m_text.size() || (m_text[m_pos] != 'Q' && m_text[m_pos] != 'H')) return "";
    const char kind = m_text[m_pos++];
    skip_spaces();
    if (m_pos >= m_text.size() || !std::isdigit(static_cast<unsigned char>(m_text[m_pos]))) return "";
    return std::string(1, kind) + m_text[m_pos++];
  }
  // Spaces, then one of "-/. " perhaps, then spaces; whether there was any.
  bool separator() {
    const std::size_t start = m_pos;
    skip_spaces();
    if (m_pos < m_text.size() && (m_text[m_pos] == '-' || m_text[m_pos] == '/' || m_text[m_pos] == '.')) ++m_pos;
    skip_spaces();
    return m_pos > start;
  }

 private:
  std::string m_text;
  std::size_t m_pos = 0;
};

std::string upper_trimmed(std::string_view text) {
  std::string upper(util::trim(text));
  for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return upper;
}

std::string two_digits(const std::string& month) { return month.size() == 1 ? "0" + month : month; }

// "2026 Q4", "2026-09": the year first.
std::string year_first(const std::string& text) {
  Reader reader(text);
  const std::string year = reader.digits(4, 4);
  if (year.empty()) return "";
  const bool separated = reader.separator();
  std::string part = reader.quarter_or_half();
  if (part.empty() && separated) part = two_digits(reader.digits(1, 2));
  return reader.at_end() && !part.empty() && part != "0" ? year + "-" + part : "";
}

// "Q4 2026", "09/2026": the year last.
std::string year_last(const std::string& text) {
  Reader reader(text);
  std::string part = reader.quarter_or_half();
  const bool month = part.empty();
  if (month) part = two_digits(reader.digits(1, 2));
  if (part.empty() || (!reader.separator() && month)) return "";
  const std::string year = reader.digits(4, 4);
  return reader.at_end() && !year.empty() ? year + "-" + part : "";
}

}  // namespace

std::optional<Period> parse_typed_period(std::string_view text) {
  const std::string upper = upper_trimmed(text);
  std::string written = year_first(upper);
  if (written.empty()) written = year_last(upper);
  return written.empty() ? std::nullopt : Period::parse(written);
}

}  // namespace coprod::model
