#pragma once
// Warnings about what was given to commands that put assessments side by
// side (compare, plan): two files for the same area, perspective and period
// (one would hide the other), and, for a plan, periods mixed together.

#include <vector>

#include "analysis/scoring.hpp"
#include "util/diagnostic.hpp"

namespace coprod::analysis {

enum class SideBySide {
  compare,  // perspectives of one period, or one perspective over periods
  plan,     // the perspectives of one period
};

// Warnings (never errors), each naming the files concerned.
util::Diagnostics check_side_by_side(const AssessmentResults& inputs, SideBySide use);

}  // namespace coprod::analysis
