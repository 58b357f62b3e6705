#include "model/plan.hpp"

namespace coprod::model {

std::optional<ActionStatus> parse_action_status(std::string_view text) {
  if (text == "open") return ActionStatus::open;
  if (text == "in-progress") return ActionStatus::in_progress;
  if (text == "done") return ActionStatus::done;
  if (text == "dropped") return ActionStatus::dropped;
  return std::nullopt;
}

std::string_view action_status_id(ActionStatus status) {
  switch (status) {
    case ActionStatus::open: return "open";
    case ActionStatus::in_progress: return "in-progress";
    case ActionStatus::done: return "done";
    case ActionStatus::dropped: return "dropped";
  }
  return "";
}

}  // namespace coprod::model
