#pragma once
// Abbreviations spelled out where a page first uses them: the framework's
// glossary ("CCG", "clinical commissioning group") and a few that people
// write in their own text (an action to "ask GP practices"). The wording
// itself is never changed: the spelling out goes beside it.

#include <string>
#include <string_view>
#include <vector>

#include "model/framework.hpp"

namespace coprod::render {

class Abbreviations {
 public:
  explicit Abbreviations(const std::vector<model::GlossaryEntry>& glossary);

  // The abbreviations `text` uses that no earlier text did, spelled out in
  // the order `text` uses them: "CCG: clinical commissioning group; VCSE:
  // voluntary, community and social enterprise". Empty when there are none.
  std::string first_uses(std::string_view text);
  // The same abbreviations as first_uses(), as entries.
  std::vector<model::GlossaryEntry> first_used(std::string_view text);

 private:
  struct Entry {
    model::GlossaryEntry words;
    bool spelled_out = false;
  };
  std::vector<Entry> m_entries;
};

}  // namespace coprod::render
