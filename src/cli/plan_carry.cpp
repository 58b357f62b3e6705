#include "cli/plan_carry.hpp"

#include <fmt/format.h>

#include "analysis/plan_carried_actions.hpp"
#include "cli/error.hpp"
#include "cli/plan_edit.hpp"
#include "render/plan.hpp"
#include "util/escape.hpp"
#include "util/text.hpp"

namespace coprod::cli {

namespace {

// Why a carried action is in the new plan, as a comment above it.
std::string why_carried(const model::Action& action, const model::Plan& earlier, const model::Framework& framework) {
  std::string state = util::id_as_words(model::action_status_id(action.status));
  if (action.due) state += ", due " + action.due->to_string();
  std::string why = fmt::format("not finished in the {} plan ({})", earlier.period.to_string(), state);
  if (action.carried_from && *action.carried_from < earlier.period)
    why += fmt::format("; first agreed in {}", action.carried_from->to_string());
  const std::string sections = render::action_section_labels(action, framework);
  return (sections.empty() ? "Carried: " + why : sections + ": " + why) + ".";
}

}  // namespace

EarlierPlan read_earlier_plan(const std::string& earlier_path, const model::FrameworkCatalog& catalog,
                              const model::Plan& later, const model::Framework& framework, bool writing,
                              Console& console) {
  EarlierPlan earlier{read_plan(earlier_path, catalog).loaded, {}};
  auto carried = analysis::carried_actions(earlier.loaded.plan, later);
  if (const auto* problem = std::get_if<std::string>(&carried))
    throw Error(k_exit_usage, fmt::format("--from {}: {}", earlier_path, *problem));
  earlier.unfinished = std::get<std::vector<model::Action>>(std::move(carried));
  if (const auto check = analysis::check_carried_version(
          earlier.loaded.plan, later, earlier.unfinished, framework,
          writing ? analysis::CarriedInto::plan_file : analysis::CarriedInto::sheet_only)) {
    const std::string message = fmt::format("--from {}: {}", earlier_path, check->message);
    if (check->refused) throw Error(k_exit_usage, message);
    console.err(util::terminal_text("coprod: warning: " + message) + "\n");
  }
  return earlier;
}

std::size_t carry_unfinished_actions(const EarlierPlan& earlier, model::Plan& plan, std::vector<std::string>& why) {
  std::vector<std::string> taken;
  for (const auto& action : earlier.loaded.plan.actions) taken.push_back(action.id);
  analysis::number_after(plan.actions, taken);
  std::vector<std::string> reasons;
  for (const auto& action : earlier.unfinished)
    reasons.push_back(why_carried(action, earlier.loaded.plan, *earlier.loaded.framework));
  why.insert(why.begin(), reasons.begin(), reasons.end());
  plan.actions.insert(plan.actions.begin(), earlier.unfinished.begin(), earlier.unfinished.end());
  return earlier.unfinished.size();
}

}  // namespace coprod::cli
