#include "analysis/reference_suggestions.hpp"

#include <algorithm>
#include <cstddef>
#include <iterator>
#include <limits>

#include "util/add_once.hpp"
#include "util/small_letters.hpp"
#include "util/text.hpp"

namespace coprod::analysis {

namespace {

// A title's words in small letters: "Build knowledge, skills and confidence"
// gives build, knowledge, skills, and, confidence.
std::vector<std::string> title_words(std::string_view title) {
  std::vector<std::string> words{{}};
  for (const char c : util::in_small_letters(title)) {
    const bool separator = static_cast<unsigned char>(c) < 0x80 && !(c >= 'a' && c <= 'z') && !(c >= '0' && c <= '9');
    if (!separator) words.back() += c;
    else if (!words.back().empty()) words.emplace_back();
  }
  if (words.back().empty()) words.pop_back();
  return words;
}

// The names of `known` closest in spelling to `reference`, all of them when
// several are as close; empty when the closest is too far to be a typo.
std::vector<std::string> closest_spellings(std::string_view reference, const std::vector<std::string>& known) {
  std::vector<std::string> closest;
  std::size_t best = std::numeric_limits<std::size_t>::max();
  for (const auto& name : known) {
    const std::size_t distance = util::edit_distance(reference, name);
    if (distance < best) closest.clear();
    if (distance <= best) {
      best = distance;
      closest.push_back(name);
    }
  }
  const std::size_t allowed = std::max<std::size_t>(2, reference.size() / 3);
  return best <= allowed ? closest : std::vector<std::string>{};
}

// Rule 1: `head` is a word of sections' titles; each such section's name
// for `rest`, else its closest in spelling.
std::vector<std::string> by_title_word(std::string_view head, std::string_view rest, const model::Framework& framework,
                                       const std::vector<std::string>& known) {
  const std::string word = util::in_small_letters(head);
  std::vector<std::string> found;
  for (const auto& section : framework.sections) {
    const auto words = title_words(section.title);
    if (std::find(words.begin(), words.end(), word) == words.end()) continue;
    const std::string prefix = section.id + ".";
    const std::string meant = prefix + std::string(rest);
    if (std::find(known.begin(), known.end(), meant) != known.end()) {
      util::add_once(found, meant);
      continue;
    }
    std::vector<std::string> in_section;
    std::copy_if(known.begin(), known.end(), std::back_inserter(in_section),
                 [&](const std::string& name) { return name.starts_with(prefix); });
    for (const auto& name : closest_spellings(meant, in_section)) util::add_once(found, name);
  }
  return found;
}

// Rule 2: the names of `known` that `tail` is the last part of.
std::vector<std::string> ending_with(std::string_view tail, const std::vector<std::string>& known) {
  std::vector<std::string> found;
  for (const auto& name : known) {
    if (name.size() > tail.size() && name.ends_with(tail) && name[name.size() - tail.size() - 1] == '.')
      found.push_back(name);
  }
  return found;
}

}  // namespace

ReferenceSuggestions suggest_references(std::string_view reference, const model::Framework& framework,
                                        const std::vector<std::string>& known) {
  if (auto found = ending_with(reference, known); !found.empty()) return {std::move(found), true};
  const auto dot = reference.find('.');
  if (dot != std::string_view::npos) {
    const std::string_view head = reference.substr(0, dot);
    const std::string_view rest = reference.substr(dot + 1);
    if (auto found = by_title_word(head, rest, framework, known); !found.empty()) return {std::move(found), false};
    if (auto found = ending_with(rest, known); !found.empty()) return {std::move(found), false};
  }
  return {closest_spellings(reference, known), false};
}

}  // namespace coprod::analysis
