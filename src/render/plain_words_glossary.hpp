#pragma once
// The words of co-production that the scoring form and the evidence pack
// explain beside the framework's own glossary ("Co-production peer network",
// "Lived experience", "n/a"), worded once, here, so the two lists never say
// one word two ways.

#include <string_view>
#include <vector>

#include "model/framework.hpp"

namespace coprod::render {

// Co-production, co-production peer network, lived experience, early
// indicator, warning sign, n/a and personal health budget, in that order.
// Plain text, not escaped.
const std::vector<model::GlossaryEntry>& plain_words_glossary();

// `entry` as a list of words explains it to someone outside the NHS: an
// abbreviation the guide uses whose spelling out alone says little
// ("Integrated Personal Commissioning") or names a body that has gone
// ("clinical commissioning group") gets a sentence on what it is. Only for
// the lists of words (the form's "Words used in this form", the pack's
// "Words and abbreviations"); spelled out beside the text, the meaning stays
// short. Any other entry is returned as it is.
model::GlossaryEntry explained(const model::GlossaryEntry& entry);

// Whether `term` of plain_words_glossary() is a word of the guide's rather
// than coprod's own: "Co-production peer network", "Lived experience" and
// "Personal health budget" are explained only where the framework's text uses
// them (model::Framework::text_uses()); co-production, early indicator,
// warning sign and n/a are words of the form and the pack themselves.
bool is_guide_word(std::string_view term);

// The entry for `term` in plain_words_glossary() (which has it).
const model::GlossaryEntry& plain_word(std::string_view term);

}  // namespace coprod::render
