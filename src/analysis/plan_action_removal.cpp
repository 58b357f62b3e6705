#include "analysis/plan_action_removal.hpp"

#include <fmt/format.h>

#include "util/text.hpp"

namespace coprod::analysis {

namespace {

// Why `action` stays in the plan, with what to do instead; "" when it may go.
std::string why_kept(const model::Action& action, DropAdvice advice) {
  if (action.is_finished())
    return fmt::format(
        "the action '{}' is {}, and stays in the plan as its record; edit the file in a text editor "
        "to take it out",
        action.id, model::action_status_id(action.status));
  const std::string how = advice == DropAdvice::interactive ? "type dropped at its Status question"
                                                            : fmt::format("--set {}.status=dropped", action.id);
  const std::string drop = fmt::format("set its status to dropped instead ({}), so that the plan still shows it", how);
  if (action.carried_from)
    return fmt::format(
        "the action '{}' was carried from the {} plan, not finished there, so the board follows it "
        "up; {}",
        action.id, action.carried_from->to_string(), drop);
  if (action.status != model::ActionStatus::open)
    return fmt::format(
        "the action '{}' is in progress, so it is part of the plan's record; only a draft or open "
        "action can be removed; {}",
        action.id, drop);
  return {};
}

// No action has the id: the ids of those that may be removed (the one meant, when one is much alike).
std::string no_such_action(const model::Plan& plan, std::string_view id) {
  std::vector<std::string> ids;
  for (const auto& action : plan.actions) {
    if (why_kept(action, DropAdvice::command_line).empty()) ids.push_back(action.id);
  }
  if (ids.empty()) {
    return plan.actions.empty() ? "the plan has no actions to remove"
                                : fmt::format(
                                      "the plan has no action '{}', and none of its actions is a draft or "
                                      "open action that could be removed",
                                      id);
  }
  const auto likely = util::likely_references(id, ids);
  if (likely.size() == 1) return fmt::format("the plan has no action '{}'; did you mean '{}'?", id, likely.front());
  return fmt::format("the plan has no action '{}'; the actions that can be removed are {}", id, util::join(ids, ", "));
}

}  // namespace

std::variant<std::size_t, std::string> removable_action(const model::Plan& plan, std::string_view id,
                                                        DropAdvice advice) {
  const std::string_view wanted = util::trim(id);
  for (std::size_t i = 0; i < plan.actions.size(); ++i) {
    if (plan.actions[i].id != wanted) continue;
    if (auto why = why_kept(plan.actions[i], advice); !why.empty()) return why;
    return i;
  }
  return no_such_action(plan, wanted);
}

}  // namespace coprod::analysis
