#pragma once
// Warnings about the files given to commands that put assessments side by
// side (compare, plan): a file named twice or copied, two files for the same
// area, perspective and period, and mixed periods.

#include <string>
#include <vector>

#include "analysis/input_checks.hpp"
#include "cli/console.hpp"
#include "cli/loading.hpp"

namespace coprod::cli {

// `paths` are the files `scored` was loaded from, in order.
void warn_about_side_by_side(Console& console, const std::vector<std::string>& paths, const ScoredAssessments& scored,
                             analysis::SideBySide use);

}  // namespace coprod::cli
