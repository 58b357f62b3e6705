// Personal data detector: remarks attributed to a named person.

#include <algorithm>
#include <array>
#include <optional>
#include <span>
#include <string>

#include "analysis/personal_data_scan.hpp"
#include "util/utf8_letters.hpp"

namespace coprod::analysis::detail {

bool is_listed_word(std::string_view word, std::span<const std::string_view> sorted_words) {
  std::string lower(word.size(), ' ');
  std::transform(word.begin(), word.end(), lower.begin(),
                 [](char c) { return to_lower(static_cast<unsigned char>(c)); });
  const auto listed = [&](std::string_view w) { return std::ranges::binary_search(sorted_words, w); };
  if (listed(lower)) return true;
  const std::string_view singular(lower);
  if (singular.ends_with("ies") && listed(std::string(singular.substr(0, singular.size() - 3)) + "y")) return true;
  return singular.size() > 3 && singular.ends_with('s') && listed(singular.substr(0, singular.size() - 1));
}

namespace {

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

bool is_common_word(std::string_view word) { return is_listed_word(word, k_common_words); }

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

// A letter ("e", "é", "Ł", "Ω", "Ạ") with the combining accents after it ("E"
// then U+0301), in bytes; 0 for anything else.
std::size_t letter_length(std::string_view text, std::size_t pos) {
  const std::size_t length = is_ascii_letter(byte_at(text, pos)) ? 1 : util::letter_at(text, pos).length;
  return length == 0 ? 0 : length + util::accents_length(text, pos + length);
}

// "Mary", "Zoë", "Émile", "Łukasz", "O'Brien", "McDonald", "Smith-Jones": a
// capital, then letters with at least one in lower case (so not "NHS" or "GP").
bool is_name_shaped(std::string_view word) {
  if (!is_capital_at(word, 0)) return false;
  std::size_t pos = letter_length(word, 0);
  const std::size_t apostrophe = joiner_length(word, pos);
  if (apostrophe > 0 && byte_at(word, pos) != '-' && is_capital_at(word, pos + apostrophe)) {
    pos += apostrophe + letter_length(word, pos + apostrophe);
  }
  bool has_lower = false;
  while (pos < word.size()) {
    if (const std::size_t length = letter_length(word, pos)) {
      has_lower = has_lower || !is_capital_at(word, pos);
      pos += length;
    } else if (byte_at(word, pos) == '-' && is_capital_at(word, pos + 1)) {
      ++pos;
    } else {
      return false;
    }
  }
  return has_lower;
}

bool is_person_name(std::string_view word) {
  return is_name_shaped(word) && !is_common_word(word) && !contains(k_titles, word);
}

// How many words a name may have: "Mary Ann Smith".
constexpr std::size_t k_most_name_words = 3;

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

  bool is_name(const Word& word) const { return is_person_name(text_of(word)); }
  bool is_describing(const Word& word) const {
    return std::ranges::find(description_words().describing_words, text_of(word)) !=
           description_words().describing_words.end();
  }

  // Where the name before the verb starts: "Mary", "John Smith", "Mary Ann
  // Smith", "Mrs Patel", "Dr. Jane Smith"; nothing if the word before the verb
  // is not a name. A name said to be where the speaker named before it is from
  // goes with that speaker's name: "Priya from Northbridge Mind said" (the
  // speaker is Priya, who would be kept were the match "Northbridge Mind said").
  std::optional<std::size_t> name_start() const {
    const std::size_t last = m_recent.size() - 1;
    if (!is_name(m_recent[last])) return std::nullopt;
    const std::size_t first = name_run_start(last);
    if (first >= 2 && m_recent[first].gap == Gap::space && is_describing(m_recent[first - 1]) &&
        m_recent[first - 1].gap == Gap::space && is_name(m_recent[first - 2])) {
      return m_recent[name_run_start(first - 2)].start;
    }
    return m_recent[first].start;
  }

  // Which of the recent words starts the name, or its title, that ends with the name at `last`.
  std::size_t name_run_start(std::size_t last) const {
    for (std::size_t names = 1;; ++names, --last) {
      const Word& word = m_recent[last];
      if (last == 0) return last;
      const Word& before = m_recent[last - 1];
      if (word.gap != Gap::other && is_title(before)) return last - 1;
      if (names == k_most_name_words || word.gap != Gap::space || !is_name(before)) return last;
    }
  }

  std::string_view m_text;
  // The words before the current one, oldest first: enough for a titled name, the word saying where its speaker
  // is from, and the speaker's titled name.
  std::array<Word, 2 * (k_most_name_words + 1) + 1> m_recent{};
  std::size_t m_previous_end = 0;
};

// Phrases a name follows: "According to Dr Patel", "'We wait,' said Mary".
// After "according to" any name counts; after a verb, a name counts when it
// has a title or ends the clause ("said Mary." but not "said Thank you"), so
// that a capitalised phrase after the verb is not taken for a name.
struct LeadingPhrase {
  std::string_view text;
  bool any_name = false;
};
constexpr std::array<std::string_view, 1> k_phrases_before_any_name = {"according to"};
constexpr std::array<std::string_view, 5> k_phrases_before_a_name = {"said", "says", "asked", "explained", "added"};

bool starts_with_phrase(std::string_view text, std::size_t pos, std::string_view phrase) {
  const std::string_view candidate = slice(text, pos, phrase.size());
  if (candidate.size() != phrase.size() || word_char_at(text, pos + phrase.size())) return false;
  for (std::size_t i = 0; i < candidate.size(); ++i) {
    if (to_lower(static_cast<unsigned char>(candidate[i])) != phrase[i]) return false;
  }
  return true;
}

std::size_t skip_spaces(std::string_view text, std::size_t pos) {
  while (is_space(byte_at(text, pos))) ++pos;
  return pos;
}

}  // namespace

NameAfter name_after(std::string_view text, std::size_t pos) {
  std::size_t end = word_end(text, pos);
  const bool titled = end > pos && contains(k_titles, text.substr(pos, end - pos));
  if (titled) {
    if (byte_at(text, end) == '.') ++end;
    if (!is_space(byte_at(text, end))) return {};
    pos = skip_spaces(text, end);
    end = word_end(text, pos);
  }
  if (end == pos || !is_person_name(text.substr(pos, end - pos))) return {};
  NameAfter name{end, titled, false};
  for (std::size_t words = 1; words < k_most_name_words; ++words) {
    const std::size_t next = skip_blanks(text, name.end);
    const std::size_t next_end = word_end(text, next);
    if (next == name.end || next_end == next || !is_person_name(text.substr(next, next_end - next))) break;
    name = {next_end, titled, true};
  }
  return name;
}

std::size_t reporting_verb_end(std::string_view text, std::size_t pos) {
  const std::size_t end = word_end(text, pos);
  return end > pos && contains(k_reporting_verbs, text.substr(pos, end - pos)) ? end : k_none;
}

namespace {

bool ends_clause(std::string_view text, std::size_t pos) {
  if (pos >= text.size()) return true;
  const unsigned char c = byte_at(text, pos);
  return c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == ')' || c == '"' || c == '\n' ||
         slice(text, pos, 3) == "\xE2\x80\x9D";  // a closing typographic quote
}

std::optional<LeadingPhrase> leading_phrase_at(std::string_view text, std::size_t pos) {
  if (word_char_before(text, pos)) return std::nullopt;
  for (const auto phrase : k_phrases_before_any_name) {
    if (starts_with_phrase(text, pos, phrase)) return LeadingPhrase{phrase, true};
  }
  for (const auto phrase : k_phrases_before_a_name) {
    if (starts_with_phrase(text, pos, phrase)) return LeadingPhrase{phrase, false};
  }
  return std::nullopt;
}

// "According to Dr Patel", "said Mary Smith.": the name comes after.
void find_leading_phrases(std::string_view text, std::vector<PersonalDataMatch>& out) {
  for (std::size_t pos = 0; pos < text.size(); ++pos) {
    const auto phrase = leading_phrase_at(text, pos);
    if (!phrase) continue;
    const std::size_t after = pos + phrase->text.size();
    if (!is_space(byte_at(text, after))) continue;
    const NameAfter name = name_after(text, skip_spaces(text, after));
    if (name.end == k_none || !(phrase->any_name || name.titled || ends_clause(text, name.end))) continue;
    out.push_back({PersonalDataRule::attribution, pos, name.end - pos});
  }
}

}  // namespace

void find_attributions(std::string_view text, std::vector<PersonalDataMatch>& out) {
  AttributionFinder(text).find(out);
  find_leading_phrases(text, out);
  find_described_speakers(text, out);
}

NameSpan attributed_name(std::string_view matched) {
  // "Said" is also a name: "Said told" has its verb last.
  const std::size_t last_word = matched.find_last_of(" \t");
  const bool verb_last =
      last_word != std::string_view::npos && contains(k_reporting_verbs, matched.substr(last_word + 1));
  if (const auto phrase = leading_phrase_at(matched, 0); phrase && !verb_last) {
    const std::size_t start = skip_spaces(matched, phrase->text.size());
    return {start, matched.size() - start};
  }
  // "Mary said": the name is everything before the space before the verb
  // ("Mary Jones, a carer, said": the description goes too, as it may name
  // others, "Mary, wife of John Smith, said").
  std::size_t name_end = matched.size();
  while (name_end > 0 && !is_space(byte_at(matched, name_end - 1))) --name_end;
  while (name_end > 0 && is_space(byte_at(matched, name_end - 1))) --name_end;
  return {0, name_end == 0 ? matched.size() : name_end};
}

bool is_capitalised_word(std::string_view word) { return is_name_shaped(word); }

bool is_title_word(std::string_view word) { return contains(k_titles, word); }

bool is_everyday_word(std::string_view word) { return is_common_word(word); }

std::size_t end_of_word(std::string_view text, std::size_t pos) { return word_end(text, pos); }

}  // namespace coprod::analysis::detail

namespace coprod::analysis {

const AttributionWords& attribution_words() {
  const auto& described = detail::description_words();
  static const AttributionWords words{detail::k_reporting_verbs,       detail::k_titles,
                                      detail::k_common_words,          detail::k_phrases_before_any_name,
                                      detail::k_phrases_before_a_name, described.describing_words,
                                      described.most_describing_words, described.words_before_an_organisation,
                                      described.organisation_words,    described.linking_words,
                                      detail::k_most_name_words,       described.lone_first_names,
                                      described.words_opening_a_clause};
  return words;
}

}  // namespace coprod::analysis
