#pragma once
// The evidence pack's words about the framework it uses: the "About this
// report" introduction and the "Words and abbreviations" list, from the
// framework actually used (its own title and source, whether its rows have
// warning signs, its scale and glossary), never from the national tool's
// guide when another framework is in use.

#include <string>
#include <string_view>
#include <vector>

#include "model/framework.hpp"

namespace coprod::render {

// "This report uses the reflection tool “...” (source: ...)." where the
// guide calls its tool a reflection tool (`tool_name`), the tool by the name
// its guide gives it, else "the framework “...”".
// Each section has rows that pair an early indicator ... with a warning
// sign. Each row is scored from 0 to 5 ..." Plain text, not escaped.
std::string report_about_text(const model::Framework& framework);

// The framework's glossary, then every other abbreviation that `pack_text`
// (the pack's words so far) uses and coprod knows ("GP"), in the order the
// text first uses them, then what a co-production peer network is where the
// framework's text names one or the pack does (`names_peer_network`: a peer
// network's view among its inputs); each as explained() words it for a list.
std::vector<model::GlossaryEntry> report_glossary(const model::Framework& framework, std::string_view pack_text,
                                                  bool names_peer_network);

}  // namespace coprod::render
