#include "model/plan.hpp"

#include <string>

#include "util/small_letters.hpp"

namespace coprod::model {

std::optional<ActionStatus> parse_action_status(std::string_view text) {
  if (text == "open") return ActionStatus::open;
  if (text == "in-progress") return ActionStatus::in_progress;
  if (text == "done") return ActionStatus::done;
  if (text == "dropped") return ActionStatus::dropped;
  return std::nullopt;
}

std::optional<ActionStatus> action_status_from_words(std::string_view text) {
  std::string id;
  for (const char c : util::in_small_letters(text)) {
    const bool between_words = c == ' ' || c == '_' || c == '-';
    if (between_words && (id.empty() || id.back() == '-')) continue;
    id += between_words ? '-' : c;
  }
  if (id.ends_with('-')) id.pop_back();
  return parse_action_status(id);
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
