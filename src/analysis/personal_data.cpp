#include "analysis/personal_data.hpp"

#include <algorithm>
#include <array>
#include <iterator>
#include <map>
#include <optional>

namespace coprod::analysis {

namespace {

constexpr std::size_t k_none = std::string_view::npos;

// ------------------------------------------------------------------ bytes

// The byte at pos, or 0 past the end: every scanner reads through this.
unsigned char byte_at(std::string_view text, std::size_t pos) {
  return pos < text.size() ? static_cast<unsigned char>(text[pos]) : 0;
}

std::string_view slice(std::string_view text, std::size_t pos, std::size_t length) {
  return pos <= text.size() ? text.substr(pos, length) : std::string_view{};
}

bool is_digit(unsigned char c) {
  return c >= '0' && c <= '9';
}
bool is_upper(unsigned char c) {
  return c >= 'A' && c <= 'Z';
}
bool is_lower(unsigned char c) {
  return c >= 'a' && c <= 'z';
}
bool is_ascii_letter(unsigned char c) {
  return is_upper(c) || is_lower(c);
}
bool is_ascii_alnum(unsigned char c) {
  return is_ascii_letter(c) || is_digit(c);
}
bool is_space(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}
char to_upper(unsigned char c) {
  return static_cast<char>(is_lower(c) ? c - 'a' + 'A' : c);
}
char to_lower(unsigned char c) {
  return static_cast<char>(is_upper(c) ? c - 'A' + 'a' : c);
}
bool digit_at(std::string_view text, std::size_t pos) {
  return is_digit(byte_at(text, pos));
}

// A two-byte UTF-8 letter from Latin-1 Supplement to Latin Extended-B (é, ñ,
// ł ...), but not the multiplication or division sign.
bool is_latin_letter_at(std::string_view text, std::size_t pos) {
  const unsigned char lead = byte_at(text, pos);
  const unsigned char next = byte_at(text, pos + 1);
  if (lead < 0xC3 || lead > 0xC9 || (next & 0xC0) != 0x80) return false;
  return !(lead == 0xC3 && (next == 0x97 || next == 0xB7));
}

// 1 for an ASCII letter or digit, 2 for a Latin letter, 0 for anything else.
std::size_t word_char_length(std::string_view text, std::size_t pos) {
  if (is_ascii_alnum(byte_at(text, pos))) return 1;
  return is_latin_letter_at(text, pos) ? 2 : 0;
}

bool word_char_at(std::string_view text, std::size_t pos) {
  return word_char_length(text, pos) > 0;
}

bool word_char_before(std::string_view text, std::size_t pos) {
  if (pos == 0) return false;
  if (is_ascii_alnum(byte_at(text, pos - 1))) return true;
  return pos >= 2 && is_latin_letter_at(text, pos - 2);
}

bool is_digit_connector(unsigned char c) {
  return c == '-' || c == '/' || c == '.';
}

// "2026-09", "30/09", "1.5": digits at pos carry on from digits before them.
bool continues_digits_before(std::string_view text, std::size_t pos) {
  return pos >= 2 && is_digit_connector(byte_at(text, pos - 1)) && digit_at(text, pos - 2);
}

bool continues_digits_after(std::string_view text, std::size_t end) {
  return is_digit_connector(byte_at(text, end)) && digit_at(text, end + 1);
}

// ------------------------------------------------------------------ e-mail

bool is_local_part_char(unsigned char c) {
  return is_ascii_alnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
}

std::size_t email_local_start(std::string_view text, std::size_t at) {
  std::size_t start = at;
  while (start > 0) {
    if (is_local_part_char(byte_at(text, start - 1))) {
      --start;
    } else if (start >= 2 && is_latin_letter_at(text, start - 2)) {
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

void find_emails(std::string_view text, std::vector<PersonalDataMatch>& out) {
  for (std::size_t at = text.find('@'); at != k_none; at = text.find('@', at + 1)) {
    const std::size_t start = email_local_start(text, at);
    const std::size_t end = email_domain_end(text, at + 1);
    if (start < at && end > at) out.push_back({PersonalDataRule::email, start, end - start});
  }
}

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

void find_phones(std::string_view text, std::vector<PersonalDataMatch>& out) {
  for (std::size_t pos = 0; pos < text.size(); ++pos) {
    if (!could_start_phone(text, pos)) continue;
    if (const auto match = PhoneScanner(text, pos).scan()) out.push_back(*match);
  }
}

// ------------------------------------------------------------------ NHS number

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

void find_nhs_numbers(std::string_view text, std::vector<PersonalDataMatch>& out) {
  std::string digits;
  for (std::size_t pos = 0; pos < text.size(); ++pos) {
    if (!digit_at(text, pos) || word_char_before(text, pos) || continues_digits_before(text, pos)) continue;
    const std::size_t end = nhs_number_end(text, pos, digits);
    if (end == k_none || word_char_at(text, end) || continues_digits_after(text, end)) continue;
    if (is_valid_nhs_number(digits)) out.push_back({PersonalDataRule::nhs_number, pos, end - pos});
  }
}

// ------------------------------------------------------------------ postcode

// Letters Royal Mail uses in each place of a postcode.
constexpr std::string_view k_postcode_first_letters = "ABCDEFGHIJKLMNOPRSTUWYZ";   // not Q, V, X
constexpr std::string_view k_postcode_second_letters = "ABCDEFGHKLMNOPQRSTUVWXY";  // not I, J, Z
constexpr std::string_view k_postcode_third_letters = "ABCDEFGHJKPSTUW";           // A9A
constexpr std::string_view k_postcode_fourth_letters = "ABEHMNPRVWXY";             // AA9A
constexpr std::string_view k_postcode_inward_letters = "ABDEFGHJLNPQRSTUWXYZ";     // not C, I, K, M, O, V
constexpr std::array<std::string_view, 6> k_outward_shapes = {"A9", "A99", "AA9", "AA99", "A9A", "AA9A"};

bool letter_in(unsigned char c, std::string_view allowed) {
  return is_ascii_letter(c) && allowed.find(to_upper(c)) != k_none;
}

bool has_shape(std::string_view code, std::string_view shape) {
  if (code.size() != shape.size()) return false;
  for (std::size_t i = 0; i < code.size(); ++i) {
    const auto c = static_cast<unsigned char>(code[i]);
    if (shape[i] == 'A' ? !is_ascii_letter(c) : !is_digit(c)) return false;
  }
  return true;
}

std::optional<std::string_view> outward_shape(std::string_view code) {
  for (const std::string_view shape : k_outward_shapes) {
    if (has_shape(code, shape)) return shape;
  }
  return std::nullopt;
}

bool is_outward_code(std::string_view code) {
  const auto shape = outward_shape(code);
  if (!shape) return false;
  const auto at = [&](std::size_t i) { return static_cast<unsigned char>(code[i]); };
  if (!letter_in(at(0), k_postcode_first_letters)) return false;
  if (*shape == "A9A") return letter_in(at(2), k_postcode_third_letters);
  if ((*shape)[1] != 'A') return true;
  if (!letter_in(at(1), k_postcode_second_letters)) return false;
  return *shape != "AA9A" || letter_in(at(3), k_postcode_fourth_letters);
}

bool is_inward_code(std::string_view code) {
  return has_shape(code, "9AA") && letter_in(static_cast<unsigned char>(code[1]), k_postcode_inward_letters) &&
         letter_in(static_cast<unsigned char>(code[2]), k_postcode_inward_letters);
}

// "LS1 4AP" and "ls1 4ap", but not "M1 1st".
bool has_one_case(std::string_view text) {
  const bool upper =
      std::any_of(text.begin(), text.end(), [](char c) { return is_upper(static_cast<unsigned char>(c)); });
  const bool lower =
      std::any_of(text.begin(), text.end(), [](char c) { return is_lower(static_cast<unsigned char>(c)); });
  return !(upper && lower);
}

// Where the postcode starting at pos ends, or k_none.
std::size_t postcode_end(std::string_view text, std::size_t pos) {
  for (std::size_t outward_length = 2; outward_length <= 4; ++outward_length) {
    if (!is_outward_code(slice(text, pos, outward_length))) continue;
    for (const std::size_t gap : {std::size_t{1}, std::size_t{0}}) {
      const std::size_t inward_start = pos + outward_length + gap;
      if (gap == 1 && byte_at(text, inward_start - 1) != ' ') continue;
      const std::size_t end = inward_start + 3;
      if (!is_inward_code(slice(text, inward_start, 3)) || word_char_at(text, end)) continue;
      if (has_one_case(slice(text, pos, end - pos))) return end;
    }
  }
  return k_none;
}

void find_postcodes(std::string_view text, std::vector<PersonalDataMatch>& out) {
  for (std::size_t pos = 0; pos < text.size(); ++pos) {
    if (!is_ascii_letter(byte_at(text, pos)) || word_char_before(text, pos)) continue;
    const std::size_t end = postcode_end(text, pos);
    if (end != k_none) out.push_back({PersonalDataRule::postcode, pos, end - pos});
  }
}

// ------------------------------------------------------------------ attribution

constexpr std::array<std::string_view, 13> k_reporting_verbs = {
    "said",    "says",  "told",       "tells",     "felt",      "feels", "thinks",
    "thought", "asked", "complained", "mentioned", "explained", "shared"};

constexpr std::array<std::string_view, 12> k_titles = {"Cllr", "Councillor", "Dame", "Dr",   "Miss",      "Mr",
                                                       "Mrs",  "Ms",         "Mx",   "Prof", "Professor", "Sir"};

// Capitalised words that start sentences or name groups rather than people
// ("People said", "Staff felt", "Everyone said", "Yesterday Mary said"), name
// documents ("the Long Term Plan says"), and weekdays and months. Lower case,
// sorted; plurals are found from the singular.
// clang-format off
constexpr std::array<std::string_view, 398> k_common_words = {
    "a", "about", "act", "actually", "adult", "advocate", "after", "afternoon", "afterwards", "again", "agency",
    "agreement", "all", "alliance", "also", "although", "an", "and", "another", "any", "anybody", "anyone",
    "anything", "app", "appendix", "approach", "april", "article", "as", "assessor", "association", "at", "attendee",
    "audience", "august", "author", "authority", "because", "before", "bill", "board", "body", "book", "both",
    "britain", "brother", "but", "by", "campaign", "carer", "centre", "chair", "champion", "chapter", "charity",
    "charter", "chief", "child", "children", "citizen", "clearly", "client", "clinic", "clinician", "coach", "code",
    "cohort", "colleague", "college", "commission", "commissioner", "committee", "community", "company",
    "constitution", "consultant", "contract", "coordinator", "council", "crowd", "customer", "dad", "data",
    "daughter", "dear", "december", "department", "director", "doctor", "document", "during", "each", "earlier",
    "eight", "either", "email", "employee", "employer", "england", "evaluation", "even", "evening", "eventually",
    "every", "everybody", "everyone", "everything", "evidence", "executive", "expert", "facilitator", "family",
    "father", "february", "feedback", "few", "fewer", "figure", "finally", "first", "five", "folk", "for", "form",
    "fortunately", "forum", "foundation", "four", "framework", "friday", "friend", "from", "fund", "generally",
    "government", "governor", "gp", "group", "guardian", "guest", "guidance", "guide", "half", "handbook", "he",
    "healthwatch", "her", "here", "him", "his", "honestly", "hospital", "host", "how", "however", "husband", "i",
    "if", "importantly", "in", "indeed", "individual", "initially", "initiative", "inspector", "instead",
    "institute", "interestingly", "ireland", "it", "its", "january", "july", "june", "junior", "just", "last",
    "later", "law", "lead", "leader", "leadership", "less", "letter", "limited", "local", "lot", "ltd", "majority",
    "man", "management", "manager", "many", "march", "may", "maybe", "me", "meanwhile", "meeting", "member", "men",
    "mentor", "minister", "ministry", "minority", "model", "monday", "more", "morning", "most", "mother", "much",
    "mum", "my", "national", "neighbour", "neither", "network", "nevertheless", "new", "next", "nhs", "nine", "no",
    "nobody", "none", "noone", "not", "notably", "nothing", "november", "now", "nurse", "october", "of", "office",
    "officer", "often", "older", "on", "once", "one", "only", "or", "organisation", "organization", "originally",
    "other", "others", "our", "overall", "page", "panel", "paper", "parent", "parliament", "participant", "partner",
    "partnership", "patient", "peer", "people", "perhaps", "person", "plan", "please", "policy", "practice",
    "practitioner", "presenter", "previously", "principle", "process", "professional", "programme", "project",
    "provider", "public", "really", "recently", "regional", "regulator", "report", "representative", "research",
    "resident", "respondent", "review", "reviewer", "sadly", "saturday", "school", "scotland", "secretary",
    "section", "sector", "senior", "september", "service", "session", "seven", "several", "she", "similarly",
    "since", "sister", "six", "so", "society", "some", "somebody", "someone", "something", "sometimes", "son",
    "speaker", "staff", "standard", "statement", "still", "strategy", "student", "study", "such", "sunday",
    "surgery", "survey", "system", "table", "team", "ten", "than", "thanks", "that", "the", "their", "them", "then",
    "therapist", "there", "therefore", "these", "they", "this", "those", "though", "three", "thursday", "thus", "to",
    "today", "together", "tomorrow", "tool", "toolkit", "trust", "trustee", "tuesday", "two", "uk", "unfortunately",
    "unit", "university", "until", "us", "user", "visitor", "volunteer", "wales", "ward", "we", "website",
    "wednesday", "what", "when", "where", "which", "while", "who", "whoever", "why", "wife", "with", "within",
    "without", "woman", "women", "worker", "workforce", "workshop", "writer", "yes", "yesterday", "yet", "you",
    "young", "younger", "your"};
// clang-format on
static_assert(std::ranges::is_sorted(k_common_words));

template <std::size_t N>
bool contains(const std::array<std::string_view, N>& words, std::string_view word) {
  return std::find(words.begin(), words.end(), word) != words.end();
}

bool is_common_word(std::string_view word) {
  std::string lower(word.size(), ' ');
  std::transform(word.begin(), word.end(), lower.begin(),
                 [](char c) { return to_lower(static_cast<unsigned char>(c)); });
  const auto listed = [](std::string_view w) { return std::ranges::binary_search(k_common_words, w); };
  if (listed(lower)) return true;
  const std::string_view singular(lower);
  if (singular.ends_with("ies") && listed(std::string(singular.substr(0, singular.size() - 3)) + "y")) return true;
  return singular.size() > 3 && singular.ends_with('s') && listed(singular.substr(0, singular.size() - 1));
}

// An apostrophe (' or the typographic ’) or a hyphen inside a word, by length.
std::size_t joiner_length(std::string_view text, std::size_t pos) {
  const unsigned char c = byte_at(text, pos);
  if (c == '\'' || c == '-') return 1;
  return slice(text, pos, 3) == "\xE2\x80\x99" ? 3 : 0;
}

std::size_t word_end(std::string_view text, std::size_t pos) {
  while (true) {
    if (const std::size_t length = word_char_length(text, pos)) {
      pos += length;
    } else if (const std::size_t joiner = joiner_length(text, pos); joiner > 0 && word_char_at(text, pos + joiner)) {
      pos += joiner;
    } else {
      return pos;
    }
  }
}

// "Mary", "Zoë", "O'Brien", "McDonald", "Smith-Jones": a capital, then
// letters with at least one in lower case (so not "NHS" or "GP").
bool is_name_shaped(std::string_view word) {
  if (word.size() < 2 || !is_upper(byte_at(word, 0))) return false;
  std::size_t pos = 1;
  const std::size_t apostrophe = joiner_length(word, pos);
  if (apostrophe > 0 && byte_at(word, pos) != '-' && is_upper(byte_at(word, pos + apostrophe))) pos += apostrophe + 1;
  bool has_lower = false;
  while (pos < word.size()) {
    const unsigned char c = byte_at(word, pos);
    if (is_ascii_letter(c) || is_latin_letter_at(word, pos)) {
      has_lower = has_lower || !is_upper(c);
      pos += word_char_length(word, pos);
    } else if (c == '-' && is_upper(byte_at(word, pos + 1))) {
      ++pos;
    } else {
      return false;
    }
  }
  return has_lower;
}

// How a word is separated from the one before it.
enum class Gap { other, space, full_stop };  // full_stop: "Mrs. Patel"

struct Word {
  std::size_t start = 0;
  std::size_t end = 0;
  Gap gap = Gap::other;
};

Gap gap_between(std::string_view text, std::size_t previous_end, std::size_t start) {
  if (start == previous_end) return Gap::other;
  const bool full_stop = byte_at(text, previous_end) == '.';
  const std::size_t spaces_start = full_stop ? previous_end + 1 : previous_end;
  if (spaces_start == start) return Gap::other;
  for (std::size_t pos = spaces_start; pos < start; ++pos) {
    if (!is_space(byte_at(text, pos))) return Gap::other;
  }
  return full_stop ? Gap::full_stop : Gap::space;
}

class AttributionFinder {
 public:
  explicit AttributionFinder(std::string_view text) : m_text(text) {}

  void find(std::vector<PersonalDataMatch>& out) {
    std::size_t pos = 0;
    while (pos < m_text.size()) {
      if (!word_char_at(m_text, pos)) {
        ++pos;
        continue;
      }
      const Word word{pos, word_end(m_text, pos), gap_between(m_text, m_previous_end, pos)};
      if (word.gap == Gap::space && contains(k_reporting_verbs, text_of(word))) {
        if (const auto start = name_start()) out.push_back({PersonalDataRule::attribution, *start, word.end - *start});
      }
      std::shift_left(m_recent.begin(), m_recent.end(), 1);
      m_recent.back() = word;
      m_previous_end = pos = word.end;
    }
  }

 private:
  std::string_view text_of(const Word& word) const { return m_text.substr(word.start, word.end - word.start); }
  bool is_title(const Word& word) const { return word.end > word.start && contains(k_titles, text_of(word)); }

  bool is_person_name(const Word& word) const {
    const std::string_view text = text_of(word);
    return is_name_shaped(text) && !is_common_word(text) && !contains(k_titles, text);
  }

  // Where the name before the verb starts: "Mary", "John Smith", "Mrs Patel",
  // "Dr. Jane Smith"; nothing if the word before the verb is not a name.
  std::optional<std::size_t> name_start() const {
    const Word& last = m_recent[2];
    const Word& middle = m_recent[1];
    const Word& first = m_recent[0];
    if (last.end == last.start || !is_person_name(last)) return std::nullopt;
    if (last.gap != Gap::other && is_title(middle)) return middle.start;
    if (last.gap != Gap::space || !is_person_name(middle)) return last.start;
    if (middle.gap != Gap::other && is_title(first)) return first.start;
    return middle.start;
  }

  std::string_view m_text;
  std::array<Word, 3> m_recent{};  // the three words before the current one, oldest first
  std::size_t m_previous_end = 0;
};

// ------------------------------------------------------------------ combining

std::size_t end_of(const PersonalDataMatch& match) {
  return match.offset + match.length;
}

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
    case PersonalDataRule::email:
      return "[e-mail address removed]";
    case PersonalDataRule::phone:
      return "[phone number removed]";
    case PersonalDataRule::nhs_number:
      return "[NHS number removed]";
    case PersonalDataRule::postcode:
      return "[postcode removed]";
    case PersonalDataRule::attribution:
      return "[name removed]";
  }
  return "";
}

// "Mary said" -> 4: the name is everything before the space before the verb.
std::size_t attributed_name_length(std::string_view matched) {
  std::size_t name_end = matched.size();
  while (name_end > 0 && !is_space(byte_at(matched, name_end - 1))) --name_end;
  while (name_end > 0 && is_space(byte_at(matched, name_end - 1))) --name_end;
  return name_end == 0 ? matched.size() : name_end;
}

}  // namespace

std::string_view rule_id(PersonalDataRule rule) {
  switch (rule) {
    case PersonalDataRule::email:
      return "email";
    case PersonalDataRule::phone:
      return "phone";
    case PersonalDataRule::nhs_number:
      return "nhs-number";
    case PersonalDataRule::postcode:
      return "postcode";
    case PersonalDataRule::attribution:
      return "attribution";
  }
  return "";
}

std::string_view rule_description(PersonalDataRule rule) {
  switch (rule) {
    case PersonalDataRule::email:
      return "an e-mail address";
    case PersonalDataRule::phone:
      return "a UK phone number";
    case PersonalDataRule::nhs_number:
      return "an NHS number";
    case PersonalDataRule::postcode:
      return "a UK postcode";
    case PersonalDataRule::attribution:
      return "a remark attributed to a named person";
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
  std::vector<PersonalDataMatch> candidates;
  find_emails(text, candidates);
  find_phones(text, candidates);
  find_nhs_numbers(text, candidates);
  find_postcodes(text, candidates);
  AttributionFinder(text).find(candidates);
  return without_overlaps(std::move(candidates));
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
    const std::size_t replaced =
        match.rule == PersonalDataRule::attribution ? attributed_name_length(matched) : matched.size();
    redacted.append(replacement(match.rule));
    redacted.append(matched.substr(replaced));
    pos = end_of(match);
  }
  redacted.append(text.substr(pos));
  return redacted;
}

}  // namespace coprod::analysis
