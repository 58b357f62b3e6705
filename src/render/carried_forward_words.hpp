#pragma once
// A section carried forward (`init --from`) and not scored again, in page 1's
// words, for each section where a change is shown: the workbook's Change
// sheet, and scores.csv and scores.json of a pack made with --previous. A
// change of 0.0 there is not a fresh finding.

#include <cstddef>
#include <optional>
#include <string>

#include "analysis/scoring.hpp"

namespace coprod::render {

// "carried forward rather than scored again (last completed before 2026-Q4
// began)" or "carried forward rather than scored again (no completion date and
// the same answers as in 2026-Q3)" (analysis::carried_forward()); none for a
// section reviewed in its period. `earlier`: the latest earlier period of the
// same area and perspective, or null. Plain text.
std::optional<std::string> carried_forward_words(const analysis::AssessmentResult& now,
                                                 const analysis::AssessmentResult* earlier, std::size_t section);

}  // namespace coprod::render
