// Personal data detectors: UK phone numbers and NHS numbers.

#include <optional>
#include <string>

#include "analysis/personal_data_scan.hpp"

namespace coprod::analysis::detail {

namespace {

// ------------------------------------------------------------------ phone

constexpr std::size_t k_max_phone_digits = 11;  // 0 and up to ten more
constexpr std::size_t k_min_phone_digits = 10;
constexpr std::string_view k_uk_trunk_digits = "1235789";  // what follows the 0 (04 and 06 are unused)

std::size_t skip_phone_separator(std::string_view text, std::size_t pos) {
  const unsigned char c = byte_at(text, pos);
  return c == ' ' || c == '-' ? pos + 1 : pos;
}

// A UK phone number: "+44" (then perhaps "(0)") or a 0, then groups of digits
// joined by single spaces or hyphens, the first group perhaps in brackets.
class PhoneScanner {
 public:
  PhoneScanner(std::string_view text, std::size_t start) : m_text(text), m_start(start) {}

  std::optional<PersonalDataMatch> scan() {
    std::size_t pos = m_start;
    if (byte_at(m_text, pos) == '+' && !read_international_prefix(pos)) return std::nullopt;
    if (byte_at(m_text, pos) == '(') m_open_paren = pos++;
    if (!digit_at(m_text, pos)) return std::nullopt;
    const std::size_t end = read_groups(pos);
    if (end == k_none || m_digits.size() < k_min_phone_digits) return std::nullopt;
    if (k_uk_trunk_digits.find(m_digits[1]) == k_none) return std::nullopt;
    if (word_char_at(m_text, end) || continues_digits_after(m_text, end)) return std::nullopt;
    const bool unclosed_leading_paren = m_open_paren == m_start && !m_paren_closed;
    const std::size_t start = unclosed_leading_paren ? m_start + 1 : m_start;
    return PersonalDataMatch{PersonalDataRule::phone, start, end - start};
  }

 private:
  bool read_international_prefix(std::size_t& pos) {
    if (slice(m_text, pos, 3) != "+44") return false;
    pos = skip_phone_separator(m_text, pos + 3);
    if (slice(m_text, pos, 3) == "(0)") pos = skip_phone_separator(m_text, pos + 3);
    m_international = true;
    m_digits = "0";
    return true;
  }

  // Reads groups from pos; where the last whole group ends, or k_none.
  std::size_t read_groups(std::size_t pos) {
    std::size_t end = k_none;
    while (true) {
      const std::size_t kept = m_digits.size();
      const std::size_t group_end = read_group(pos);
      if (group_end == k_none) {  // too many digits: the number ends before this group
        m_digits.resize(kept);
        return end;
      }
      if (end == k_none && !m_international && group_end - pos < 3) return k_none;  // "01-02-2026"
      end = group_end;
      std::size_t next = end;
      const bool closes = m_open_paren != k_none && !m_paren_closed && byte_at(m_text, next) == ')';
      if (closes) ++next;
      next = skip_phone_separator(m_text, next);
      if (!digit_at(m_text, next)) return end;
      m_paren_closed = m_paren_closed || closes;
      pos = next;
    }
  }

  std::size_t read_group(std::size_t pos) {
    for (; digit_at(m_text, pos); ++pos) {
      const char digit = m_text[pos];
      if (m_international && !m_skipped_zero && m_digits.size() == 1 && digit == '0') {
        m_skipped_zero = true;  // "+44 020 ...": the 0 is not dialled after +44
        continue;
      }
      if (m_digits.size() == k_max_phone_digits) return k_none;
      m_digits.push_back(digit);
    }
    return pos;
  }

  std::string_view m_text;
  std::size_t m_start;
  std::string m_digits;  // normalised: "0" then the national number
  bool m_international = false;
  bool m_skipped_zero = false;
  std::size_t m_open_paren = k_none;
  bool m_paren_closed = false;
};

bool could_start_phone(std::string_view text, std::size_t pos) {
  const unsigned char c = byte_at(text, pos);
  const unsigned char next = byte_at(text, pos + 1);
  if (c != '0' && !(c == '(' && next == '0') && !(c == '+' && next == '4')) return false;
  if (word_char_before(text, pos) || continues_digits_before(text, pos)) return false;
  return pos == 0 || byte_at(text, pos - 1) != '+';
}

}  // namespace

void find_phones(std::string_view text, std::vector<PersonalDataMatch>& out) {
  for (std::size_t pos = 0; pos < text.size(); ++pos) {
    if (!could_start_phone(text, pos)) continue;
    if (const auto match = PhoneScanner(text, pos).scan()) out.push_back(*match);
  }
}

// ------------------------------------------------------------------ NHS number

namespace {

// Where the NHS-number-shaped digits at start end ("9434765919", "943 476
// 5919", "943-476-5919"), with the ten digits in `digits`; k_none if they
// are not shaped like one.
std::size_t nhs_number_end(std::string_view text, std::size_t start, std::string& digits) {
  digits.clear();
  std::size_t pos = start;
  while (digit_at(text, pos) && digits.size() <= 10) digits.push_back(text[pos++]);
  if (digits.size() == 10) return pos;
  if (digits.size() != 3) return k_none;
  const unsigned char separator = byte_at(text, pos);
  if (separator != ' ' && separator != '-') return k_none;
  for (const std::size_t group_length : {std::size_t{3}, std::size_t{4}}) {
    if (byte_at(text, pos++) != separator) return k_none;
    for (std::size_t i = 0; i < group_length; ++i) {
      if (!digit_at(text, pos)) return k_none;
      digits.push_back(text[pos++]);
    }
  }
  return digit_at(text, pos) ? k_none : pos;
}

}  // namespace

void find_nhs_numbers(std::string_view text, std::vector<PersonalDataMatch>& out) {
  std::string digits;
  for (std::size_t pos = 0; pos < text.size(); ++pos) {
    if (!digit_at(text, pos) || word_char_before(text, pos) || continues_digits_before(text, pos)) continue;
    const std::size_t end = nhs_number_end(text, pos, digits);
    if (end == k_none || word_char_at(text, end) || continues_digits_after(text, end)) continue;
    if (is_valid_nhs_number(digits)) out.push_back({PersonalDataRule::nhs_number, pos, end - pos});
  }
}

}  // namespace coprod::analysis::detail
