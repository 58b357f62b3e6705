#pragma once
// The plan that 'plan --write' drafts from the assessments on the planning
// sheet, for the meeting to fill in.

#include <cstddef>
#include <string>
#include <vector>

#include "analysis/attention.hpp"
#include "cli/loading.hpp"
#include "model/plan.hpp"

namespace coprod::cli {

// A plan for the area, framework and latest period of `scored`, naming each
// assessment relative to the folder of `write_path` (the current folder when
// the plan goes to a stream), with their reflections gathered, and a draft
// action for each of the first `sections` of `ranked` that are scored, about
// every row the sheet lists under it. Why each section was chosen is added
// to `why`, one line an action.
model::Plan draft_plan(const ScoredAssessments& scored, const std::vector<analysis::SectionAttention>& ranked,
                       std::size_t sections, const std::string& write_path, std::vector<std::string>& why);

}  // namespace coprod::cli
