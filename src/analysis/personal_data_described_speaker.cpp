// Personal data detector, part of the attribution rule: a name that opens a
// clause, described before its verb ("Mary Jones, a carer, said", "Mary Jones
// (carer) said", "Dr Patel from the network feels", "James, a volunteer,
// said", "Priya (carer) felt"). Between words on a line, a run of spaces and
// tabs reads as one space.

#include <algorithm>
#include <array>
#include <string>
#include <vector>

#include "analysis/owner_name_words.hpp"
#include "analysis/personal_data_scan.hpp"

namespace coprod::analysis::detail {

namespace {

// Words that start a description of the person just named: "Mary Jones from the
// network felt", "Mr Khan of the forum said", "Peter Smith who chairs it said".
constexpr std::array<std::string_view, 4> k_words_describing_a_name = {"at", "from", "of", "who"};

// How many words a description may hold: "Peter Smith, who chairs the carers forum, said" has 5.
constexpr std::size_t k_most_describing_words = 8;

// A description that says what was named is an organisation ("Northbridge
// Mind, a local charity, said", "Riverside Lodge (the day centre) said",
// "Mind Northbridge, a charity for the local area, said") starts with one of
// these words and has an organisation word as its head, the last word before
// any linking word: "Mary Jones, a carer at the local charity, said" describes a person.
constexpr std::array<std::string_view, 9> k_words_before_an_organisation = {"a",   "an",    "another", "one", "our",
                                                                            "the", "their", "this",    "your"};

// clang-format off
constexpr std::array<std::string_view, 42> k_organisation_words = {
    "agency", "alliance", "association", "authority", "board", "body", "business", "campaign", "centre", "charity",
    "clinic", "club", "co-operative", "collective", "college", "committee", "company", "consortium", "cooperative",
    "council", "department", "enterprise", "federation", "forum", "foundation", "group", "home", "hospice",
    "hospital", "hub", "network", "organisation", "organization", "partnership", "practice", "project", "provider",
    "school", "service", "society", "team", "trust"};
// clang-format on
static_assert(std::ranges::is_sorted(k_organisation_words));

// Words that tie a description to something besides what was named: "a carer
// at the charity", "a volunteer who runs the group", "the chair of the forum".
// clang-format off
constexpr std::array<std::string_view, 18> k_linking_words = {
    "and", "at", "by", "for", "from", "in", "into", "of", "on", "or", "that", "to", "which", "who", "whom", "whose",
    "with", "within"};
// clang-format on
static_assert(std::ranges::is_sorted(k_linking_words));

// Linking words that join two things, either of which may be a person: a
// description holding one never says an organisation alone was named.
constexpr std::array<std::string_view, 2> k_joining_words = {"and", "or"};

// Whether the word, in lower case, is one of the words.
bool is_in(std::span<const std::string_view> words, std::string_view word) {
  std::string lower(word);
  std::ranges::transform(lower, lower.begin(), [](char c) { return to_lower(static_cast<unsigned char>(c)); });
  return std::ranges::find(words, lower) != words.end();
}

// Words that open a clause themselves, before the name that follows them: "Then James, a carer, said", "And then
// Mary Jones (carer) felt", "However Priya (carer) felt", "As James, a volunteer, said", "When Mary Jones (carer)
// told us". Only where the word opens a clause: "such as Mary Jones (carer)" is a list, not a clause. Lower case,
// sorted.
// clang-format off
constexpr std::array<std::string_view, 13> k_words_opening_a_clause = {
    "afterwards", "also", "and", "as", "but", "finally", "however", "later", "meanwhile", "next", "so", "then",
    "when"};
// clang-format on
static_assert(std::ranges::is_sorted(k_words_opening_a_clause));

// Where the mark of a list's item ("-", "*", "•", "–") that ends at pos starts,
// when it starts a line (after spaces or tabs alone); k_none otherwise.
std::size_t list_mark_start(std::string_view text, std::size_t pos) {
  std::size_t mark = k_none;
  if (pos >= 1 && (byte_at(text, pos - 1) == '-' || byte_at(text, pos - 1) == '*')) mark = pos - 1;
  if (pos >= 3 && (slice(text, pos - 3, 3) == "\xE2\x80\xA2" || slice(text, pos - 3, 3) == "\xE2\x80\x93"))
    mark = pos - 3;
  if (mark == k_none) return k_none;
  std::size_t start = mark;
  while (start > 0 && (byte_at(text, start - 1) == ' ' || byte_at(text, start - 1) == '\t')) --start;
  return start == 0 || byte_at(text, start - 1) == '\n' ? mark : k_none;
}

// Where the word that ends at `end` starts: `end` when none does.
std::size_t start_of_word_before(std::string_view text, std::size_t end) {
  std::size_t start = end;
  while (start > 0 && word_char_before(text, start)) --start;
  return start;
}

// Whether a name at pos opens a clause: at the start of the text, a line or
// a list's item ("- Mary Jones, a carer, said"), or after a sentence's end, a
// colon, a comma, an opening quote or bracket, or a word that opens a clause
// itself ("Then James, a carer, said").
bool opens_clause(std::string_view text, std::size_t pos) {
  while (pos > 0) {
    const unsigned char before = byte_at(text, pos - 1);
    if (before == ' ' || before == '\t' || before == '"' || before == '\'' || before == '(') {
      --pos;
    } else if (pos >= 3 && (slice(text, pos - 3, 3) == "\xE2\x80\x9C" || slice(text, pos - 3, 3) == "\xE2\x80\x98")) {
      pos -= 3;  // an opening typographic quote
    } else if (const std::size_t word = start_of_word_before(text, pos); word < pos) {
      return is_in(k_words_opening_a_clause, text.substr(word, pos - word)) && opens_clause(text, word);
    } else {
      return before == '.' || before == '!' || before == '?' || before == ':' || before == ';' || before == ',' ||
             before == '\n' || list_mark_start(text, pos) != k_none;
    }
  }
  return true;
}

// "a local charity", "the day centre", "a charity for the area": words that
// say an organisation was named.
bool names_an_organisation(std::string_view description) {
  std::vector<std::string_view> words;
  for (std::size_t pos = 0; pos < description.size(); ++pos) {
    if (!word_char_at(description, pos) || word_char_before(description, pos)) continue;
    const std::size_t end = end_of_word(description, pos);
    words.push_back(description.substr(pos, end - pos));
    pos = end - 1;
  }
  // "the network and a carer": a description joining two things may name a person in either.
  if (std::ranges::any_of(words, [](std::string_view word) { return is_in(k_joining_words, word); })) return false;
  const auto linking = std::ranges::find_if(words, [](std::string_view word) { return is_in(k_linking_words, word); });
  const auto head_count = static_cast<std::size_t>(linking - words.begin());
  if (head_count < 2 || !is_in(k_words_before_an_organisation, words.front())) return false;
  return is_listed_word(words[head_count - 1], k_organisation_words);
}

// Where the words from pos end, when they run to a closing mark with nothing
// else between ("a carer," or "carer)"), at most k_most_describing_words of
// them and not naming an organisation: just past the mark; k_none otherwise.
std::size_t description_end(std::string_view text, std::size_t pos, char closing) {
  const std::size_t start = pos;
  std::size_t words = 0;
  for (; pos < text.size() && byte_at(text, pos) != closing; ++pos) {
    const unsigned char c = byte_at(text, pos);
    if (c == '.' || c == '!' || c == '?' || c == ';' || c == ':' || c == '\n' || c == '(' || c == ')' || c == ',') {
      return k_none;
    }
    if (word_char_at(text, pos) && !word_char_before(text, pos) && ++words > k_most_describing_words) return k_none;
  }
  if (pos >= text.size() || words == 0 || names_an_organisation(text.substr(start, pos - start))) return k_none;
  return pos + 1;
}

// "from the network felt": a describing word, then words divided by spaces
// and tabs alone up to a reporting verb; where the verb ends, or k_none.
std::size_t described_by_words_end(std::string_view text, std::size_t pos) {
  const std::size_t first_end = end_of_word(text, pos);
  const std::string_view first = text.substr(pos, first_end - pos);
  if (first_end == pos || std::ranges::find(k_words_describing_a_name, first) == k_words_describing_a_name.end()) {
    return k_none;
  }
  pos = first_end;
  for (std::size_t words = 1; words <= k_most_describing_words && skip_blanks(text, pos) > pos; ++words) {
    pos = skip_blanks(text, pos);  // not a newline: a description does not go on to the next line
    if (const std::size_t verb_end = reporting_verb_end(text, pos); verb_end != k_none) return verb_end;
    const std::size_t end = end_of_word(text, pos);
    if (end == pos) return k_none;
    pos = end;
  }
  return k_none;
}

// Where the reporting verb after a description ending at `after` ends: "said"
// in ", a carer, said"; k_none when there is none.
std::size_t verb_after_description_end(std::string_view text, std::size_t after) {
  if (after == k_none) return k_none;
  const std::size_t verb = skip_blanks(text, after);
  return verb == after ? k_none : reporting_verb_end(text, verb);
}

// Where the description after a name, and the reporting verb after it, end:
// ", a carer, said", " (carer) said", " from the network feels" (not after a
// first name alone: "James from the network"); k_none when there is no such
// description.
std::size_t described_verb_end(std::string_view text, std::size_t name_end, bool first_name_alone) {
  if (byte_at(text, name_end) == ',') {
    return verb_after_description_end(text, description_end(text, name_end + 1, ','));
  }
  const std::size_t next = skip_blanks(text, name_end);
  if (next == name_end) return k_none;
  if (byte_at(text, next) == '(') return verb_after_description_end(text, description_end(text, next + 1, ')'));
  return first_name_alone ? k_none : described_by_words_end(text, next);
}

// First names that are everyday words too ("Will at board level felt",
// "Amber, not green, felt right", "Hope of change felt strong"): alone, they
// name no one. Lower case, sorted.
// clang-format off
constexpr std::array<std::string_view, 30> k_first_names_that_are_words = {
    "amber", "april", "ben", "bill", "bob", "carol", "dawn", "dean", "frank", "georgia", "grace", "heather",
    "holly", "hope", "jack", "jade", "jan", "jean", "joy", "june", "mark", "may", "nick", "pat", "rob", "rose",
    "sally", "sue", "victoria", "will"};
// clang-format on
static_assert(std::ranges::is_sorted(k_first_names_that_are_words));

// The first names that, alone and described between commas or brackets, name
// a person ("James, a volunteer, said"): the common first names, less those
// that are everyday words too.
const std::vector<std::string_view>& lone_first_names() {
  static const std::vector<std::string_view> names = [] {
    std::vector<std::string_view> kept;
    for (const auto name : given_names())
      if (!std::ranges::binary_search(k_first_names_that_are_words, name)) kept.push_back(name);
    return kept;
  }();
  return names;
}

bool is_lone_first_name(std::string_view word) { return is_in(lone_first_names(), word); }

// A name with a title or a surname, or one of lone_first_names(): any other
// capitalised word opening a clause is as often a group, a number or a place
// ("Eleven of the members said", "GPs at the practice said", "Northbridge,
// like many areas, felt").
bool is_described_name(std::string_view text, std::size_t pos, const NameAfter& name) {
  if (name.end == k_none) return false;
  return name.titled || name.two_names || is_lone_first_name(text.substr(pos, name.end - pos));
}

}  // namespace

void find_described_speakers(std::string_view text, std::vector<PersonalDataMatch>& out) {
  for (std::size_t pos = 0; pos < text.size(); ++pos) {
    if (!word_char_at(text, pos) || word_char_before(text, pos) || !opens_clause(text, pos)) continue;
    const NameAfter name = name_after(text, pos);
    if (!is_described_name(text, pos, name)) continue;
    const bool first_name_alone = !(name.titled || name.two_names);
    if (const std::size_t end = described_verb_end(text, name.end, first_name_alone); end != k_none) {
      out.push_back({PersonalDataRule::attribution, pos, end - pos});
    }
  }
}

const DescriptionWords& description_words() {
  static const DescriptionWords words{
      k_words_describing_a_name, k_most_describing_words, k_words_before_an_organisation, k_organisation_words,
      k_linking_words,           lone_first_names(),      k_words_opening_a_clause};
  return words;
}

}  // namespace coprod::analysis::detail
