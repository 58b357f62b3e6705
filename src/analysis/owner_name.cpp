#include "analysis/owner_name.hpp"

#include <algorithm>
#include <span>
#include <vector>

#include "analysis/owner_name_words.hpp"
#include "analysis/personal_data_scan.hpp"

namespace coprod::analysis {

namespace {

using namespace detail;

// What each capitalised word of an owner is taken for.
enum class WordKind {
  title,         // "Dr", "Mrs"
  role,          // "Lead", "Commissioning", "Care", and everyday words ("Programme", "People")
  organisation,  // "Council", "Trust", "Hospitals"
  given_name,    // "Mary", "May", "Priya"
  place,         // "County", "Yorkshire", "Tower Hamlets"; "North" or "Kent" where not after a first name
  maybe_place,   // "North", "Kent": a place, or a surname after a first name ("Jo North")
  other,         // "Jones", "Okafor", "Northbridge": may be part of a name
};

// A capitalised word that may be part of a name: not a title, a role or an organisation.
bool may_be_in_name(WordKind kind) {
  return kind != WordKind::title && kind != WordKind::role && kind != WordKind::organisation;
}

bool is_place(WordKind kind) { return kind == WordKind::place || kind == WordKind::maybe_place; }

WordKind kind_of_word(std::string_view word) {
  if (is_title_word(word)) return WordKind::title;
  if (is_organisation_word(word)) return WordKind::organisation;
  if (is_given_name(word)) return WordKind::given_name;
  if (is_role_word(word)) return WordKind::role;
  switch (place_word(word)) {
    case PlaceWord::always: return WordKind::place;
    case PlaceWord::maybe: return WordKind::maybe_place;
    case PlaceWord::no: break;
  }
  return WordKind::other;
}

using Run = std::vector<NameInText>;  // capitalised words in a row, each a span of the owner

// Whether the word at `start` follows the word `before` in a run: only spaces
// between them, or a full stop and spaces after a title ("Dr. Patel").
bool follows(std::string_view owner, const NameInText& before, std::size_t start) {
  std::size_t pos = before.offset + before.length;
  if (byte_at(owner, pos) == '.' && is_title_word(owner.substr(before.offset, before.length))) ++pos;
  if (pos == start) return false;
  for (; pos < start; ++pos) {
    if (byte_at(owner, pos) != ' ') return false;
  }
  return true;
}

// The owner's runs of capitalised words, in order: "Programme lead (Mary
// Jones)" has {Programme} and {Mary, Jones}.
std::vector<Run> capitalised_runs(std::string_view owner) {
  std::vector<Run> runs(1);
  for (std::size_t pos = 0; pos < owner.size();) {
    if (!word_char_at(owner, pos)) {
      ++pos;
      continue;
    }
    const NameInText word{pos, end_of_word(owner, pos) - pos};
    Run& run = runs.back();
    if (!run.empty() && !follows(owner, run.back(), pos)) runs.emplace_back();
    if (is_capitalised_word(owner.substr(word.offset, word.length))) {
      runs.back().push_back(word);
    } else if (!runs.back().empty()) {
      runs.emplace_back();
    }
    pos = word.offset + word.length;
  }
  return runs;
}

// A run's words and what the rule takes each for.
struct RunWords {
  std::vector<std::string_view> words;
  std::vector<WordKind> kinds;
};

// Each word of a run as the rule takes it; the words of a place such as
// "Milton Keynes", and a saint's name ("St Mark"), are places.
RunWords words_of_run(std::string_view owner, const Run& run) {
  RunWords run_words;
  for (const auto& word : run) run_words.words.push_back(owner.substr(word.offset, word.length));
  const auto& words = run_words.words;
  auto& kinds = run_words.kinds;
  while (kinds.size() < words.size()) {
    const std::size_t next = kinds.size();
    std::size_t place = place_of_several_words(std::span(words).subspan(next));
    if (place == 0 && is_saint_word(words[next]) && next + 1 < words.size()) place = 2;
    if (place > 0) {
      kinds.insert(kinds.end(), place, WordKind::place);
    } else {
      kinds.push_back(kind_of_word(words[next]));
    }
  }
  return run_words;
}

NameInText spanning(const NameInText& first, const NameInText& last) {
  return {first.offset, last.offset + last.length - first.offset};
}

// Words [first, end) of a run: a part with no title, role or organisation in it.
struct Part {
  std::size_t first;
  std::size_t end;
};

// The person's name in a part of two or more words: one that starts with a
// first name, any place words at its end left out ("Jo Smith North
// Yorkshire") unless the surname is one ("Jo North"); else, but only in a run
// with nothing but the part, two or more words in a row that are not places
// ("Oluwaseun Okafor", not "North Yorkshire" or "Tower Hamlets").
std::optional<Part> name_in_part(const std::vector<WordKind>& kinds, Part part, bool whole_run) {
  const bool has_street_or_county = std::any_of(kinds.begin() + part.first, kinds.begin() + part.end,
                                                [](WordKind k) { return k == WordKind::place; });
  if (kinds[part.first] == WordKind::given_name && !has_street_or_county) {
    std::size_t end = part.end;
    while (end > part.first + 2 && is_place(kinds[end - 1])) --end;
    return Part{part.first, end};
  }
  for (std::size_t first = part.first; first < part.end;) {
    std::size_t end = first;
    while (end < part.end && !is_place(kinds[end])) ++end;
    if (end - first >= 2 && (whole_run || kinds[first] == WordKind::given_name)) return Part{first, end};
    first = end + 1;
  }
  return std::nullopt;
}

// A title and the name words after it ("Dr Patel", "Mrs Jo Khan").
std::optional<Part> titled_name(const std::vector<WordKind>& kinds) {
  for (std::size_t i = 0; i + 1 < kinds.size(); ++i) {
    if (kinds[i] != WordKind::title || !may_be_in_name(kinds[i + 1])) continue;
    std::size_t end = i + 2;
    while (end < kinds.size() && may_be_in_name(kinds[end])) ++end;
    return Part{i, end};
  }
  return std::nullopt;
}

// Whether the words after `part` name an organisation it is the name of: an
// organisation word right after it, and one last ("Leeds Teaching Hospitals
// Trust", but not "Mary Jones Team Lead").
bool names_an_organisation(const std::vector<WordKind>& kinds, Part part) {
  return part.end < kinds.size() && kinds[part.end] == WordKind::organisation && kinds.back() == WordKind::organisation;
}

// Whether the word at `site` ends the name of a building, a street or a ward
// that starts with `part`'s words: a site word ("Centre", "Lane", "Ward"), or
// one that is a surname too ("Hall", "Park") after two words or more, not
// straight after a first name, which makes it a middle name ("Mary Anne Ward").
bool ends_site_name(const RunWords& run, Part part, std::size_t site) {
  const SiteWord kind = site_word(run.words[site]);
  const std::size_t words_before = site - part.first;
  if (kind == SiteWord::no || words_before == 0 || run.kinds[site - 1] == WordKind::given_name) return false;
  return kind == SiteWord::always || words_before >= 2;
}

// Whether `part` starts the name of a building, a street or a ward that ends
// the run: its last word a site word ("Jack Straw Lane", "Mary Seacole
// House"), or one after it, after role words only ("Victoria Park Health
// Centre", "Grace Darling Ward"), and after that only organisation words
// ("Jack Straw Lane Surgery"), never a role ("Mary Jones Ward Manager").
bool names_a_site(const RunWords& run, Part part) {
  std::size_t site = part.end - 1;
  if (!ends_site_name(run, part, site)) {
    site = part.end;
    while (site < run.words.size() && run.kinds[site] == WordKind::role && site_word(run.words[site]) == SiteWord::no)
      ++site;
    if (site == run.words.size() || !ends_site_name(run, {part.first, site}, site)) return false;
  }
  return std::all_of(
      run.words.begin() + static_cast<std::ptrdiff_t>(site) + 1, run.words.end(),
      [](std::string_view word) { return is_organisation_word(word) || site_word(word) != SiteWord::no; });
}

// Whether `part` is a first name the rule does not know and a surname, after
// the word that ends a job's title and at the end of the run: "Peer Lead
// Chiamaka Eze" (but not "Programme Lead North Yorkshire", a place, nor
// "Peer Lead Jo Smith Northbridge", three words). Two words that name no role,
// no organisation and no place, as "Chiamaka Eze" alone is found.
bool name_after_a_job(const RunWords& run, Part part) {
  if (part.first == 0 || part.end != run.words.size() || part.end - part.first != 2) return false;
  const bool unknown_words = run.kinds[part.first] == WordKind::other && run.kinds[part.first + 1] == WordKind::other;
  return unknown_words && is_job_holder_word(run.words[part.first - 1]);
}

// A title and a name, else the name in a part of the run between its roles and
// organisations (name_in_part()), else a name after a job's title
// (name_after_a_job()).
std::optional<NameInText> person_name_in_run(std::string_view owner, const Run& run) {
  const auto run_words = words_of_run(owner, run);
  const auto& kinds = run_words.kinds;
  auto found = titled_name(kinds);
  for (std::size_t first = 0; !found && first < kinds.size();) {
    std::size_t end = first;
    while (end < kinds.size() && may_be_in_name(kinds[end])) ++end;
    const Part part{first, end};
    if (end - first >= 2 && !names_an_organisation(kinds, part) && !names_a_site(run_words, part)) {
      found = name_in_part(kinds, part, first == 0 && end == kinds.size());
      if (!found && name_after_a_job(run_words, part)) found = part;
    }
    first = end + 1;
  }
  if (!found) return std::nullopt;
  return spanning(run[found->first], run[found->end - 1]);
}

// The word after `run` past a comma and spaces ("Programme" in "Zaynab
// Okafor, Programme Lead"); "" when no comma comes straight after the run.
std::string_view word_after_comma(std::string_view owner, const Run& run) {
  std::size_t pos = run.back().offset + run.back().length;
  if (byte_at(owner, pos) != ',') return {};
  do ++pos;
  while (byte_at(owner, pos) == ' ');
  if (!word_char_at(owner, pos)) return {};
  return owner.substr(pos, end_of_word(owner, pos) - pos);
}

// Two capitalised words, a first name known or not and a surname (which may
// be a place: "West"), straight before a comma and a role: a person's name
// beside their role ("Zaynab West, Programme Lead", "Tendai North, lead").
std::optional<NameInText> name_before_a_role(std::string_view owner, const Run& run) {
  if (run.size() != 2) return std::nullopt;
  const auto kinds = words_of_run(owner, run).kinds;
  const bool first_name = kinds[0] == WordKind::given_name || kinds[0] == WordKind::other;
  const bool surname = kinds[1] == WordKind::other || kinds[1] == WordKind::maybe_place;
  const std::string_view role = word_after_comma(owner, run);
  if (!first_name || !surname || role.empty() || !(is_role_word(role) || is_organisation_word(role))) {
    return std::nullopt;
  }
  return spanning(run[0], run[1]);
}

}  // namespace

std::optional<NameInText> find_person_name_in_owner(std::string_view owner) {
  for (const auto& run : capitalised_runs(owner)) {
    if (auto name = person_name_in_run(owner, run)) return name;
    if (auto name = name_before_a_role(owner, run)) return name;
  }
  return std::nullopt;
}

bool is_action_owner(const model::TextField& field) {
  return field.path.starts_with("actions.") && field.path.ends_with(".owner");
}

}  // namespace coprod::analysis
