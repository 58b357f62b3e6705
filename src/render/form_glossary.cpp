// The scoring form's list of words.

#include "render/form_glossary.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "render/abbreviations.hpp"
#include "render/plain_words_glossary.hpp"
#include "render/row_words.hpp"
#include "util/escape.hpp"

namespace coprod::render {

namespace {

constexpr std::string_view k_peer_network = "Co-production peer network";

// Whether the form's own words name the co-production peer network: it asks whose view the answers are, or
// records the peer network's.
bool form_names_peer_network(const std::optional<model::Perspective>& perspective) {
  return !perspective || *perspective == model::Perspective::peer_network;
}

bool form_uses(const model::GlossaryEntry& entry, const model::Framework& framework,
               const std::optional<model::Perspective>& perspective) {
  if (entry.term == "Warning sign") return framework.has_warning_signs();
  if (!is_guide_word(entry.term)) return true;
  return framework.text_uses(entry.term) || (entry.term == k_peer_network && form_names_peer_network(perspective));
}

// An entry as the form uses it: "n/a" is a row left out of its section's score, or, where every section is its
// one row (row_words()), a section with no score.
model::GlossaryEntry as_the_form_uses(const model::GlossaryEntry& entry, const model::Framework& framework) {
  if (entry.term != "n/a" || !row_words(framework).sections) return entry;
  return {entry.term, "Not applicable: the section does not apply here, so it has no score."};
}

}  // namespace

std::vector<model::GlossaryEntry> form_glossary(const model::Framework& framework,
                                                const std::optional<model::Perspective>& perspective) {
  std::vector<model::GlossaryEntry> entries = framework.glossary;
  const auto add = [&entries](const model::GlossaryEntry& entry) {
    if (std::none_of(entries.begin(), entries.end(), [&](const auto& e) { return e.term == entry.term; })) {
      entries.push_back(entry);
    }
  };
  for (const auto& entry : Abbreviations(framework.glossary).first_used("NHS")) add(entry);
  for (const auto& entry : plain_words_glossary()) {
    if (form_uses(entry, framework, perspective)) add(as_the_form_uses(entry, framework));
  }
  return entries;
}

std::string form_glossary_markup(const model::Framework& framework,
                                 const std::optional<model::Perspective>& perspective) {
  std::string out = "<h3>Words used in this form</h3>\n<dl class=\"glossary\">\n";
  for (const auto& entry : form_glossary(framework, perspective)) {
    out +=
        fmt::format("<dt>{}</dt><dd>{}</dd>\n", util::xml_text(entry.term), util::xml_text(explained(entry).meaning));
  }
  return out + "</dl>\n";
}

}  // namespace coprod::render
