#pragma once
// Internal to the personal data detectors (analysis/personal_data*.cpp, and
// owner_name.cpp, which reads words as the attribution rule does):
// byte-level helpers every scanner reads text through, and the detectors.
// Each scanner works on UTF-8 text (a match starts and ends between characters),
// never reads past the end, and takes time roughly linear in the text.

#include <cstddef>
#include <span>
#include <string_view>
#include <vector>

#include "analysis/personal_data.hpp"
#include "util/utf8_letters.hpp"

namespace coprod::analysis::detail {

inline constexpr std::size_t k_none = std::string_view::npos;

// ------------------------------------------------------------------ bytes

// The byte at pos, or 0 past the end: every scanner reads through this.
inline unsigned char byte_at(std::string_view text, std::size_t pos) {
  return pos < text.size() ? static_cast<unsigned char>(text[pos]) : 0;
}

inline std::string_view slice(std::string_view text, std::size_t pos, std::size_t length) {
  return pos <= text.size() ? text.substr(pos, length) : std::string_view{};
}

inline bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }
inline bool is_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
inline bool is_lower(unsigned char c) { return c >= 'a' && c <= 'z'; }
inline bool is_ascii_letter(unsigned char c) { return is_upper(c) || is_lower(c); }
inline bool is_ascii_alnum(unsigned char c) { return is_ascii_letter(c) || is_digit(c); }
inline bool is_space(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
inline char to_upper(unsigned char c) { return static_cast<char>(is_lower(c) ? c - 'a' + 'A' : c); }
inline char to_lower(unsigned char c) { return static_cast<char>(is_upper(c) ? c - 'A' + 'a' : c); }
inline bool digit_at(std::string_view text, std::size_t pos) { return is_digit(byte_at(text, pos)); }

// A two-byte UTF-8 letter (U+0080 to U+07FF: é, ñ, ł, Ω, Д ...), but not a
// sign such as the multiplication sign.
inline bool is_two_byte_letter_at(std::string_view text, std::size_t pos) {
  return util::letter_at(text, pos).length == 2;
}

// A capital letter starts at pos: "M", "É", "Ł", "Ø", "Ω", "Д", "Ạ", "Ა"
// (with any combining accents after it: "E" then U+0301 is "É").
inline bool is_capital_at(std::string_view text, std::size_t pos) {
  return is_upper(byte_at(text, pos)) || util::letter_at(text, pos).capital;
}

// An ASCII letter or digit, or a letter beyond ASCII, with the combining
// accents after it ("E" then U+0301), in bytes; 0 for anything else.
inline std::size_t word_char_length(std::string_view text, std::size_t pos) {
  const std::size_t length = is_ascii_alnum(byte_at(text, pos)) ? 1 : util::letter_at(text, pos).length;
  return length == 0 ? 0 : length + util::accents_length(text, pos + length);
}

inline bool word_char_at(std::string_view text, std::size_t pos) { return word_char_length(text, pos) > 0; }

// A letter or digit (and any accents after it) ends at pos.
inline bool word_char_before(std::string_view text, std::size_t pos) {
  for (auto c = util::non_ascii_char_before(text, pos); c.kind == util::Utf8Char::Kind::accent;
       c = util::non_ascii_char_before(text, pos)) {
    pos -= c.length;
  }
  if (pos == 0) return false;
  if (is_ascii_alnum(byte_at(text, pos - 1))) return true;
  const auto kind = util::non_ascii_char_before(text, pos).kind;
  return kind == util::Utf8Char::Kind::letter || kind == util::Utf8Char::Kind::capital;
}

inline bool is_digit_connector(unsigned char c) { return c == '-' || c == '/' || c == '.'; }

// "2026-09", "30/09", "1.5": digits at pos carry on from digits before them.
inline bool continues_digits_before(std::string_view text, std::size_t pos) {
  return pos >= 2 && is_digit_connector(byte_at(text, pos - 1)) && digit_at(text, pos - 2);
}

inline bool continues_digits_after(std::string_view text, std::size_t end) {
  return is_digit_connector(byte_at(text, end)) && digit_at(text, end + 1);
}

// Each adds its matches (which may overlap) to `out`.
void find_emails(std::string_view text, std::vector<PersonalDataMatch>& out);
void find_phones(std::string_view text, std::vector<PersonalDataMatch>& out);
void find_nhs_numbers(std::string_view text, std::vector<PersonalDataMatch>& out);
void find_postcodes(std::string_view text, std::vector<PersonalDataMatch>& out);
void find_attributions(std::string_view text, std::vector<PersonalDataMatch>& out);

// Words as the attribution rule reads them, for the owner-name rule too:
// whether `word` is in `sorted_words` (lower case, sorted), read in lower case
// and as the plural of one ("Coordinators", "Charities");
bool is_listed_word(std::string_view word, std::span<const std::string_view> sorted_words);
// whether it starts with a capital and has a small letter ("Mary", "O'Brien", "Lead", not "NHS");
bool is_capitalised_word(std::string_view word);
// whether it is a title ("Mr", "Dr", ...) or a word that names no one ("People", "Lead", "Board");
bool is_title_word(std::string_view word);
bool is_everyday_word(std::string_view word);
// and where the word at pos ends (apostrophes and hyphens inside it: "O'Brien", "Smith-Jones").
std::size_t end_of_word(std::string_view text, std::size_t pos);

// A run of spaces and tabs at pos, read as one space between words on a line
// (a newline is not one): where it ends, pos when there is none.
inline std::size_t skip_blanks(std::string_view text, std::size_t pos) {
  while (byte_at(text, pos) == ' ' || byte_at(text, pos) == '\t') ++pos;
  return pos;
}

// The name at pos: "Dr Patel", "Dr. Jane Smith", "Mary", "Mary Smith", "Mary
// Ann Smith"; end is k_none if there is no name there.
struct NameAfter {
  std::size_t end = k_none;
  bool titled = false;
  bool two_names = false;  // a first name and a surname: "Mary Smith", "Dr Jane Smith"
};
NameAfter name_after(std::string_view text, std::size_t pos);

// Where a reporting verb ("said", "told", ...) at pos ends, or k_none.
std::size_t reporting_verb_end(std::string_view text, std::size_t pos);

// "Mary Jones, a carer, said", "Dr Patel from the network feels": a name that
// opens a clause, described before its verb (personal_data_described_speaker.cpp).
void find_described_speakers(std::string_view text, std::vector<PersonalDataMatch>& out);

// The lists find_described_speakers() reads, for attribution_words().
struct DescriptionWords {
  std::span<const std::string_view> describing_words;
  std::size_t most_describing_words;
  std::span<const std::string_view> words_before_an_organisation;
  std::span<const std::string_view> organisation_words;
  std::span<const std::string_view> linking_words;
  std::span<const std::string_view> lone_first_names;
  std::span<const std::string_view> words_opening_a_clause;
};
const DescriptionWords& description_words();

// "Mary said" -> 4, "According to Dr Patel" -> where "Dr Patel" starts and its length.
struct NameSpan {
  std::size_t offset;
  std::size_t length;
};
NameSpan attributed_name(std::string_view matched);

}  // namespace coprod::analysis::detail
