#pragma once
// Assessments given to follow a plan up (plan --review, report --plan): they
// must be the plan's area's, and of its period or later.

#include <vector>

#include "model/assessment.hpp"
#include "model/plan.hpp"
#include "util/diagnostic.hpp"

namespace coprod::analysis {

// Errors, each naming the assessment file and the plan: an assessment of
// another area (its scores would be shown as the plan's area's progress), or
// of a period that starts before the plan's (the plan was made after that
// period's review, so its scores cannot show what the plan has done). A
// warning for an area name written differently (probably the same area; see
// area_names.hpp). (The pointers are only read during the call.)
util::Diagnostics check_plan_assessments(const model::Plan& plan,
                                         const std::vector<const model::Assessment*>& assessments);

}  // namespace coprod::analysis
