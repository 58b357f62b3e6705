#include "cli/plan_edit.hpp"

#include <fmt/format.h>

#include "cli/error.hpp"
#include "cli/files.hpp"
#include "cli/loading.hpp"
#include "cli/output_file.hpp"
#include "util/text.hpp"
#include "yaml/plan_loader.hpp"

namespace coprod::cli {

namespace {

struct Assignment {
  std::string reference;
  std::string value;
};

// NAME=VALUE split at the first '=': the name without spaces around it, the value as written.
Assignment split_assignment(const std::string& assignment) {
  const auto equals = assignment.find('=');
  if (equals == std::string::npos) {
    throw Error(k_exit_usage, fmt::format("--set '{}' should be ACTION.FIELD=VALUE, such as "
                                          "\"commitment-1.owner=Programme lead\"",
                                          assignment));
  }
  return {std::string(util::trim(std::string_view(assignment).substr(0, equals))), assignment.substr(equals + 1)};
}

}  // namespace

OpenPlan open_plan(const std::string& path, const model::FrameworkCatalog& catalog) {
  if (path == "-") throw Error(k_exit_usage, "--edit changes a plan file in place: name a file, not standard input");
  OpenPlan plan = read_plan(path, catalog);
  refuse_read_only_edit(path);
  return plan;
}

OpenPlan read_plan(const std::string& path, const model::FrameworkCatalog& catalog) {
  auto text = read_input_file(path);
  if (!text) throw Error(k_exit_invalid_input, text.problems());
  auto tree = yaml::parse_document(*text, path);
  if (!tree) throw Error(k_exit_invalid_input, tree.problems());
  auto loaded = yaml::load_plan(*tree, path, catalog);
  if (!loaded) throw Error(k_exit_invalid_input, loaded.problems());
  return {std::move(*text), std::move(*tree), std::move(*loaded)};
}

std::vector<std::string> set_plan_values(const std::string& path, const model::FrameworkCatalog& catalog,
                                         const std::vector<std::pair<std::string, std::string>>& values,
                                         Console& console, const std::optional<NewAction>& added,
                                         const std::vector<std::string>& asks) {
  return change_plan(path, catalog, {values, added, asks, {}, {}}, console);
}

std::string remove_plan_action(const std::string& path, const model::FrameworkCatalog& catalog, const std::string& id,
                               Console& console) {
  return change_plan(path, catalog, {{}, std::nullopt, {}, {id}, {}}, console).front();
}

namespace {

// --interactive asks for everything itself: the other changes do not go with it.
void refuse_with_interactive(const PlanEditOptions& options) {
  if (!options.set.empty())
    throw Error(k_exit_usage, "--set and --interactive do not go together: give the values one way or the other");
  if (!options.add_asks.empty())
    throw Error(k_exit_usage,
                "--add-ask and --interactive do not go together: --interactive offers to add asks of the board at "
                "the end");
  if (!options.remove_asks.empty())
    throw Error(k_exit_usage,
                "--remove-ask and --interactive do not go together: take the ask out first, then run --interactive");
  if (!options.add_action.empty())
    throw Error(k_exit_usage,
                "--add-action and --interactive do not go together: --interactive offers to add actions after "
                "going through the plan's own");
  if (!options.remove_actions.empty())
    throw Error(k_exit_usage,
                "--remove-action and --interactive do not go together: --interactive offers to take each draft or "
                "open action out as it goes through them (r)");
}

}  // namespace

int run_plan_edit(const PlanEditOptions& options, Console& console) {
  const bool adding = !options.add_action.empty();
  if (!options.rows.empty() && !adding)
    throw Error(k_exit_usage, "--row goes with --add-action SECTION: it names a row the new action is about");
  if (options.interactive) {
    refuse_with_interactive(options);
    return run_plan_interactive(options, console);
  }
  if (options.set.empty() && !adding && options.add_asks.empty() && options.remove_actions.empty() &&
      options.remove_asks.empty())
    throw Error(k_exit_usage,
                "--edit needs what to change, such as --set \"commitment-1.owner=Programme lead\", "
                "--add-action SECTION to add an action, --remove-action ID to take a draft out, --add-ask SENTENCE to "
                "add what the board is asked to do, --remove-ask N to take ask N out, or --interactive to be asked");
  PlanChanges changes{{}, std::nullopt, options.add_asks, options.remove_actions, options.remove_asks};
  for (const auto& assignment : options.set) {
    auto [reference, value] = split_assignment(assignment);
    changes.values.emplace_back(std::move(reference), std::move(value));
  }
  if (adding) changes.added = NewAction{options.add_action, options.rows};
  for (const auto& note : change_plan(options.path, load_catalog(options.frameworks), changes, console))
    console.err(fmt::format("{}: {}\n", options.path, note));
  return k_exit_success;
}

}  // namespace coprod::cli
