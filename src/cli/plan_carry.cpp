#include "cli/plan_carry.hpp"

#include <fmt/format.h>

#include "analysis/plan_carried_actions.hpp"
#include "analysis/plan_carried_version.hpp"
#include "cli/error.hpp"
#include "cli/plan_edit.hpp"
#include "render/plan.hpp"
#include "util/escape.hpp"
#include "util/text.hpp"
#include "util/title_join.hpp"

namespace coprod::cli {

namespace {

// What `changed` says of `action`, agreed under version `version`: "; renamed
// since version 1 of the framework: row listening.first-say is now
// listening.speak-first".
std::string renamed_in(const model::Action& action, const std::vector<analysis::ChangedReference>& changed,
                       int version) {
  std::vector<std::string> renamed;
  for (const auto& change : changed)
    if (change.action == action.id && !change.to.empty())
      renamed.push_back(fmt::format("{} {} is now {}", change.kind, change.from, change.to));
  if (renamed.empty()) return "";
  return fmt::format("; renamed since version {} of the framework: {}", version, util::join(renamed, ", "));
}

// Why a carried action is in the new plan, as a comment above it.
std::string why_carried(const model::Action& action, const EarlierPlan& earlier, const model::Framework& framework) {
  const auto& earlier_plan = earlier.loaded.plan;
  std::string state = util::id_as_words(model::action_status_id(action.status));
  if (action.due) state += ", due " + action.due->to_string();
  std::string why = fmt::format("not finished in the {} plan ({})", earlier_plan.period.to_string(), state);
  if (action.carried_from && *action.carried_from < earlier_plan.period)
    why += fmt::format("; first agreed in {}", action.carried_from->to_string());
  why += renamed_in(action, earlier.changed, earlier_plan.framework_version);
  const std::string sections = render::plan_action_sections(action, framework);
  return (sections.empty() ? "Carried: " + why : util::join_title(sections, ": ", why)) + ".";
}

// Says on the terminal which action moved to which new name of a section or row.
void say_what_moved(const std::string& earlier_path, const EarlierPlan& earlier, int version, Console& console) {
  for (const auto& change : earlier.changed)
    if (const std::string moved = analysis::renamed_in_words(change, version); !moved.empty())
      console.err(util::terminal_text(fmt::format("coprod: note: --from {}: {}", earlier_path, moved)) + "\n");
}

}  // namespace

EarlierPlan read_earlier_plan(const std::string& earlier_path, const model::FrameworkCatalog& catalog,
                              const model::Plan& later, const model::Framework& framework, bool writing,
                              Console& console) {
  EarlierPlan earlier{read_plan(earlier_path, catalog).loaded, {}, {}};
  auto carried = analysis::carried_actions(earlier.loaded.plan, later);
  if (const auto* problem = std::get_if<std::string>(&carried))
    throw Error(k_exit_usage, fmt::format("--from {}: {}", earlier_path, *problem));
  auto renamed = analysis::follow_renames(std::get<std::vector<model::Action>>(std::move(carried)),
                                          earlier.loaded.plan.framework_version, framework);
  if (const auto check = analysis::check_carried_version(
          earlier.loaded.plan, later, renamed, framework,
          writing ? analysis::CarriedInto::plan_file : analysis::CarriedInto::sheet_only)) {
    const std::string message = fmt::format("--from {}: {}", earlier_path, check->message);
    if (check->refused) throw Error(k_exit_usage, message);
    console.err(util::terminal_text("coprod: warning: " + message) + "\n");
  }
  earlier.unfinished = std::move(renamed.actions);
  earlier.changed = std::move(renamed.changed);
  say_what_moved(earlier_path, earlier, framework.version, console);
  return earlier;
}

std::size_t carry_unfinished_actions(const EarlierPlan& earlier, model::Plan& plan, const model::Framework& framework,
                                     std::vector<std::string>& why) {
  std::vector<std::string> taken;
  for (const auto& action : earlier.loaded.plan.actions) taken.push_back(action.id);
  analysis::number_after(plan.actions, taken);
  std::vector<std::string> reasons;
  for (const auto& action : earlier.unfinished) reasons.push_back(why_carried(action, earlier, framework));
  why.insert(why.begin(), reasons.begin(), reasons.end());
  plan.actions.insert(plan.actions.begin(), earlier.unfinished.begin(), earlier.unfinished.end());
  return earlier.unfinished.size();
}

}  // namespace coprod::cli
