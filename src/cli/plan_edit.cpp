#include "cli/plan_edit.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "analysis/plan_fields.hpp"
#include "cli/error.hpp"
#include "cli/files.hpp"
#include "cli/folder_lock.hpp"
#include "cli/loading.hpp"
#include "cli/personal_data_warnings.hpp"
#include "util/text.hpp"
#include "yaml/plan_loader.hpp"
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
                                         Console& console) {
  const FolderLock lock(resolved_output_path(path));
  const OpenPlan plan = open_plan(path, catalog);
  std::vector<yaml::ValueChange> changes;
  std::vector<std::string> notes;
  std::vector<std::string> given;
  std::vector<std::string> text_set;  // free text given, to warn of personal data in it as check would
  for (const auto& [reference, value] : values) {
    auto change = analysis::plan_field_change(plan.loaded.plan, *plan.loaded.framework, reference, value);
    if (const auto* problem = std::get_if<std::string>(&change))
      throw Error(k_exit_usage, fmt::format("--set {}: {}", reference, *problem));
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
    auto problems = reloaded.problems();
    for (auto& problem : problems) problem.position.line = yaml::line_before_edits(*edited, problem.position.line);
    throw Error(k_exit_invalid_input, std::move(problems));
  }
  write_output_file(console, path, edited->text, true);
  print_diagnostics(console, personal_data_warnings(path, edited->text, edited->root, text_set));
  return notes;
}

int run_plan_edit(const PlanEditOptions& options, Console& console) {
  if (options.interactive) {
    if (!options.set.empty())
      throw Error(k_exit_usage, "--set and --interactive do not go together: give the values one way or the other");
    return run_plan_interactive(options, console);
  }
  if (options.set.empty())
    throw Error(k_exit_usage,
                "--edit needs what to change, such as --set \"commitment-1.owner=Programme lead\", "
                "or --interactive to be asked");
  std::vector<std::pair<std::string, std::string>> values;
  for (const auto& assignment : options.set) {
    auto [reference, value] = split_assignment(assignment);
    values.emplace_back(std::move(reference), std::move(value));
  }
  for (const auto& note : set_plan_values(options.path, load_catalog(options.frameworks), values, console))
    console.err(fmt::format("{}: {}\n", options.path, note));
  return k_exit_success;
}

}  // namespace coprod::cli
