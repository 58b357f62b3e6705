// The words of co-production the form and the pack explain.

#include "render/plain_words_glossary.hpp"

#include <algorithm>

namespace coprod::render {

const std::vector<model::GlossaryEntry>& plain_words_glossary() {
  static const std::vector<model::GlossaryEntry> entries = {
      {"Co-production",
       "People with lived experience and the organisation working together as equals to plan, run and improve "
       "services."},
      {"Co-production peer network",
       "People with lived experience working together strategically to co-produce services with the organisation."},
      {"Lived experience", "What people know from using services themselves, or from caring for someone who does."},
      {"Early indicator", "A sign that things are on the right track."},
      {"Warning sign", "A sign that something needs attention."},
      {"n/a", "Not applicable: the row does not apply here, so it is left out of the section's score."},
  };
  return entries;
}

const model::GlossaryEntry& plain_word(std::string_view term) {
  const auto& entries = plain_words_glossary();
  const auto found =
      std::find_if(entries.begin(), entries.end(), [&](const auto& entry) { return entry.term == term; });
  return found != entries.end() ? *found : entries.front();
}

}  // namespace coprod::render
