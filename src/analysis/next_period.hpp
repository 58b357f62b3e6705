#pragma once
// The period of a file started from an earlier period's file (init --from):
// it must come after that period, or scores are carried back in time.

#include "model/assessment.hpp"
#include "model/period.hpp"
#include "util/diagnostic.hpp"

namespace coprod::analysis {

// About `previous`'s file: an error when `next` starts before `previous` does
// or with it (2026-Q1 or 2026-H2 from 2026-Q4: the scores would be carried
// back in time, and the new file would sort before the old one); a warning
// when it starts later but inside it (2026-Q4 from 2026-H2: the months were
// assessed already, which is right only when moving to shorter periods).
// Nothing when `next` comes after it; the same period is the caller's to refuse.
util::Diagnostics check_next_period(const model::Assessment& previous, const model::Period& next);

}  // namespace coprod::analysis
