#pragma once
// The Plan sheet of the scores workbook: one line per action.

#include "analysis/plan_review.hpp"
#include "model/framework.hpp"
#include "model/plan.hpp"
#include "render/workbook.hpp"

namespace coprod::render {

// Statuses are the ones `plan --review` gives on the review's date (overdue
// included) when `review` is given, else the ones the plan file records.
Sheet plan_sheet(const model::Plan& plan, const model::Framework& framework, const analysis::PlanReview* review);

}  // namespace coprod::render
