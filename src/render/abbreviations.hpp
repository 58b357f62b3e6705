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

// For a page that spells them out on one line near its top (the planning
// sheet, compare's text and Markdown): the framework's glossary, then the
// other abbreviations `text` uses that Abbreviations knows (such as NHS in
// the guide's words, GP in an area's name), in the order `text` uses them:
// "Words and abbreviations: IPC (Integrated Personal Commissioning); ...;
// NHS (National Health Service).". "" when there are none.
std::string words_and_abbreviations(const std::vector<model::GlossaryEntry>& glossary, std::string_view text);

}  // namespace coprod::render
