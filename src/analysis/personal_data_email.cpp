// Personal data detector: e-mail addresses.

#include "analysis/personal_data_scan.hpp"

namespace coprod::analysis::detail {

namespace {

// ------------------------------------------------------------------ e-mail

bool is_local_part_char(unsigned char c) {
  return is_ascii_alnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
}

std::size_t email_local_start(std::string_view text, std::size_t at) {
  std::size_t start = at;
  while (start > 0) {
    if (is_local_part_char(byte_at(text, start - 1))) {
      --start;
    } else if (start >= 2 && is_two_byte_letter_at(text, start - 2)) {
      start -= 2;
    } else {
      break;
    }
  }
  while (start < at && byte_at(text, start) == '.') ++start;
  return start;
}

// Where the domain starting at pos ends: labels of letters, digits and hyphens
// joined by dots, at least two, the last (the top-level domain) two or more
// letters. 0 if there is no such domain.
std::size_t email_domain_end(std::string_view text, std::size_t pos) {
  std::size_t end = 0;
  std::size_t labels = 0;
  while (is_ascii_alnum(byte_at(text, pos))) {
    const std::size_t label_start = pos;
    bool all_letters = true;
    for (; is_ascii_alnum(byte_at(text, pos)) || byte_at(text, pos) == '-'; ++pos) {
      all_letters = all_letters && is_ascii_letter(byte_at(text, pos));
    }
    std::size_t label_end = pos;
    while (byte_at(text, label_end - 1) == '-') --label_end;
    if (++labels >= 2 && all_letters && label_end - label_start >= 2) end = label_end;
    if (label_end != pos || byte_at(text, pos) != '.') break;
    ++pos;
  }
  return end;
}

}  // namespace

void find_emails(std::string_view text, std::vector<PersonalDataMatch>& out) {
  for (std::size_t at = text.find('@'); at != k_none; at = text.find('@', at + 1)) {
    const std::size_t start = email_local_start(text, at);
    const std::size_t end = email_domain_end(text, at + 1);
    if (start < at && end > at) out.push_back({PersonalDataRule::email, start, end - start});
  }
}

}  // namespace coprod::analysis::detail
