#pragma once
// coprod plan --edit PLAN.yaml --set ACTION.FIELD=VALUE: filling in a plan's
// actions and reflections without editing YAML by hand; --add-action SECTION
// adds an action agreed in the meeting; --remove-action ID takes a draft out.

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "cli/console.hpp"
#include "model/framework_catalog.hpp"
#include "yaml/document.hpp"
#include "yaml/plan_loader.hpp"

namespace coprod::cli {

struct PlanEditOptions {
  std::string path;                     // the plan file, changed in place
  std::vector<std::string> set;         // NAME=VALUE, as given
  std::string add_action;               // --add-action SECTION: "" for none
  std::vector<std::string> rows;        // --row ROW, with --add-action
  std::string remove_action;            // --remove-action ID: "" for none
  std::vector<std::string> frameworks;  // --framework files
  bool interactive = false;             // --interactive: ask at the terminal, action by action
  std::size_t width = 0;                // --width; 0: the terminal's
  std::vector<std::string> add_asks;    // --add-ask TEXT: what the board is asked to do, each added at the end
  std::string remove_ask;               // --remove-ask N: the ask to take out, from 1; "" for none
};

// A plan file as read, parsed and loaded; Error when it cannot be.
struct OpenPlan {
  std::string text;
  yaml::Node tree;
  yaml::LoadedPlan loaded;
};
OpenPlan read_plan(const std::string& path, const model::FrameworkCatalog& catalog);
// The same for 'plan --edit', which changes the file in place: standard input refused.
OpenPlan open_plan(const std::string& path, const model::FrameworkCatalog& catalog);

// An action to add at the end of the plan's list: a section and rows as
// people name them (see analysis::new_plan_action()).
struct NewAction {
  std::string section;
  std::vector<std::string> rows;
};

// Adds `added` (when given), then sets each (name, value) in the plan file at
// `path` (the new action's as "new.FIELD" or by its id), and saves it once,
// atomically (under the folder's lock), or changes nothing and throws Error.
// Returns what is said of each change: "commitment-1.due is now 2027-02-28".
// `asks` are added at the end of 'asks_of_the_board' (started at the end of the
// file when it has none), before the values are set.
std::vector<std::string> set_plan_values(const std::string& path, const model::FrameworkCatalog& catalog,
                                         const std::vector<std::pair<std::string, std::string>>& values,
                                         Console& console, const std::optional<NewAction>& added = std::nullopt,
                                         const std::vector<std::string>& asks = {});

// Takes ask `number` (from 1) out of the plan's 'asks_of_the_board', as
// remove_plan_action() takes out an action. Returns what is said.
std::string remove_board_ask(const std::string& path, const model::FrameworkCatalog& catalog, std::size_t number,
                             Console& console);

// Takes the action `id` out of the plan file at `path` (see
// analysis::removable_action() for which may go), its comment lines with it,
// and saves it atomically under the folder's lock, or changes nothing and
// throws Error (usage for an id that cannot be removed). Returns what is said.
std::string remove_plan_action(const std::string& path, const model::FrameworkCatalog& catalog, const std::string& id,
                               Console& console);

// coprod plan --edit PLAN --interactive (plan_interactive.cpp).
int run_plan_interactive(const PlanEditOptions& options, Console& console);

// Makes every change and saves the plan once, atomically, or changes nothing
// and throws Error (usage for a bad name or value, as 'score --set' does).
int run_plan_edit(const PlanEditOptions& options, Console& console);

}  // namespace coprod::cli
