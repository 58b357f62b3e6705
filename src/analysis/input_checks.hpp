#pragma once
// What was given to commands that put assessments side by side: two files
// for the same area, perspective and period (one would hide the other, or
// both carry one name), periods mixed together for a plan, two periods given
// later first to compare (or given at all to plan), and individual responses
// (one person's own answers, to combine first).

#include <vector>

#include "analysis/scoring.hpp"
#include "util/diagnostic.hpp"

namespace coprod::analysis {

enum class SideBySide {
  compare,  // perspectives of one period, or one perspective over periods
  plan,     // the perspectives of one period
  web,      // drawn on one web, each named by its perspective and period
  report,   // drawn on one web and shown in columns, named the same way
};

// Each naming the files concerned. For compare and plan, warnings (each file
// is named beside its scores), except compare's error for one perspective's
// two periods given later first (every difference would read backwards), and
// plan's for one perspective's two periods in either order (the change
// between them would be taken for a difference between perspectives). For
// web and report, errors: two shapes or columns with one name cannot be
// told apart. An individual response is an error for report (a board pack
// must not show one person's answers), a warning for compare and plan, and
// nothing for web. Two individual responses for one area and period are two
// people's, and two versions of one file (compare or web HEAD:F F) are what
// was asked for: neither is a problem. (The pointers are only read during the call.)
util::Diagnostics check_side_by_side(const std::vector<const model::Assessment*>& inputs, SideBySide use);
util::Diagnostics check_side_by_side(const AssessmentResults& inputs, SideBySide use);

}  // namespace coprod::analysis
