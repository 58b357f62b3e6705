#include "analysis/reference_suggestions.hpp"

#include <algorithm>
#include <cstddef>
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

// The most edits a name `typed` can be from what was meant and still be a typo.
std::size_t allowed_edits(std::string_view typed) { return std::max<std::size_t>(2, typed.size() / 3); }

// The indexes below `count` whose `part_of` is closest in spelling to
// `typed`, all of them when several are as close; empty when the closest is
// too far to be a typo.
template <typename Part>
std::vector<std::size_t> closest_by(std::string_view typed, std::size_t count, Part part_of) {
  std::vector<std::size_t> closest;
  std::size_t best = std::numeric_limits<std::size_t>::max();
  for (std::size_t i = 0; i < count; ++i) {
    const std::size_t distance = util::edit_distance(typed, part_of(i));
    if (distance < best) closest.clear();
    if (distance <= best) {
      best = distance;
      closest.push_back(i);
    }
  }
  return best <= allowed_edits(typed) ? closest : std::vector<std::size_t>{};
}

// The names of `names` whose `part_of` is closest in spelling to `typed`.
template <typename Part>
std::vector<std::string> closest_names(std::string_view typed, const std::vector<std::string>& names, Part part_of) {
  std::vector<std::string> found;
  for (const auto i : closest_by(typed, names.size(), [&](std::size_t k) { return part_of(names[k]); }))
    found.push_back(names[i]);
  return found;
}

// The whole of a name, to compare all of it.
std::string_view whole(std::string_view name) { return name; }

// The section id of a name ("impact" of "impact.trust.score").
std::string_view section_of(std::string_view name) { return name.substr(0, name.find('.')); }

// A name after its section id ("trust.score" of "impact.trust.score").
std::string_view row_of(std::string_view name) {
  const auto dot = name.find('.');
  return dot == std::string_view::npos ? std::string_view{} : name.substr(dot + 1);
}

// The ids of the sections `head` names: by their id in any capitals or a word
// of their title; else the ids closest in spelling to it.
std::vector<std::string> sections_named(std::string_view head, const model::Framework& framework) {
  const std::string word = util::in_small_letters(head);
  std::vector<std::string> named;
  for (const auto& section : framework.sections) {
    const auto words = title_words(section.title);
    if (section.id == word || std::find(words.begin(), words.end(), word) != words.end()) named.push_back(section.id);
  }
  if (!named.empty()) return named;
  const auto& sections = framework.sections;
  for (const auto i :
       closest_by(word, sections.size(), [&](std::size_t k) { return std::string_view{sections[k].id}; }))
    named.push_back(sections[i].id);
  return named;
}

// The names of `known` that `tail` is the last part of.
std::vector<std::string> ending_with(std::string_view tail, const std::vector<std::string>& known) {
  std::vector<std::string> found;
  for (const auto& name : known) {
    if (name.size() > tail.size() && name.ends_with(tail) && name[name.size() - tail.size() - 1] == '.')
      found.push_back(name);
  }
  return found;
}

// The names of `names` in one of `sections`.
std::vector<std::string> in_sections(const std::vector<std::string>& names, const std::vector<std::string>& sections) {
  std::vector<std::string> found;
  for (const auto& name : names) {
    if (std::find(sections.begin(), sections.end(), section_of(name)) != sections.end()) found.push_back(name);
  }
  return found;
}

// The names of `names` whose part after the section is closest in spelling to
// `row`, taken section by section, so that each section gives its closest.
std::vector<std::string> closest_rows(std::string_view row, const std::vector<std::string>& names) {
  std::vector<std::string> sections;
  for (const auto& name : names) util::add_once(sections, std::string(section_of(name)));
  std::vector<std::string> found;
  for (const auto& section : sections) {
    for (auto& name : closest_names(row, in_sections(names, {section}), row_of)) found.push_back(std::move(name));
  }
  return found;
}

// A name written with a section ("review.trust"): the rows it names exactly,
// those in the sections it names first; else the closest in spelling to the
// row part, in each section it names, else in any section.
std::vector<std::string> with_section(std::string_view head, std::string_view row, const model::Framework& framework,
                                      const std::vector<std::string>& known) {
  const auto sections = sections_named(head, framework);
  if (auto exact = ending_with(row, known); !exact.empty()) {
    auto named = in_sections(exact, sections);
    return named.empty() ? exact : named;
  }
  if (auto named = closest_rows(row, in_sections(known, sections)); !named.empty()) return named;
  return closest_names(row, known, row_of);
}

}  // namespace

ReferenceSuggestions suggest_references(std::string_view reference, const model::Framework& framework,
                                        const std::vector<std::string>& known) {
  if (auto found = ending_with(reference, known); !found.empty()) return {std::move(found), true};
  const auto dot = reference.find('.');
  if (dot != std::string_view::npos)
    return {with_section(reference.substr(0, dot), reference.substr(dot + 1), framework, known), false};
  return {closest_names(reference, known, whole), false};
}

}  // namespace coprod::analysis
