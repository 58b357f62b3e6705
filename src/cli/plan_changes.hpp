#pragma once
// coprod plan --edit PLAN.yaml with any mix of --set, --add-action (with its
// --row and new.FIELD values), --remove-action, --add-ask and --remove-ask:
// one edit. Every change is checked against the plan as the file has it
// before the command and every problem said together; then the plan is saved
// once, atomically, or not at all.
//
// The order: the actions and asks named to go are taken out (ids and ask
// numbers as the file has them before the command, several together); the new
// action is added at the end of the actions (its id the next for its section
// among the file's ids before the command, so never one taken out by the same
// command), then the new asks at the end of the asks; then the values are set
// (an action by its id, the new one as new.FIELD). Setting a value of an
// action also taken out, or naming one action or ask twice, is refused.

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "cli/console.hpp"
#include "model/framework_catalog.hpp"

namespace coprod::cli {

// An action to add at the end of the plan's list: a section and rows as
// people name them (see analysis::new_plan_action()).
struct NewAction {
  std::string section;
  std::vector<std::string> rows;
};

// What one 'plan --edit' changes, as given on the command line.
struct PlanChanges {
  std::vector<std::pair<std::string, std::string>>
      values;                                // --set NAME=VALUE: ACTION.FIELD, new.FIELD, reflections.NAME
  std::optional<NewAction> added;            // --add-action SECTION with its --row
  std::vector<std::string> asks;             // --add-ask SENTENCE, in order
  std::vector<std::string> removed_actions;  // --remove-action ID
  std::vector<std::string> removed_asks;     // --remove-ask N, as given (numbers from 1)
};

// Makes `changes` in the plan file at `path` (under the folder's lock) and
// saves it once, atomically; or changes nothing and throws Error: usage, with
// every problem found in what was given; not written or invalid input, at
// file:line:column, for what the file holds. Returns what is said of each
// change, in the order made: "removed the action knowledge-1", "added ask 2 of
// the board", "commitment-1.due is now 2027-02-28".
std::vector<std::string> change_plan(const std::string& path, const model::FrameworkCatalog& catalog,
                                     const PlanChanges& changes, Console& console);

}  // namespace coprod::cli
