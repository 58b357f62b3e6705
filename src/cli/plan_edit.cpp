#include "cli/plan_edit.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "analysis/plan_action_removal.hpp"
#include "analysis/plan_fields.hpp"
#include "analysis/plan_new_action.hpp"
#include "cli/error.hpp"
#include "cli/files.hpp"
#include "cli/folder_lock.hpp"
#include "cli/loading.hpp"
#include "cli/output_file.hpp"
#include "cli/personal_data_warnings.hpp"
#include "util/text.hpp"
#include "yaml/plan_loader.hpp"
#include "yaml/plan_writer.hpp"
#include "yaml/tree_edit.hpp"

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

// "the action 'commitment-1'" for {"actions", "0"}; the keys dotted otherwise.
yaml::PlaceName place_name(const model::Plan& plan) {
  return [&plan](const std::vector<std::string>& path) {
    if (path.size() == 2 && path.front() == "actions") {
      const std::size_t index = std::stoul(path.back());
      if (index < plan.actions.size()) return fmt::format("the action '{}'", plan.actions[index].id);
    }
    return yaml::dotted_name(path);
  };
}

std::string described_change(const std::string& reference, const analysis::PlanFieldChange& change) {
  if (change.value.empty()) return reference + " is now empty";
  return change.is_text ? reference + " now has new text" : reference + " is now " + change.value;
}

}  // namespace

OpenPlan open_plan(const std::string& path, const model::FrameworkCatalog& catalog) {
  if (path == "-") throw Error(k_exit_usage, "--edit changes a plan file in place: name a file, not standard input");
  return read_plan(path, catalog);
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

namespace {

// The lines of the file on disk that the problems found in the edited text are on.
util::Diagnostics on_lines_before(util::Diagnostics problems, const std::vector<const yaml::EditedText*>& edits) {
  for (auto& problem : problems) {
    for (auto edit = edits.rbegin(); edit != edits.rend(); ++edit)
      problem.position.line = yaml::line_before_edits(**edit, problem.position.line);
  }
  return problems;
}

// Adds the new action at the end of the plan's list as 'plan --write' writes
// one, in `plan` (its text, tree and loaded plan) only; returns the edit.
yaml::EditedText append_action(OpenPlan& plan, const std::string& path, const model::FrameworkCatalog& catalog,
                               const NewAction& added, std::vector<std::string>& notes) {
  auto made = analysis::new_plan_action(plan.loaded.plan, *plan.loaded.framework, added.section, added.rows);
  if (const auto* problem = std::get_if<std::string>(&made))
    throw Error(k_exit_usage, fmt::format("--add-action {}: {}", added.section, *problem));
  const auto& action = std::get<model::Action>(made);
  const std::string section = plan.loaded.framework->find_section(action.sections.front())->label();
  auto edited = yaml::append_item(plan.text, plan.tree, path, {"actions"},
                                  yaml::write_action_item(action, section + "."), place_name(plan.loaded.plan));
  if (!edited) throw Error(k_exit_not_written, edited.problems());
  auto loaded = yaml::load_plan(edited->root, path, catalog);
  if (!loaded) throw Error(k_exit_invalid_input, on_lines_before(loaded.problems(), {&*edited}));
  notes.push_back(fmt::format("added the action {}, for {}", action.id, section));
  plan = {edited->text, edited->root, std::move(*loaded)};
  return std::move(*edited);
}

// Adds `ask` at the end of the plan's 'asks_of_the_board', in `plan` only; returns the edit.
yaml::EditedText append_ask(OpenPlan& plan, const std::string& path, const model::FrameworkCatalog& catalog,
                            const std::string& ask, std::vector<std::string>& notes) {
  if (util::trim(ask).empty())
    throw Error(k_exit_usage,
                "--add-ask needs what the board is asked to do, such as --add-ask \"Agree to fund "
                "travel for peer network members\"");
  auto edited = yaml::append_item(plan.text, plan.tree, path, {"asks_of_the_board"}, yaml::write_ask_item(ask),
                                  place_name(plan.loaded.plan));
  if (!edited) throw Error(k_exit_not_written, edited.problems());
  auto loaded = yaml::load_plan(edited->root, path, catalog);
  if (!loaded) throw Error(k_exit_invalid_input, on_lines_before(loaded.problems(), {&*edited}));
  notes.push_back(fmt::format("added ask {} of the board", loaded->plan.asks_of_the_board.size()));
  plan = {edited->text, edited->root, std::move(*loaded)};
  return std::move(*edited);
}

}  // namespace

std::vector<std::string> set_plan_values(const std::string& path, const model::FrameworkCatalog& catalog,
                                         const std::vector<std::pair<std::string, std::string>>& values,
                                         Console& console, const std::optional<NewAction>& added,
                                         const std::vector<std::string>& asks) {
  const FolderLock lock(resolved_output_path(path));
  OpenPlan plan = open_plan(path, catalog);
  std::vector<yaml::ValueChange> changes;
  std::vector<std::string> notes;
  std::vector<std::string> given;
  std::vector<std::string> text_set;  // free text given, to warn of personal data in it as check would
  std::optional<yaml::EditedText> appended;
  if (added) appended = append_action(plan, path, catalog, *added, notes);
  std::vector<yaml::EditedText> asks_added;
  for (const auto& ask : asks) {
    asks_added.push_back(append_ask(plan, path, catalog, ask, notes));
    text_set.push_back(fmt::format("asks_of_the_board.{}", plan.loaded.plan.asks_of_the_board.size() - 1));
  }
  for (const auto& [given_reference, value] : values) {
    // "new.what": the action added by this command.
    const std::string reference = appended && given_reference.starts_with("new.")
                                      ? plan.loaded.plan.actions.back().id + given_reference.substr(3)
                                      : given_reference;
    if (!appended && reference.starts_with("new."))
      throw Error(k_exit_usage, fmt::format("--set {}: 'new' names the action --add-action SECTION adds; give it too, "
                                            "or name one of the plan's actions",
                                            reference));
    auto change = analysis::plan_field_change(plan.loaded.plan, *plan.loaded.framework, reference, value);
    if (const auto* problem = std::get_if<std::string>(&change))
      throw Error(k_exit_usage, fmt::format("--set {}: {}", given_reference, *problem));
    auto& field = std::get<analysis::PlanFieldChange>(change);
    const std::string key = util::join(field.path, ".");
    if (std::find(given.begin(), given.end(), key) != given.end())
      throw Error(k_exit_usage,
                  fmt::format("--set {} is given twice, and only one value can be saved; give it once", reference));
    given.push_back(key);
    if (field.is_text) text_set.push_back(key);
    notes.push_back(described_change(reference, field));
    changes.push_back({field.path, field.value,
                       field.is_text ? yaml::ValueChange::Form::text : yaml::ValueChange::Form::word, field.after});
  }
  auto edited = yaml::change_values(plan.text, plan.tree, path, changes, place_name(plan.loaded.plan));
  if (!edited) throw Error(k_exit_not_written, edited.problems());
  if (auto too_large = edited_size_problem(path, edited->text.size()))
    throw Error(k_exit_not_written, util::Diagnostics{std::move(*too_large)});
  if (auto reloaded = yaml::load_plan(edited->root, path, catalog); !reloaded) {
    std::vector<const yaml::EditedText*> edits;
    if (appended) edits.push_back(&*appended);
    for (const auto& ask : asks_added) edits.push_back(&ask);
    edits.push_back(&*edited);
    throw Error(k_exit_invalid_input, on_lines_before(reloaded.problems(), edits));
  }
  write_output_file(console, path, edited->text, true);
  print_diagnostics(console, personal_data_warnings(path, edited->text, edited->root, text_set));
  return notes;
}

std::string remove_plan_action(const std::string& path, const model::FrameworkCatalog& catalog, const std::string& id,
                               Console& console) {
  const FolderLock lock(resolved_output_path(path));
  const OpenPlan plan = open_plan(path, catalog);
  const auto removable = analysis::removable_action(plan.loaded.plan, id);
  if (const auto* problem = std::get_if<std::string>(&removable))
    throw Error(k_exit_usage, fmt::format("--remove-action {}: {}", id, *problem));
  const std::size_t index = std::get<std::size_t>(removable);
  auto edited = yaml::remove_item(plan.text, plan.tree, path, {"actions"}, index, place_name(plan.loaded.plan));
  if (!edited) throw Error(k_exit_not_written, edited.problems());
  if (auto reloaded = yaml::load_plan(edited->root, path, catalog); !reloaded)
    throw Error(k_exit_invalid_input, on_lines_before(reloaded.problems(), {&*edited}));
  write_output_file(console, path, edited->text, true);
  return fmt::format("removed the action {}", plan.loaded.plan.actions[index].id);
}

std::string remove_board_ask(const std::string& path, const model::FrameworkCatalog& catalog, std::size_t number,
                             Console& console) {
  const FolderLock lock(resolved_output_path(path));
  const OpenPlan plan = open_plan(path, catalog);
  const std::size_t count = plan.loaded.plan.asks_of_the_board.size();
  if (count == 0) throw Error(k_exit_usage, fmt::format("--remove-ask {}: the plan asks nothing of the board", number));
  if (number < 1 || number > count)
    throw Error(k_exit_usage,
                fmt::format("--remove-ask {}: the plan has {} {} of the board; give a number from 1 to {}", number,
                            count, count == 1 ? "ask" : "asks", count));
  auto edited =
      yaml::remove_item(plan.text, plan.tree, path, {"asks_of_the_board"}, number - 1, place_name(plan.loaded.plan));
  if (!edited) throw Error(k_exit_not_written, edited.problems());
  if (auto reloaded = yaml::load_plan(edited->root, path, catalog); !reloaded)
    throw Error(k_exit_invalid_input, on_lines_before(reloaded.problems(), {&*edited}));
  write_output_file(console, path, edited->text, true);
  return fmt::format("removed ask {} of the board", number);
}

namespace {

// --remove-ask N, given on its own.
int run_remove_ask(const PlanEditOptions& options, Console& console) {
  if (options.interactive || !options.set.empty() || !options.add_action.empty() || !options.rows.empty() ||
      !options.add_asks.empty() || !options.remove_action.empty())
    throw Error(k_exit_usage,
                "--remove-ask goes on its own with --edit PLAN.yaml: take the ask out, then make other changes in a "
                "second command");
  const std::string& given = options.remove_ask;
  const bool digits = !given.empty() && given.size() < 4 && given.find_first_not_of("0123456789") == std::string::npos;
  if (!digits)
    throw Error(k_exit_usage, fmt::format("--remove-ask needs the number of the ask to take out, as the evidence "
                                          "pack lists them from 1 (--remove-ask 2), not '{}'",
                                          given));
  const std::string note = remove_board_ask(options.path, load_catalog(options.frameworks), std::stoul(given), console);
  console.err(fmt::format("{}: {}\n", options.path, note));
  return k_exit_success;
}

// --remove-action ID, given on its own.
int run_remove_action(const PlanEditOptions& options, Console& console) {
  if (options.interactive || !options.set.empty() || !options.add_action.empty() || !options.rows.empty() ||
      !options.add_asks.empty())
    throw Error(k_exit_usage,
                "--remove-action goes on its own with --edit PLAN.yaml: remove the action, then make "
                "other changes in a second command");
  const std::string note =
      remove_plan_action(options.path, load_catalog(options.frameworks), options.remove_action, console);
  console.err(fmt::format("{}: {}\n", options.path, note));
  return k_exit_success;
}

}  // namespace

int run_plan_edit(const PlanEditOptions& options, Console& console) {
  const bool adding = !options.add_action.empty();
  if (!options.remove_ask.empty()) return run_remove_ask(options, console);
  if (!options.remove_action.empty()) return run_remove_action(options, console);
  if (!options.rows.empty() && !adding)
    throw Error(k_exit_usage, "--row goes with --add-action SECTION: it names a row the new action is about");
  if (options.interactive) {
    if (!options.set.empty())
      throw Error(k_exit_usage, "--set and --interactive do not go together: give the values one way or the other");
    if (!options.add_asks.empty())
      throw Error(k_exit_usage,
                  "--add-ask and --interactive do not go together: --interactive offers to add asks of the board at "
                  "the end");
    if (adding)
      throw Error(k_exit_usage,
                  "--add-action and --interactive do not go together: --interactive offers to add actions after "
                  "going through the plan's own");
    return run_plan_interactive(options, console);
  }
  if (options.set.empty() && !adding && options.add_asks.empty())
    throw Error(k_exit_usage,
                "--edit needs what to change, such as --set \"commitment-1.owner=Programme lead\", "
                "--add-action SECTION to add an action, --remove-action ID to take a draft out, --add-ask SENTENCE to "
                "add what the board is asked to do, or --interactive to be asked");
  std::vector<std::pair<std::string, std::string>> values;
  for (const auto& assignment : options.set) {
    auto [reference, value] = split_assignment(assignment);
    values.emplace_back(std::move(reference), std::move(value));
  }
  std::optional<NewAction> added;
  if (adding) added = NewAction{options.add_action, options.rows};
  for (const auto& note :
       set_plan_values(options.path, load_catalog(options.frameworks), values, console, added, options.add_asks))
    console.err(fmt::format("{}: {}\n", options.path, note));
  return k_exit_success;
}

}  // namespace coprod::cli
