#pragma once
// The scoring form's "Words used in this form": the framework's glossary, NHS,
// and the words of co-production the pack explains too, each only where the
// form uses it.

#include <string>
#include <vector>

#include "model/framework.hpp"
#include "model/perspective.hpp"

namespace coprod::render {

// The framework's glossary, NHS (the form's notes speak of NHS numbers), then
// the words of plain_words_glossary() the form uses, each once, worded as the
// pack words them: "Warning sign" only where the framework has some; a word of
// the guide (plain_words_glossary.hpp's is_guide_word()) only where the
// framework's text uses it, except "Co-production peer network" where the
// form names it too, as a choice of whose view (no `perspective` given) or as
// the one it records. Plain text, not escaped.
std::vector<model::GlossaryEntry> form_glossary(const model::Framework& framework,
                                                const std::optional<model::Perspective>& perspective);

// form_glossary() as the page's list of words, escaped for HTML.
std::string form_glossary_markup(const model::Framework& framework,
                                 const std::optional<model::Perspective>& perspective);

}  // namespace coprod::render
