#pragma once
// The title of an evidence pack or a workbook when none is given: every area
// and the range of periods its inputs cover.

#include <string>

#include "analysis/scoring.hpp"

namespace coprod::render {

// "Co-production reflection: Northbridge, 2026-Q4";
// "Co-production reflection: Northbridge, 2026-Q3 to 2026-Q4";
// "Co-production reflection: Northbridge and Southbridge, 2026-Q4".
std::string default_title(const analysis::AssessmentResults& inputs);

// The same without "Co-production reflection: ", for a printed footer:
// "Northbridge and Southbridge, 2026-Q4".
std::string areas_and_periods(const analysis::AssessmentResults& inputs);

}  // namespace coprod::render
