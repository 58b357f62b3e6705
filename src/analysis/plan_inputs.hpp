#pragma once
// Assessments given to follow a plan up (plan --review, report --plan): they
// must be the plan's area's, and of its period or later. And a plan given to
// a report whose actions are not filled in yet.

#include <optional>
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

// A warning for a latest assessment given to plan --review that shares the
// plan's period's months (the very file the plan was made from, when
// `named_by_plan`): its scores are from before the plan's actions, so every
// movement would read as none. Nullopt for a later period's.
std::optional<util::Diagnostic> unmoved_review_warning(const model::Plan& plan, const model::Assessment& latest,
                                                       bool named_by_plan);

// A warning at the first action with no 'what' yet (a draft from `plan
// --write`), counting them, for a report: the pack shows each as an action to
// be agreed. None when every action has its 'what'.
std::optional<util::Diagnostic> draft_actions_warning(const model::Plan& plan);

}  // namespace coprod::analysis
