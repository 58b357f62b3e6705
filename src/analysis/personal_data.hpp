#pragma once
// Likely personal data in free text (evidence, notes, reflections), so people
// can remove it before they publish: e-mail addresses, UK phone numbers, NHS
// numbers, UK postcodes and remarks attributed to a named person ("Mary said").
//
// The detectors are hand-written scanners over bytes: they work on UTF-8 text
// (only ASCII bytes ever start or end a match), never read past the end, and
// take time roughly linear in the length of the text.

#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace coprod::analysis {

enum class PersonalDataRule { email, phone, nhs_number, postcode, attribution };

// "email", "phone", "nhs-number", "postcode", "attribution"
std::string_view rule_id(PersonalDataRule rule);
// Plain English for people: "an e-mail address", "a UK phone number", ...
std::string_view rule_description(PersonalDataRule rule);

struct PersonalDataMatch {
  PersonalDataRule rule;
  std::size_t offset;  // in bytes from the start of the text
  std::size_t length;  // in bytes; an attribution covers the name and the verb ("Mary said")
};

// Every match, sorted by offset and not overlapping: where two overlap the
// longer is kept (the earlier if they are the same length).
std::vector<PersonalDataMatch> find_personal_data(std::string_view text);

// The words the attribution rule reads, for the scoring form's script, which
// warns beside a box as `check` would ("Mary said", "Mrs Patel told",
// "according to Dr Patel", "said Mary."), so the two share one list.
struct AttributionWords {
  std::span<const std::string_view> reporting_verbs;          // after a name: "said", "told", ...
  std::span<const std::string_view> titles;                   // "Mr", "Mrs", "Dr", ...
  std::span<const std::string_view> common_words;             // lower case, sorted: "People said" names no one
  std::span<const std::string_view> phrases_before_any_name;  // "according to"
  std::span<const std::string_view> phrases_before_a_name;    // "said": a name with a title or ending the clause
  std::span<const std::string_view> describing_words;         // "from": "Mary Jones from the network felt"
  std::size_t most_describing_words = 0;                      // words a description may hold
  // A description that names an organisation, not a person: "Northbridge Mind, a local charity, said" starts
  // with one of words_before_an_organisation ("a", "the", ...), ends with one of organisation_words (lower
  // case, sorted, plurals found from the singular: "charity", "group", ...) and holds none of linking_words
  // (sorted: "at", "of", "who", ...: "a carer at the charity" is a person).
  std::span<const std::string_view> words_before_an_organisation;
  std::span<const std::string_view> organisation_words;
  std::span<const std::string_view> linking_words;
  std::size_t most_name_words = 0;  // words a name may hold: "Mary Ann Smith"
  // First names (lower case, sorted) that alone, described between commas or brackets before the verb, name a
  // person ("James, a volunteer, said"): not those that are everyday words too ("Will", "Hope", "Amber").
  std::span<const std::string_view> lone_first_names;
  // Words (lower case, sorted) that open a clause themselves, so that a described name after one opens it too:
  // "Then James, a carer, said".
  std::span<const std::string_view> words_opening_a_clause;
};
const AttributionWords& attribution_words();

// Exactly 10 ASCII digits whose last is the Modulus 11 check digit of the rest.
bool is_valid_nhs_number(std::string_view ten_digits);

// The text with each match replaced by "[e-mail address removed]", "[phone
// number removed]", "[NHS number removed]" or "[postcode removed]"; for an
// attribution only the name is replaced ("[name removed] said"). Matches that
// overlap an earlier one or fall outside the text are ignored.
std::string redact(std::string_view text, const std::vector<PersonalDataMatch>& matches);

}  // namespace coprod::analysis
