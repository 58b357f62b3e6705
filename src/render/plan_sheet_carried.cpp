// What the planning sheet says of the actions still open from earlier plans
// (plan --from EARLIER.yaml), in the words every format shares.

#include <algorithm>

#include <fmt/format.h>

#include "analysis/plan_review.hpp"
#include "render/plan.hpp"
#include "render/row_words.hpp"
#include "util/add_once.hpp"

namespace coprod::render {

namespace {

// The ids of the sections an action is for: its sections, then, where every section is its one row (row_words()),
// those of the rows it names, as plan_action_sections() names them.
std::vector<std::string> section_ids(const PlanSheet& sheet, const model::Action& action) {
  std::vector<std::string> ids = action.sections;
  if (!row_words(*sheet.inputs.front()->framework).sections) return ids;
  for (const auto& reference : action.rows) util::add_once(ids, reference.substr(0, reference.find('.')));
  return ids;
}

// Where an action's first section is in the sheet's order of attention; past
// the end for an action of no section or one the sheet does not list.
std::size_t attention_place(const PlanSheet& sheet, const model::Action& action) {
  const auto ids = section_ids(sheet, action);
  if (ids.empty()) return sheet.sections.size();
  const auto found = std::find_if(sheet.sections.begin(), sheet.sections.end(),
                                  [&](const auto& attention) { return attention.section->id == ids.front(); });
  return static_cast<std::size_t>(found - sheet.sections.begin());
}

}  // namespace

std::vector<PlanCarriedGroup> plan_carried_groups(const PlanSheet& sheet) {
  std::vector<PlanCarriedGroup> groups;
  if (!sheet.carried) return groups;
  const auto& actions = sheet.carried->actions;
  std::vector<std::size_t> order(actions.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return attention_place(sheet, actions[a]) < attention_place(sheet, actions[b]);
  });
  const auto& framework = *sheet.inputs.front()->framework;
  for (const std::size_t index : order) {
    std::string sections = plan_action_sections(actions[index], framework);
    if (sections.empty()) sections = "No section named";
    auto group = std::find_if(groups.begin(), groups.end(), [&](const auto& g) { return g.sections == sections; });
    if (group == groups.end()) group = groups.insert(groups.end(), {sections, {}});
    group->actions.push_back(index);
  }
  return groups;
}

std::vector<std::size_t> plan_carried_at_section(const PlanSheet& sheet, const std::string& section_id) {
  std::vector<std::size_t> open;
  if (!sheet.carried) return open;
  const auto& actions = sheet.carried->actions;
  for (std::size_t i = 0; i < actions.size(); ++i) {
    const auto sections = section_ids(sheet, actions[i]);
    if (std::find(sections.begin(), sections.end(), section_id) != sections.end()) open.push_back(i);
  }
  return open;
}

std::string plan_carried_at_section_more(std::size_t more) {
  return fmt::format("and {} more, listed under \u201c{}\u201d.", more, k_plan_carried_heading);
}

std::string plan_carried_intro(const PlanSheet& sheet) {
  if (!sheet.carried) return "";
  const auto& carried = *sheet.carried;
  const std::string plan = fmt::format("the {} plan ({})", carried.plan_period.to_string(), carried.plan_file);
  if (carried.actions.empty()) return fmt::format("Every action of {} is done or dropped.", plan);
  const std::string these =
      fmt::format("{} of {} {} not done or dropped: look at {} before agreeing new ones.",
                  carried.actions.size() == 1 ? "This action" : "These actions", plan,
                  carried.actions.size() == 1 ? "is" : "are", carried.actions.size() == 1 ? "it" : "them");
  if (!carried.today)
    return these +
           " This sheet has no date, so an action past its due date is not marked overdue: compare each due date "
           "with the date of the meeting.";
  return these + fmt::format(" Statuses on {}: an action past its due date is overdue.", carried.today->to_string());
}

std::string plan_carried_status(const PlanSheet& sheet, const model::Action& action) {
  if (!sheet.carried || !sheet.carried->today) return with_carried_over(plan_action_status(action), action);
  const analysis::ActionReview reviewed{
      action, analysis::action_state(action, *sheet.carried->today), {}, false, false};
  return with_carried_over(plan_review_status(reviewed), action);
}

std::string plan_carried_details(const PlanSheet& sheet, const model::Action& action) {
  const std::string owner = action.owner && !action.owner->empty() ? "owner: " + *action.owner : "no owner named yet";
  const std::string due = action.due ? "due " + action.due->to_string() : "no due date";
  return fmt::format("{}; {}; {}", owner, due, plan_carried_status(sheet, action));
}

}  // namespace coprod::render
