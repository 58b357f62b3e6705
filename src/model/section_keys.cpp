#include "model/section_keys.hpp"

#include <algorithm>
#include <map>

#include <fmt/format.h>

namespace coprod::model {

namespace {

bool is_plain_letter(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// The title's plain letters, in order, as written: "Listening well" -> "Listeningwell".
std::string letters_of(const std::string& title) {
  std::string letters;
  std::copy_if(title.begin(), title.end(), std::back_inserter(letters), is_plain_letter);
  return letters;
}

// Whether `a` and `b` both have `length` letters and start with the same ones, in either case.
bool same_start(const std::string& a, const std::string& b, std::size_t length) {
  if (a.size() < length || b.size() < length) return false;
  for (std::size_t i = 0; i < length; ++i) {
    if (lower(a[i]) != lower(b[i])) return false;
  }
  return true;
}

// The shortest start of `letters[which]` that no other in `letters` begins
// with, in either case; empty when there is none.
std::string shortest_distinct_start(const std::vector<std::string>& letters, std::size_t which) {
  const std::string& own = letters[which];
  for (std::size_t length = 1; length <= own.size(); ++length) {
    bool shared = false;
    for (std::size_t other = 0; other < letters.size() && !shared; ++other)
      shared = other != which && same_start(own, letters[other], length);
    if (!shared) return own.substr(0, length);
  }
  return {};
}

}  // namespace

// The title after any quotation marks, brackets or spaces it starts with
// ("\"Quick\" check-ins", "“Quoted” title").
std::string_view after_opening_marks(std::string_view title) {
  for (;;) {
    if (!title.empty() && std::string_view(" \"'([{").find(title.front()) != std::string_view::npos) {
      title.remove_prefix(1);
    } else if (title.starts_with("\u201c") || title.starts_with("\u2018") || title.starts_with("\u00ab")) {
      title.remove_prefix(title.starts_with("\u00ab") ? 2 : 3);
    } else {
      return title;
    }
  }
}

std::string own_section_key(const FrameworkSection& section, std::size_t place) {
  if (section.number) return fmt::format("{}", *section.number);
  const std::string_view title = after_opening_marks(section.title);
  if (!title.empty() && is_plain_letter(title.front())) return std::string(1, title.front());
  return fmt::format("{}", place + 1);
}

void assign_section_keys(std::vector<FrameworkSection>& sections) {
  // The unnumbered sections keyed by a letter, by that letter in lower case.
  std::map<char, std::vector<std::size_t>> by_letter;
  for (std::size_t place = 0; place < sections.size(); ++place) {
    FrameworkSection& section = sections[place];
    section.key = own_section_key(section, place);
    if (!section.number && is_plain_letter(section.key.front())) by_letter[lower(section.key.front())].push_back(place);
  }
  for (const auto& [letter, places] : by_letter) {
    if (places.size() < 2) continue;
    std::vector<std::string> letters;
    for (const std::size_t place : places) letters.push_back(letters_of(sections[place].title));
    std::vector<std::string> keys;
    for (std::size_t i = 0; i < places.size(); ++i) keys.push_back(shortest_distinct_start(letters, i));
    const bool told_apart = std::none_of(keys.begin(), keys.end(), [](const std::string& key) { return key.empty(); });
    for (std::size_t i = 0; i < places.size(); ++i) {
      std::string& key = sections[places[i]].key;
      key = told_apart ? keys[i] : fmt::format("{}{}", key, i + 1);
    }
  }
  // A section with no letter in its title is keyed by its place, which may be
  // another section's number: then by its place after the highest key in use.
  for (std::size_t place = 0; place < sections.size(); ++place) {
    FrameworkSection& section = sections[place];
    if (section.number || is_plain_letter(section.key.front())) continue;
    const auto taken = [&](const std::string& key) {
      return std::any_of(sections.begin(), sections.end(),
                         [&](const FrameworkSection& other) { return &other != &section && other.key == key; });
    };
    for (std::size_t next = sections.size() + 1; taken(section.key); ++next) section.key = fmt::format("{}", next);
  }
}

}  // namespace coprod::model
