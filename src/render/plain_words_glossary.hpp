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
// indicator, warning sign and n/a, in that order. Plain text, not escaped.
const std::vector<model::GlossaryEntry>& plain_words_glossary();

// The entry for `term` in plain_words_glossary() (which has it).
const model::GlossaryEntry& plain_word(std::string_view term);

}  // namespace coprod::render
