#include "analysis/personal_data.hpp"

#include <algorithm>
#include <iterator>
#include <map>
#include <string>
#include <utility>

#include "analysis/personal_data_scan.hpp"

namespace coprod::analysis {

using namespace detail;

namespace {

// ------------------------------------------------------------------ combining

std::size_t end_of(const PersonalDataMatch& match) { return match.offset + match.length; }

// Keeps the longest matches (the earliest among equals) that do not overlap.
std::vector<PersonalDataMatch> without_overlaps(std::vector<PersonalDataMatch> candidates) {
  std::stable_sort(candidates.begin(), candidates.end(), [](const auto& a, const auto& b) {
    return a.length != b.length ? a.length > b.length : a.offset < b.offset;
  });
  std::map<std::size_t, PersonalDataMatch> kept;  // by offset
  for (const auto& candidate : candidates) {
    const auto next = kept.lower_bound(candidate.offset);
    if (next != kept.end() && next->first < end_of(candidate)) continue;
    if (next != kept.begin() && end_of(std::prev(next)->second) > candidate.offset) continue;
    kept.emplace(candidate.offset, candidate);
  }
  std::vector<PersonalDataMatch> matches;
  matches.reserve(kept.size());
  for (const auto& [offset, match] : kept) matches.push_back(match);
  return matches;
}

std::string_view replacement(PersonalDataRule rule) {
  switch (rule) {
    case PersonalDataRule::email: return "[e-mail address removed]";
    case PersonalDataRule::phone: return "[phone number removed]";
    case PersonalDataRule::nhs_number: return "[NHS number removed]";
    case PersonalDataRule::postcode: return "[postcode removed]";
    case PersonalDataRule::attribution: return "[name removed]";
  }
  return "";
}

// ------------------------------------------------------------------ separators

// Text with Unicode spaces and dashes replaced by ASCII ones and zero-width
// characters removed, so "07700\u00A0900123" or "943\u2013476\u20135919" are
// found; with where each byte came from, to map matches back.
struct NormalisedText {
  std::string text;
  std::vector<std::size_t> starts;  // per byte of `text`: where its character starts in the original
  std::vector<std::size_t> ends;    // ... and where it ends

  PersonalDataMatch to_original(const PersonalDataMatch& match) const {
    const std::size_t start = starts[match.offset];
    return {match.rule, start, ends[match.offset + match.length - 1] - start};
  }
};

// The code point of the 2- or 3-byte UTF-8 sequence at pos, with its length; {0, 1} otherwise.
std::pair<char32_t, std::size_t> decode_short_utf8(std::string_view text, std::size_t pos) {
  const unsigned char lead = byte_at(text, pos);
  const unsigned char b1 = byte_at(text, pos + 1);
  const unsigned char b2 = byte_at(text, pos + 2);
  if (lead >= 0xC2 && lead <= 0xDF && (b1 & 0xC0) == 0x80) return {((lead & 0x1Fu) << 6) | (b1 & 0x3Fu), 2};
  if (lead >= 0xE0 && lead <= 0xEF && (b1 & 0xC0) == 0x80 && (b2 & 0xC0) == 0x80) {
    return {((lead & 0x0Fu) << 12) | ((b1 & 0x3Fu) << 6) | (b2 & 0x3Fu), 3};
  }
  return {0, 1};
}

// ' ' for a Unicode space, '-' for a dash, '\0' to drop a zero-width character, 1 to keep.
char separator_replacement(char32_t c) {
  if (c == 0x00A0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x202F || c == 0x205F || c == 0x3000) {
    return ' ';
  }
  if ((c >= 0x2010 && c <= 0x2015) || c == 0x2212 || c == 0xFE58 || c == 0xFE63 || c == 0xFF0D) return '-';
  if (c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF) return '\0';
  return 1;
}

NormalisedText normalise_separators(std::string_view text) {
  NormalisedText out;
  out.text.reserve(text.size());
  for (std::size_t pos = 0; pos < text.size();) {
    const auto [code_point, length] = decode_short_utf8(text, pos);
    const char replacement = length > 1 ? separator_replacement(code_point) : 1;
    if (replacement == 1) {
      for (std::size_t i = 0; i < length; ++i) {
        out.text += text[pos + i];
        out.starts.push_back(pos);
        out.ends.push_back(pos + length);
      }
    } else if (replacement != '\0') {
      out.text += replacement;
      out.starts.push_back(pos);
      out.ends.push_back(pos + length);
    }
    pos += length;
  }
  return out;
}

}  // namespace

std::string_view rule_id(PersonalDataRule rule) {
  switch (rule) {
    case PersonalDataRule::email: return "email";
    case PersonalDataRule::phone: return "phone";
    case PersonalDataRule::nhs_number: return "nhs-number";
    case PersonalDataRule::postcode: return "postcode";
    case PersonalDataRule::attribution: return "attribution";
  }
  return "";
}

std::string_view rule_description(PersonalDataRule rule) {
  switch (rule) {
    case PersonalDataRule::email: return "an e-mail address";
    case PersonalDataRule::phone: return "a UK phone number";
    case PersonalDataRule::nhs_number: return "an NHS number";
    case PersonalDataRule::postcode: return "a UK postcode";
    case PersonalDataRule::attribution: return "a remark attributed to a named person";
  }
  return "";
}

bool is_valid_nhs_number(std::string_view ten_digits) {
  if (ten_digits.size() != 10) return false;
  if (!std::all_of(ten_digits.begin(), ten_digits.end(),
                   [](char c) { return is_digit(static_cast<unsigned char>(c)); })) {
    return false;
  }
  int sum = 0;
  for (std::size_t i = 0; i < 9; ++i) sum += (ten_digits[i] - '0') * static_cast<int>(10 - i);
  const int check = 11 - sum % 11;
  if (check == 10) return false;
  return (check == 11 ? 0 : check) == ten_digits[9] - '0';
}

std::vector<PersonalDataMatch> find_personal_data(std::string_view text) {
  const bool ascii = std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  const NormalisedText normalised = ascii ? NormalisedText{} : normalise_separators(text);
  const std::string_view scanned = ascii ? text : std::string_view(normalised.text);
  std::vector<PersonalDataMatch> candidates;
  find_emails(scanned, candidates);
  find_phones(scanned, candidates);
  find_nhs_numbers(scanned, candidates);
  find_postcodes(scanned, candidates);
  find_attributions(scanned, candidates);
  auto matches = without_overlaps(std::move(candidates));
  if (!ascii) {
    for (auto& match : matches) match = normalised.to_original(match);
  }
  return matches;
}

std::string redact(std::string_view text, const std::vector<PersonalDataMatch>& matches) {
  std::vector<PersonalDataMatch> ordered = matches;
  std::stable_sort(ordered.begin(), ordered.end(), [](const auto& a, const auto& b) { return a.offset < b.offset; });
  std::string redacted;
  redacted.reserve(text.size());
  std::size_t pos = 0;
  for (const auto& match : ordered) {
    if (match.length == 0 || match.offset < pos || match.offset > text.size()) continue;
    if (match.length > text.size() - match.offset) continue;
    redacted.append(text.substr(pos, match.offset - pos));
    const std::string_view matched = text.substr(match.offset, match.length);
    const NameSpan replaced =
        match.rule == PersonalDataRule::attribution ? attributed_name(matched) : NameSpan{0, matched.size()};
    redacted.append(matched.substr(0, replaced.offset));
    redacted.append(replacement(match.rule));
    redacted.append(matched.substr(replaced.offset + replaced.length));
    pos = end_of(match);
  }
  redacted.append(text.substr(pos));
  return redacted;
}

}  // namespace coprod::analysis
