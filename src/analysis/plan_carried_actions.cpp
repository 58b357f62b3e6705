#include "analysis/plan_carried_actions.hpp"

#include <fmt/format.h>

#include "analysis/area_names.hpp"
#include "analysis/plan_new_action.hpp"

namespace coprod::analysis {

namespace {

// Why `earlier` is not a plan to carry into `later`, or "".
std::string not_carried_why(const model::Plan& earlier, const model::Plan& later) {
  if (earlier.framework_id != later.framework_id)
    return fmt::format(
        "it is for the framework '{}' and the new plan for '{}', so its actions' sections and rows "
        "would not match; give a plan made with '{}'",
        earlier.framework_id, later.framework_id, later.framework_id);
  if (!same_area(earlier.area, later.area))
    return fmt::format("it is for {} and the assessments for {}; give {}'s earlier plan", earlier.area, later.area,
                       later.area);
  if (!(earlier.period < later.period))
    return fmt::format("it is the plan for {}, {} the assessments' period; give the plan of an earlier period",
                       earlier.period.to_string(),
                       earlier.period == later.period ? "the same period as" : "later than");
  return {};
}

}  // namespace

std::variant<std::vector<model::Action>, std::string> carried_actions(const model::Plan& earlier,
                                                                      const model::Plan& later) {
  if (auto why = not_carried_why(earlier, later); !why.empty()) return why;
  std::vector<model::Action> carried;
  for (const auto& action : earlier.actions) {
    // Finished, or a draft no one filled in: never agreed, so nothing for the board to follow up.
    if (action.is_finished() || action.what.empty()) continue;
    carried.push_back(action);
    if (!carried.back().carried_from) carried.back().carried_from = earlier.period;
  }
  return carried;
}

void number_after(std::vector<model::Action>& drafts, const std::vector<std::string>& taken) {
  model::Plan ids;  // only its actions' ids count
  const auto take = [&ids](const std::string& id) {
    ids.actions.emplace_back();
    ids.actions.back().id = id;
  };
  for (const auto& id : taken) take(id);
  for (auto& draft : drafts) {
    if (!draft.sections.empty()) draft.id = next_action_id(ids, draft.sections.front());
    take(draft.id);
  }
}

}  // namespace coprod::analysis
