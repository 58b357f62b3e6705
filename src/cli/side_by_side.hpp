#pragma once
// Checks of the files given to commands that put assessments side by side
// (compare, plan, web, report): a copy of another file (one named twice is
// refuse_files_named_twice()'s, before anything is read), two files for
// the same area, perspective and period, mixed periods, periods given in the
// wrong order (see analysis::check_side_by_side for which are errors).

#include <string>
#include <vector>

#include "analysis/input_checks.hpp"
#include "cli/console.hpp"
#include "cli/loading.hpp"

namespace coprod::cli {

// Prints the warnings; throws Error(k_exit_usage) carrying the errors when
// there are any. `paths` are the files `inputs` were loaded from, in order,
// and `texts` their texts (read again from `paths` when null).
void check_side_by_side(Console& console, const std::vector<std::string>& paths,
                        const std::vector<const model::Assessment*>& inputs, analysis::SideBySide use,
                        const std::vector<std::string>* texts = nullptr);
void check_side_by_side(Console& console, const std::vector<std::string>& paths, const ScoredAssessments& scored,
                        analysis::SideBySide use);

}  // namespace coprod::cli
