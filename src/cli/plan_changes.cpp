#include "cli/plan_changes.hpp"

#include <algorithm>
#include <functional>

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
#include "cli/plan_edit.hpp"
#include "util/add_once.hpp"
#include "util/text.hpp"
#include "util/title_join.hpp"
#include "yaml/plan_loader.hpp"
#include "yaml/plan_writer.hpp"
#include "yaml/tree_edit.hpp"

namespace coprod::cli {

namespace {

// The changes as checked against the plan before the command: where each goes.
struct CheckedChanges {
  std::vector<std::size_t> removed_actions;       // places from 0, in the order given
  std::vector<std::size_t> removed_asks;          // places from 0, in the order given
  std::optional<model::Action> added;             // the new action, its id made from the plan before
  std::vector<analysis::PlanFieldChange> fields;  // an action by its place before (the new one's: after them all)
  std::vector<std::string> field_notes;           // what is said of each field set
  std::vector<std::string> problems;              // what was given wrong, each said on its own
};

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

void check_removed_actions(const model::Plan& plan, const std::vector<std::string>& ids, CheckedChanges& checked) {
  for (const auto& given : ids) {
    const std::string id(util::trim(given));
    const auto removable = analysis::removable_action(plan, id);
    if (const auto* problem = std::get_if<std::string>(&removable)) {
      checked.problems.push_back(fmt::format("--remove-action {}: {}", id, *problem));
    } else if (util::contains(checked.removed_actions, std::get<std::size_t>(removable))) {
      checked.problems.push_back(fmt::format("--remove-action {} is given twice; give each action once", id));
    } else {
      checked.removed_actions.push_back(std::get<std::size_t>(removable));
    }
  }
}

// The place (from 0) of the ask numbered `given` (from 1), or why there is none.
std::variant<std::size_t, std::string> ask_place(const model::Plan& plan, const std::string& given) {
  const bool digits = !given.empty() && given.find_first_not_of("0123456789") == std::string::npos;
  if (!digits)
    return fmt::format(
        "--remove-ask needs the number of the ask to take out, as the evidence pack lists them from 1 "
        "(--remove-ask 2), not '{}'",
        given);
  // More than nine digits is beyond any plan's asks (and beyond what stoul reads on every machine).
  const std::size_t number = given.size() > 9 ? 0 : std::stoul(given);
  const std::string shown = given.size() > 9 ? given : std::to_string(number);
  const std::size_t count = plan.asks_of_the_board.size();
  if (count == 0) return fmt::format("--remove-ask {}: the plan asks nothing of the board", shown);
  if (number < 1 || number > count)
    return fmt::format("--remove-ask {}: the plan has {} {} of the board; give a number from 1 to {}", shown, count,
                       count == 1 ? "ask" : "asks", count);
  return number - 1;
}

void check_removed_asks(const model::Plan& plan, const std::vector<std::string>& numbers, CheckedChanges& checked) {
  for (const auto& given : numbers) {
    const auto place = ask_place(plan, std::string(util::trim(given)));
    if (const auto* problem = std::get_if<std::string>(&place)) {
      checked.problems.push_back(*problem);
    } else if (util::contains(checked.removed_asks, std::get<std::size_t>(place))) {
      checked.problems.push_back(
          fmt::format("--remove-ask {} is given twice; give each number once", std::get<std::size_t>(place) + 1));
    } else {
      checked.removed_asks.push_back(std::get<std::size_t>(place));
    }
  }
}

void check_additions(const yaml::LoadedPlan& loaded, const PlanChanges& changes, CheckedChanges& checked) {
  if (changes.added) {
    auto made = analysis::new_plan_action(loaded.plan, *loaded.framework, changes.added->section, changes.added->rows);
    if (const auto* problem = std::get_if<std::string>(&made))
      checked.problems.push_back(fmt::format("--add-action {}: {}", changes.added->section, *problem));
    else checked.added = std::get<model::Action>(std::move(made));
  }
  for (const auto& ask : changes.asks) {
    if (util::trim(ask).empty())
      checked.problems.push_back(
          "--add-ask needs what the board is asked to do, such as --add-ask \"Agree to fund travel for peer network "
          "members\"");
  }
}

// Checks one --set against `plan` (the plan before, with the new action at the end).
void check_value(const model::Plan& plan, const model::Framework& framework, const PlanChanges& changes,
                 const std::pair<std::string, std::string>& given, CheckedChanges& checked) {
  const auto& [given_reference, value] = given;
  const bool names_new = given_reference.starts_with("new.");
  if (names_new && !changes.added) {
    checked.problems.push_back(
        fmt::format("--set {}: 'new' names the action --add-action SECTION adds; give it too, "
                    "or name one of the plan's actions",
                    given_reference));
    return;
  }
  if (names_new && !checked.added) return;  // --add-action's own problem is said
  const std::string reference = names_new ? checked.added->id + given_reference.substr(3) : given_reference;
  auto change = analysis::plan_field_change(plan, framework, reference, value);
  if (const auto* problem = std::get_if<std::string>(&change)) {
    checked.problems.push_back(fmt::format("--set {}: {}", given_reference, *problem));
    return;
  }
  auto& field = std::get<analysis::PlanFieldChange>(change);
  if (field.path.front() == "actions" && util::contains(checked.removed_actions, std::stoul(field.path[1]))) {
    const std::string& id = plan.actions[std::stoul(field.path[1])].id;
    checked.problems.push_back(
        fmt::format("--set {}: the action '{}' is taken out by --remove-action {} in the same "
                    "command, so nothing can be set in it; leave out one or the other",
                    given_reference, id, id));
    return;
  }
  const auto same_place = [&field](const analysis::PlanFieldChange& other) { return other.path == field.path; };
  if (std::any_of(checked.fields.begin(), checked.fields.end(), same_place)) {
    checked.problems.push_back(
        fmt::format("--set {} is given twice, and only one value can be saved; give it once", reference));
    return;
  }
  checked.field_notes.push_back(described_change(reference, field));
  checked.fields.push_back(std::move(field));
}

CheckedChanges checked_changes(const yaml::LoadedPlan& loaded, const PlanChanges& changes) {
  CheckedChanges checked;
  check_removed_actions(loaded.plan, changes.removed_actions, checked);
  check_removed_asks(loaded.plan, changes.removed_asks, checked);
  check_additions(loaded, changes, checked);
  model::Plan with_new = loaded.plan;
  if (checked.added) with_new.actions.push_back(*checked.added);
  for (const auto& given : changes.values) check_value(with_new, *loaded.framework, changes, given, checked);
  return checked;
}

// The edits made to the plan's text so far, in order, each on the one before.
class EditChain {
 public:
  EditChain(const OpenPlan& plan, std::string path) : m_plan(plan), m_path(std::move(path)) {}

  const std::string& text() const { return m_edits.empty() ? m_plan.text : m_edits.back().text; }
  const yaml::Node& tree() const { return m_edits.empty() ? m_plan.tree : m_edits.back().root; }
  const std::string& path() const { return m_path; }

  // The problems found in the edited text, on the lines of the file as it is on disk.
  util::Diagnostics on_lines_before(util::Diagnostics problems) const {
    for (auto& problem : problems) {
      for (auto edit = m_edits.rbegin(); edit != m_edits.rend(); ++edit)
        problem.position.line = yaml::line_before_edits(*edit, problem.position.line);
    }
    return problems;
  }

  void add(util::Result<yaml::EditedText> edited) {
    if (!edited) throw Error(k_exit_not_written, on_lines_before(edited.problems()));
    m_edits.push_back(std::move(*edited));
  }

  // The plan as edited, loaded; Error (invalid input) when it does not load.
  yaml::LoadedPlan loaded(const model::FrameworkCatalog& catalog) const {
    auto reloaded = yaml::load_plan(tree(), m_path, catalog);
    if (!reloaded) throw Error(k_exit_invalid_input, on_lines_before(reloaded.problems()));
    return std::move(*reloaded);
  }

 private:
  const OpenPlan& m_plan;
  std::string m_path;
  std::vector<yaml::EditedText> m_edits;
};

std::vector<std::size_t> highest_first(std::vector<std::size_t> places) {
  std::sort(places.begin(), places.end(), std::greater<>());
  return places;
}

void remove_items(EditChain& chain, const OpenPlan& plan, const CheckedChanges& checked,
                  std::vector<std::string>& notes) {
  // Highest place first, so that the places of those still to go stay as they were.
  for (const std::size_t index : highest_first(checked.removed_actions))
    chain.add(
        yaml::remove_item(chain.text(), chain.tree(), chain.path(), {"actions"}, index, place_name(plan.loaded.plan)));
  for (const std::size_t index : highest_first(checked.removed_asks))
    chain.add(yaml::remove_item(chain.text(), chain.tree(), chain.path(), {"asks_of_the_board"}, index));
  for (const std::size_t index : checked.removed_actions)
    notes.push_back(fmt::format("removed the action {}", plan.loaded.plan.actions[index].id));
  for (const std::size_t index : checked.removed_asks)
    notes.push_back(fmt::format("removed ask {} of the board", index + 1));
}

// Adds the new action and asks at the end of their lists; returns the places of the asks added, from 0.
std::vector<std::size_t> add_items(EditChain& chain, const OpenPlan& plan, const CheckedChanges& checked,
                                   const PlanChanges& changes, std::vector<std::string>& notes) {
  if (checked.added) {
    const std::string section = plan.loaded.framework->find_section(checked.added->sections.front())->label();
    chain.add(yaml::append_item(chain.text(), chain.tree(), chain.path(), {"actions"},
                                yaml::write_action_item(*checked.added, util::join_title(section, "."))));
    notes.push_back(fmt::format("added the action {}, for {}", checked.added->id, section));
  }
  std::vector<std::size_t> places;
  const std::size_t kept = plan.loaded.plan.asks_of_the_board.size() - checked.removed_asks.size();
  for (const auto& ask : changes.asks) {
    chain.add(yaml::append_item(chain.text(), chain.tree(), chain.path(), {"asks_of_the_board"},
                                yaml::write_ask_item(ask), yaml::dotted_name, yaml::asks_of_the_board_place()));
    places.push_back(kept + places.size());
    notes.push_back(fmt::format("added ask {} of the board", places.back() + 1));
  }
  return places;
}

// `field` with an action's place as it is once the actions `removed` are out.
analysis::PlanFieldChange after_removals(analysis::PlanFieldChange field, const std::vector<std::size_t>& removed) {
  if (field.path.front() != "actions") return field;
  const std::size_t place = std::stoul(field.path[1]);
  const auto before =
      std::count_if(removed.begin(), removed.end(), [place](std::size_t other) { return other < place; });
  field.path[1] = std::to_string(place - static_cast<std::size_t>(before));
  return field;
}

// Sets the values checked; returns the dotted places of the free text set.
std::vector<std::string> set_values(EditChain& chain, const model::Plan& edited, const CheckedChanges& checked) {
  std::vector<yaml::ValueChange> changes;
  std::vector<std::string> text_set;
  for (const auto& given : checked.fields) {
    const auto field = after_removals(given, checked.removed_actions);
    if (field.is_text) text_set.push_back(util::join(field.path, "."));
    changes.push_back({field.path, field.value,
                       field.is_text ? yaml::ValueChange::Form::text : yaml::ValueChange::Form::word, field.after});
  }
  chain.add(yaml::change_values(chain.text(), chain.tree(), chain.path(), changes, place_name(edited)));
  return text_set;
}

}  // namespace

std::vector<std::string> change_plan(const std::string& path, const model::FrameworkCatalog& catalog,
                                     const PlanChanges& changes, Console& console) {
  const FolderLock lock(resolved_output_path(path));
  const OpenPlan plan = open_plan(path, catalog);
  const CheckedChanges checked = checked_changes(plan.loaded, changes);
  if (!checked.problems.empty()) throw Error(k_exit_usage, checked.problems);
  std::vector<std::string> notes;
  EditChain chain(plan, path);
  remove_items(chain, plan, checked, notes);
  std::vector<std::string> text_set;
  for (const std::size_t place : add_items(chain, plan, checked, changes, notes))
    text_set.push_back(fmt::format("asks_of_the_board.{}", place));
  const yaml::LoadedPlan edited = chain.loaded(catalog);
  for (auto& place : set_values(chain, edited.plan, checked)) text_set.push_back(std::move(place));
  notes.insert(notes.end(), checked.field_notes.begin(), checked.field_notes.end());
  if (auto too_large = edited_size_problem(path, chain.text().size()))
    throw Error(k_exit_not_written, util::Diagnostics{std::move(*too_large)});
  chain.loaded(catalog);
  write_output_file(console, path, chain.text(), true);
  print_diagnostics(console, personal_data_warnings(path, chain.text(), chain.tree(), text_set));
  return notes;
}

}  // namespace coprod::cli
