#include "analysis/plan_review.hpp"

#include <algorithm>

#include "model/sections_as_rows.hpp"
#include "util/shared_part.hpp"

namespace coprod::analysis {

ActionState action_state(const model::Action& action, const model::Date& today) {
  if (action.status == model::ActionStatus::done) return ActionState::done;
  if (action.status == model::ActionStatus::dropped) return ActionState::dropped;
  if (action.what.empty()) return ActionState::draft;
  if (action.is_overdue(today)) return ActionState::overdue;
  return action.status == model::ActionStatus::in_progress ? ActionState::in_progress : ActionState::open;
}

namespace {

struct FoundScore {
  std::optional<double> score;
  NoScore missing = NoScore::no_assessment;  // why there is none, when there is none
};

FoundScore section_score(const AssessmentResults& inputs, model::Perspective perspective,
                         const std::string& section_id) {
  for (const auto& input : inputs) {
    if (input->assessment->perspective != perspective) continue;
    for (const auto& section : input->sections) {
      if (section.section->id != section_id) continue;
      if (section.score) return {section.score->tenths() / 10.0};
      return {std::nullopt, section.is_not_applicable() ? NoScore::not_applicable : NoScore::not_scored};
    }
    return {std::nullopt, NoScore::not_scored};
  }
  return {};
}

std::vector<model::Perspective> perspectives_of(const AssessmentResults& before, const AssessmentResults& now) {
  std::vector<model::Perspective> perspectives;
  for (const auto* group : {&before, &now}) {
    for (const auto& input : *group) {
      if (std::find(perspectives.begin(), perspectives.end(), input->assessment->perspective) == perspectives.end()) {
        perspectives.push_back(input->assessment->perspective);
      }
    }
  }
  std::sort(perspectives.begin(), perspectives.end());
  return perspectives;
}

std::vector<model::Period> periods_of(const AssessmentResults& inputs) {
  std::vector<model::Period> periods;
  for (const auto& input : inputs) {
    const auto& period = input->assessment->period;
    if (std::find(periods.begin(), periods.end(), period) == periods.end()) periods.push_back(period);
  }
  std::sort(periods.begin(), periods.end());
  return periods;
}

// The sections an action is followed up by: its `sections`, and, where every section is its one row (the
// shorter guides, which name a row by its section), the sections of the rows it names too, as the sheet's
// carried actions and the workbook list them.
std::vector<std::string> reviewed_sections(const model::Action& action, const model::Framework& framework) {
  std::vector<std::string> ids = action.sections;
  if (!model::every_section_is_its_row(framework)) return ids;
  for (const auto& row : action.rows) {
    const std::string id = row.substr(0, row.find('.'));
    if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
  }
  return ids;
}

}  // namespace

std::string_view action_state_id(ActionState state) {
  switch (state) {
    case ActionState::draft: return "draft";
    case ActionState::open: return "open";
    case ActionState::in_progress: return "in-progress";
    case ActionState::overdue: return "overdue";
    case ActionState::done: return "done";
    case ActionState::dropped: return "dropped";
  }
  return "";
}

bool reaches_target(double section_score, const model::Score& target) { return section_score + 1e-9 >= target.value(); }

int PlanReview::count(ActionState state) const {
  return static_cast<int>(
      std::count_if(actions.begin(), actions.end(), [state](const ActionReview& a) { return a.state == state; }));
}

PlanReview review_plan(const model::Plan& plan, const std::shared_ptr<const model::Framework>& framework,
                       const AssessmentResults& before, const AssessmentResults& now, const model::Date& today) {
  PlanReview review;
  review.today = today;
  review.before_periods = periods_of(before);
  review.now_periods = periods_of(now);
  const auto perspectives = perspectives_of(before, now);
  for (const auto& action : plan.actions) {
    ActionReview item{action, action_state(action, today), {}, false, false};
    bool all_at_target = action.target.has_value() && !now.empty();
    for (const auto& section_id : reviewed_sections(action, *framework)) {
      SectionProgress progress{util::share_part(framework, framework->find_section(section_id)), {}};
      for (const auto perspective : perspectives) {
        const FoundScore then = section_score(before, perspective, section_id);
        const FoundScore latest = section_score(now, perspective, section_id);
        const ScoreMovement movement{std::string(model::perspective_id(perspective)), then.score, latest.score,
                                     then.missing, latest.missing};
        if (!movement.before && !movement.now) continue;
        if (action.target && (!movement.now || !reaches_target(*movement.now, *action.target))) all_at_target = false;
        if (action.target && movement.now) item.target_checked = true;
        progress.movements.push_back(movement);
      }
      item.sections.push_back(progress);
    }
    item.target_reached = all_at_target && item.target_checked;
    review.actions.push_back(std::move(item));
  }
  return review;
}

}  // namespace coprod::analysis
