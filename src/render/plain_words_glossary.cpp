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
      {"Personal health budget",
       "An amount of money to support a person's health and wellbeing needs, planned and agreed between them and "
       "their local NHS team."},
  };
  return entries;
}

model::GlossaryEntry explained(const model::GlossaryEntry& entry) {
  // Keyed by the meaning as the built-in frameworks spell it out, so a framework file that gives an
  // abbreviation another meaning keeps its own.
  static const std::vector<model::GlossaryEntry> explanations = {
      {"Integrated Personal Commissioning",
       "Integrated Personal Commissioning: a programme of NHS England and the Local Government Association that "
       "joins up health, social care and other support and shapes it round each person, building on personal "
       "budgets in social care and personal health budgets."},
      {"clinical commissioning group",
       "clinical commissioning group: the local NHS body that planned and paid for health services when the guide "
       "was written; integrated care boards took this on in July 2022."},
  };
  const auto found = std::find_if(explanations.begin(), explanations.end(),
                                  [&](const auto& explanation) { return explanation.term == entry.meaning; });
  return found != explanations.end() ? model::GlossaryEntry{entry.term, found->meaning} : entry;
}

bool is_guide_word(std::string_view term) {
  return term == "Co-production peer network" || term == "Lived experience" || term == "Personal health budget";
}

const model::GlossaryEntry& plain_word(std::string_view term) {
  const auto& entries = plain_words_glossary();
  const auto found =
      std::find_if(entries.begin(), entries.end(), [&](const auto& entry) { return entry.term == term; });
  return found != entries.end() ? *found : entries.front();
}

}  // namespace coprod::render
