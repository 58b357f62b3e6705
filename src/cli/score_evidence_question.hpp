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
};

// Asks for the evidence, `evidence_now` being the row's evidence (empty for
// none); `stopped` is what Ctrl-C says meanwhile (empty: where the answers
// are). nullopt: the input ended.
std::optional<EvidenceAnswer> ask_evidence(SessionTerminal& terminal, const std::string& evidence_now,
                                           std::string_view stopped);

}  // namespace coprod::cli
