#pragma once
// The evidence question of score --interactive, asked after a row's score:
// typed from nothing, or, on a terminal that can edit lines, the evidence
// now shown a line at a time to edit.

#include <optional>
#include <string>
#include <string_view>

#include "cli/session_terminal.hpp"

namespace coprod::cli {

// What was answered at the evidence question.
struct EvidenceAnswer {
  std::optional<std::string> evidence;  // the new evidence; nullopt keeps it
  bool stop = false;                    // q: the score is saved, then the session stops
  // A key that moves between rows typed instead (b, s or g, in any
  // capitals): nothing is saved, the score typed neither; empty for none.
  std::string key;
};

// The keys that work at the evidence question, for its ? (and how to write
// evidence that is one of them); `scored` is what s skips: "row", or
// "section" where every section is its one row (render::row_words()).
std::string evidence_keys(std::string_view scored);

// The key a whole line typed at the evidence question (cleaned) is: "q",
// "b", "s", "g" or "?", in any capitals; nullopt for evidence. A word is
// never a key here ("back" is evidence someone wrote), nor is "g 3".
std::optional<std::string> evidence_key(const std::string& typed);

// Asks for the evidence, `evidence_now` being the row's evidence (empty for
// none); `stopped` is what Ctrl-C says meanwhile (empty: where the answers
// are). ? shows evidence_keys(scored) and asks again. nullopt: the input ended.
std::optional<EvidenceAnswer> ask_evidence(SessionTerminal& terminal, const std::string& evidence_now,
                                           std::string_view stopped, std::string_view scored);

}  // namespace coprod::cli
