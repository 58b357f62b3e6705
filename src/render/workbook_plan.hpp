#pragma once
// The Plan sheet of the scores workbook: one line per action.

#include <string>
#include <string_view>
#include <vector>

#include "analysis/plan_review.hpp"
#include "model/framework.hpp"
#include "model/plan.hpp"
#include "render/workbook.hpp"

namespace coprod::render {

// Statuses are the ones `plan --review` gives on the review's date (overdue
// included) when `review` is given, else the ones the plan file records; above
// the table, across it, `statuses` says which, in the evidence pack's words
// ("Statuses on 2026-12-15: ...", plan_statuses_text()). Each
// target says whether it is reached in the section scores of `inputs`, with
// those scores, as the evidence pack does, lettering them A, B... and saying
// under the table who each letter is, by `names` (one per input, as the
// Summary sheet names them).
Sheet plan_sheet(const model::Plan& plan, const model::Framework& framework, const analysis::PlanReview* review,
                 std::string_view statuses, const analysis::AssessmentResults& inputs,
                 const std::vector<std::string>& names);

}  // namespace coprod::render
