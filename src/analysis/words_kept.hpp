#pragma once
// A section given a new last completed date while its notes, or who completed
// it, stayed word for word: words written for an earlier date (as
// `coprod init --from` carries them into the next period's file) that would
// read as the new date's. `check --since`, `score --set` and the pack's
// `--previous` say so, each where its user is.

#include <optional>
#include <string>

#include "model/assessment.hpp"

namespace coprod::analysis {

// Which of a section's words stayed word for word (spaces at their ends
// aside) while its last completed date changed. Empty words never count.
struct WordsKept {
  bool notes = false;
  bool completed_by = false;

  bool any() const { return notes || completed_by; }
};

// Of section `now` against the same section `earlier` (an earlier version of
// the file, or the same perspective's file for an earlier period): nothing
// kept unless both have a last completed date and the two differ.
WordsKept words_kept(const model::SectionResponse& now, const model::SectionResponse& earlier);

// For `score --set`, when section `after` was given a last completed date in
// or after `period` where `before` (the same section before the change) had
// one before it began, and its notes stayed: what they (and completed_by, if
// it stayed too) still say and how to change them, "commitment.last_completed
// moved from 2026-11-19 to 2027-01-22, but its notes still say "Scored
// together at the November meeting..." and its completed_by still says "Peer
// network", word for word; if they were about last time, change them with
// --set commitment.notes=TEXT ...". Nothing otherwise: "completed by" alone
// staying is no sign, as a standing group completes a section every period.
std::optional<std::string> words_kept_message(const model::SectionResponse& before, const model::SectionResponse& after,
                                              const model::Period& period);

}  // namespace coprod::analysis
