#pragma once
// A new action for a plan, as 'coprod plan --edit --add-action' adds it: the
// section and rows people name in their own words made into the ids a plan
// file holds, and the action's id made as 'plan --write' makes ids.

#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "model/framework.hpp"
#include "model/plan.hpp"

namespace coprod::analysis {

// The framework's section that `given` names: its id ("contact"), its number
// ("2"), its key as the pack and the web show it ("F" for "Facilitate the
// process") or its title, in any capitals; or why none does, with the one it
// may mean.
std::variant<const model::FrameworkSection*, std::string> named_section(const model::Framework& framework,
                                                                        std::string_view given);

// "SECTION-N" with N one more than the highest the plan's ids "SECTION-N" have ("contact-2").
std::string next_action_id(const model::Plan& plan, const std::string& section_id);

// A new action for `section` (as named_section() takes it) about `rows`, each
// a row's id ("contact.wrong-people", or "wrong-people" in that section) or its
// number as the form shows it ("2.3"): its id is the section's id and one more
// than the highest number the plan's actions for it have ("contact-2"), as
// 'plan --write' makes "contact-1". Or why it cannot be made: a section or row
// the framework does not have, with the one it may mean.
std::variant<model::Action, std::string> new_plan_action(const model::Plan& plan, const model::Framework& framework,
                                                         std::string_view section,
                                                         const std::vector<std::string>& rows);

}  // namespace coprod::analysis
