#pragma once
// The values of a plan that can be set by name, as 'coprod plan --edit'
// does: ACTION.FIELD (commitment-1.owner) for an action's what, owner, due,
// status, target and notes, and reflections.NAME. Each value is checked as
// loading the plan checks it, before the file is touched.

#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "model/framework.hpp"
#include "model/plan.hpp"

namespace coprod::analysis {

// One value of the plan file to change.
struct PlanFieldChange {
  std::vector<std::string> path;   // keys from the file's root; an action by its place: {"actions", "0", "owner"}
  std::string value;               // as it is to be saved ("" clears it); a date as YYYY-MM-DD
  bool is_text = false;            // free text, rather than a word (a date, a status, a score)
  std::vector<std::string> after;  // the keys it goes after when the file does not have it yet
};

// The names plan_field_change() takes for `plan`, in file order.
std::vector<std::string> plan_field_references(const model::Plan& plan);

// The change `reference` = `value` makes, or why it cannot be made: an
// unknown name (with the names it may mean) or a value loading would refuse
// (a date that is not one, an unknown status, a target off the scale). A
// date may be typed as the scoring form takes it (12/01/2027).
std::variant<PlanFieldChange, std::string> plan_field_change(const model::Plan& plan, const model::Framework& framework,
                                                             std::string_view reference, std::string_view value);

}  // namespace coprod::analysis
