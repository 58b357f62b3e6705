#pragma once
// Which action 'coprod plan --edit PLAN --remove-action ID' may take out of a
// plan: a draft or open action nobody has started, agreed in this plan. An
// action started, finished or carried from an earlier plan is part of the
// record the board follows up, so it is dropped (its status), not removed.

#include <cstddef>
#include <string>
#include <string_view>
#include <variant>

#include "model/plan.hpp"

namespace coprod::analysis {

// The place (from 0) of the action `id` in the plan's list, or why it may
// not be removed: no such action (with the id it may mean, or the plan's
// ids), or one in progress, done, dropped or carried from an earlier plan
// (with how to drop it instead: the --set on the command line, typing
// dropped at the Status question in 'plan --edit --interactive').
enum class DropAdvice { command_line, interactive };
std::variant<std::size_t, std::string> removable_action(const model::Plan& plan, std::string_view id,
                                                        DropAdvice advice = DropAdvice::command_line);

}  // namespace coprod::analysis
