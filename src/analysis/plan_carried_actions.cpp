#include "analysis/plan_carried_actions.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "analysis/area_names.hpp"
#include "analysis/plan_new_action.hpp"
#include "util/text.hpp"

namespace coprod::analysis {

namespace {

// Why `earlier` is not a plan to carry into `later`, or "".
std::string not_carried_why(const model::Plan& earlier, const model::Plan& later) {
  if (earlier.framework_id != later.framework_id)
    return fmt::format(
        "it is for the framework '{}' and the new plan for '{}', so its actions' sections and rows "
        "would not match; give a plan made with '{}'",
        earlier.framework_id, later.framework_id, later.framework_id);
  if (!same_area(earlier.area, later.area))
    return fmt::format("it is for {} and the assessments for {}; give {}'s earlier plan", earlier.area, later.area,
                       later.area);
  if (!(earlier.period < later.period))
    return fmt::format("it is the plan for {}, {} the assessments' period; give the plan of an earlier period",
                       earlier.period.to_string(),
                       earlier.period == later.period ? "the same period as" : "later than");
  return {};
}

// The sections and rows `carried` name that `framework` does not have, each
// with the action naming it: "row 'listening.first-say' (listening-1)".
std::vector<std::string> names_not_in(const std::vector<model::Action>& carried, const model::Framework& framework) {
  std::vector<std::string> missing;
  for (const auto& action : carried) {
    for (const auto& section : action.sections)
      if (!framework.find_section(section)) missing.push_back(fmt::format("section '{}' ({})", section, action.id));
    for (const auto& reference : action.rows) {
      const auto dot = reference.find('.');
      const auto* section = framework.find_section(reference.substr(0, dot));
      const std::string row = dot == std::string::npos ? "" : reference.substr(dot + 1);
      const bool found = section && std::any_of(section->rows.begin(), section->rows.end(),
                                                [&](const model::FrameworkRow& r) { return r.id == row; });
      if (!found) missing.push_back(fmt::format("row '{}' ({})", reference, action.id));
    }
  }
  return missing;
}

}  // namespace

std::optional<CarriedVersionCheck> check_carried_version(const model::Plan& earlier, const model::Plan& later,
                                                         const std::vector<model::Action>& carried,
                                                         const model::Framework& framework, CarriedInto into) {
  if (earlier.framework_version == later.framework_version || carried.empty()) return std::nullopt;
  const std::string versions =
      fmt::format("it was made with version {} of the framework '{}' and the assessments with version {}",
                  earlier.framework_version, earlier.framework_id, later.framework_version);
  const auto missing = names_not_in(carried, framework);
  const std::string check = "check that each still means what was agreed";
  if (into == CarriedInto::sheet_only) {
    const std::string lacking =
        missing.empty() ? ""
                        : fmt::format("; version {} has no {}", later.framework_version, util::join_in_words(missing));
    return CarriedVersionCheck{false, fmt::format("{}; the sheet lists its unfinished actions as they were agreed "
                                                  "under version {}{}: {}",
                                                  versions, earlier.framework_version, lacking, check)};
  }
  if (missing.empty())
    return CarriedVersionCheck{false, fmt::format("{}; every section and row its unfinished actions name is in "
                                                  "version {}, so they are carried as they are: {}",
                                                  versions, later.framework_version, check)};
  return CarriedVersionCheck{
      true, fmt::format("{}, which has no {}; to carry the others, set those actions' status to dropped in the "
                        "earlier plan (coprod plan --edit EARLIER.yaml --set ID.status=dropped) and run this again, "
                        "then add each again with a section and rows version {} has (coprod plan --edit NEW.yaml "
                        "--add-action SECTION --row ROW)",
                        versions, util::join_in_words(missing), later.framework_version)};
}

std::variant<std::vector<model::Action>, std::string> carried_actions(const model::Plan& earlier,
                                                                      const model::Plan& later) {
  if (auto why = not_carried_why(earlier, later); !why.empty()) return why;
  std::vector<model::Action> carried;
  for (const auto& action : earlier.actions) {
    // Finished, or a draft no one filled in: never agreed, so nothing for the board to follow up.
    if (action.is_finished() || action.what.empty()) continue;
    carried.push_back(action);
    if (!carried.back().carried_from) carried.back().carried_from = earlier.period;
  }
  return carried;
}

void number_after(std::vector<model::Action>& drafts, const std::vector<std::string>& taken) {
  model::Plan ids;  // only its actions' ids count
  const auto take = [&ids](const std::string& id) {
    ids.actions.emplace_back();
    ids.actions.back().id = id;
  };
  for (const auto& id : taken) take(id);
  for (auto& draft : drafts) {
    if (!draft.sections.empty()) draft.id = next_action_id(ids, draft.sections.front());
    take(draft.id);
  }
}

}  // namespace coprod::analysis
