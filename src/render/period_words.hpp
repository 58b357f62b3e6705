#pragma once
// The months of the review periods a pack or workbook names, spelled out
// where it first names them, as abbreviations are: "2026-Q4: October to
// December 2026". NHS boards count quarters from April (a financial year), so
// to them Q4 is January to March; coprod's quarters run from January.

#include <optional>
#include <string>
#include <vector>

#include "analysis/scoring.hpp"
#include "model/period.hpp"

namespace coprod::render {

// A quarter's or a half year's months, which a reader counting from April
// needs told: "October to December 2026" for 2026-Q4 (model::period_in_words());
// none for a month (2026-09), which needs no telling.
std::optional<std::string> months_to_tell(const model::Period& period);
// The same after the period, as the pack first names it: "2026-Q4: October to
// December 2026"; none for a month.
std::optional<std::string> period_months(const model::Period& period);

// Each quarter and half year of the inputs, then of the earlier periods, once
// and in that order, with its months: "2026-Q4: October to December 2026;
// 2026-Q3: July to September 2026". A month (2026-09) needs no telling and is
// left out; empty when nothing is left. Plain text.
std::string periods_in_words(const analysis::AssessmentResults& inputs, const analysis::AssessmentResults& previous);
// The same, one period an item: "2026-Q4: October to December 2026".
std::vector<std::string> period_months(const analysis::AssessmentResults& inputs,
                                       const analysis::AssessmentResults& previous);

}  // namespace coprod::render
