#include "analysis/plan_inputs.hpp"

#include <fmt/format.h>

#include "analysis/area_names.hpp"

namespace coprod::analysis {

namespace {

std::optional<util::Diagnostic> area_problem(const model::Plan& plan, const model::Assessment& assessment) {
  if (assessment.area == plan.area) return std::nullopt;
  if (probably_same_area(assessment.area, plan.area)) {
    return util::Diagnostic{util::Severity::warning,
                            assessment.source,
                            {0, 0},
                            fmt::format("this is for the area '{}', but the plan {} is for '{}'; {}", assessment.area,
                                        plan.source, plan.area, same_area_hint(assessment.area, plan.area))};
  }
  return util::Diagnostic{
      util::Severity::error,
      assessment.source,
      {0, 0},
      fmt::format("this is an assessment of {}, but the plan {} is for {}, so these scores would be shown as {}'s "
                  "progress; give {}'s assessments with this plan, or {}'s plan with these",
                  assessment.area, plan.source, plan.area, plan.area, plan.area, assessment.area)};
}

std::optional<util::Diagnostic> period_problem(const model::Plan& plan, const model::Assessment& assessment) {
  const bool starts_before = assessment.period.first_day() < plan.period.first_day();
  if (!starts_before && (assessment.period == plan.period || !assessment.period.takes_in(plan.period)))
    return std::nullopt;
  return util::Diagnostic{
      util::Severity::error,
      assessment.source,
      {0, 0},
      fmt::format("this is for {}, which {} {}; the plan {} was made after the {} review, so these scores "
                  "are older than the plan and cannot show what it has done; give assessments for {} or later",
                  assessment.period.to_string(), starts_before ? "starts before" : "takes in", plan.period.to_string(),
                  plan.source, plan.period.to_string(), plan.period.to_string())};
}

}  // namespace

util::Diagnostics check_plan_assessments(const model::Plan& plan,
                                         const std::vector<const model::Assessment*>& assessments) {
  util::Diagnostics problems;
  for (const auto* assessment : assessments) {
    for (auto problem : {area_problem(plan, *assessment), period_problem(plan, *assessment)}) {
      if (problem) problems.push_back(std::move(*problem));
    }
  }
  return problems;
}

std::optional<util::Diagnostic> unmoved_review_warning(const model::Plan& plan, const model::Assessment& latest,
                                                       bool named_by_plan) {
  if (!latest.period.overlaps(plan.period)) return std::nullopt;
  const std::string period = plan.period.to_string();
  const std::string what =
      named_by_plan ? fmt::format("this is one of the assessments the plan {} was made from", plan.source)
      : latest.period == plan.period
          ? fmt::format("this is for {}, the period the plan {} was made after", period, plan.source)
          : fmt::format("this is for {}, which {} {}, the period the plan {} was made after", latest.period.to_string(),
                        model::overlap_words(latest.period, plan.period), period, plan.source);
  return util::Diagnostic{util::Severity::warning,
                          latest.source,
                          {0, 0},
                          fmt::format("{}, so its scores are from before the plan's actions and cannot show what they "
                                      "have done; give the latest assessments, of a period after {} (such as {})",
                                      what, period, plan.period.next().to_string())};
}

std::optional<util::Diagnostic> draft_actions_warning(const model::Plan& plan) {
  const model::Action* first = nullptr;
  std::size_t drafts = 0;
  for (const auto& action : plan.actions) {
    if (!action.what.empty()) continue;
    if (!first) first = &action;
    ++drafts;
  }
  if (!first) return std::nullopt;
  const std::size_t total = plan.actions.size();
  const std::string which =
      drafts < total ? fmt::format("{} of the plan's {} actions {} not", drafts, total, drafts == 1 ? "is" : "are")
      : total == 1   ? std::string("the plan's action is not")
                     : fmt::format("none of the plan's {} actions is", total);
  return util::Diagnostic{util::Severity::warning, plan.source, first->position,
                          fmt::format("{} filled in yet (no 'what'), so the pack shows {} as to be agreed; agree each "
                                      "action's 'what', owner and due date in the plan, then make the pack again",
                                      which, drafts == 1 ? "it" : "them")};
}

}  // namespace coprod::analysis
