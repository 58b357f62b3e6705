#pragma once
// coprod plan --edit PLAN.yaml --set ACTION.FIELD=VALUE: filling in a plan's
// actions and reflections without editing YAML by hand; --add-action SECTION
// adds an action agreed in the meeting; --remove-action ID takes a draft out;
// --add-ask and --remove-ask change what the board is asked. Any mix of them
// is one edit (plan_changes.hpp).

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "cli/console.hpp"
#include "cli/plan_changes.hpp"
#include "model/framework_catalog.hpp"
#include "yaml/document.hpp"
#include "yaml/plan_loader.hpp"

namespace coprod::cli {

struct PlanEditOptions {
  std::string path;                         // the plan file, changed in place
  std::vector<std::string> set;             // NAME=VALUE, as given
  std::string add_action;                   // --add-action SECTION: "" for none
  std::vector<std::string> rows;            // --row ROW, with --add-action
  std::vector<std::string> remove_actions;  // --remove-action ID, each
  std::vector<std::string> frameworks;      // --framework files
  bool interactive = false;                 // --interactive: ask at the terminal, action by action
  std::size_t width = 0;                    // --width; 0: the terminal's
  std::vector<std::string> add_asks;        // --add-ask TEXT: what the board is asked to do, each added at the end
  std::vector<std::string> remove_asks;  // --remove-ask N: the asks to take out, numbered from 1 as before the command
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

// Adds `added` (when given) and `asks`, then sets each (name, value) in the
// plan file at `path` (the new action's as "new.FIELD" or by its id), as one
// change_plan(). Returns what is said of each change: "commitment-1.due is now
// 2027-02-28".
std::vector<std::string> set_plan_values(const std::string& path, const model::FrameworkCatalog& catalog,
                                         const std::vector<std::pair<std::string, std::string>>& values,
                                         Console& console, const std::optional<NewAction>& added = std::nullopt,
                                         const std::vector<std::string>& asks = {});

// Takes the action `id` out of the plan file at `path` (see
// analysis::removable_action() for which may go), its comment lines with it,
// as change_plan() does. Returns what is said.
std::string remove_plan_action(const std::string& path, const model::FrameworkCatalog& catalog, const std::string& id,
                               Console& console);

// coprod plan --edit PLAN --interactive (plan_interactive.cpp).
int run_plan_interactive(const PlanEditOptions& options, Console& console);

// Makes every change and saves the plan once, atomically, or changes nothing
// and throws Error (usage for a bad name or value, as 'score --set' does).
int run_plan_edit(const PlanEditOptions& options, Console& console);

}  // namespace coprod::cli
