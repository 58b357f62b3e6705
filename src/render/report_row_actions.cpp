#include "render/report_row_actions.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "render/plan.hpp"
#include "render/report_parts.hpp"
#include "util/text.hpp"

namespace coprod::render {

namespace {

bool names_section(const model::Action& action, const std::string& section) {
  return std::find(action.sections.begin(), action.sections.end(), section) != action.sections.end();
}

bool names_row(const model::Action& action, const std::string& reference) {
  return std::find(action.rows.begin(), action.rows.end(), reference) != action.rows.end();
}

std::string row_action_status(const Report& report, std::size_t index) {
  std::string status = action_status_words(report, index);
  const model::Action& action = report.plan->actions[index];
  if (action.status != model::ActionStatus::done || report.without_scores) return status;
  const std::string state = plan_target_state(report.inputs, action);
  return state.empty() || state == "reached" ? status : status + "; score hoped for not reached yet";
}

RowAction row_action(const Report& report, std::size_t index, bool on_row, const RowActionsGiven& given) {
  const model::Action& action = report.plan->actions[index];
  RowAction out;
  out.index = index;
  out.names_row = on_row;
  out.what = action.what.empty() ? "action to be agreed" : first_words(action.what, k_row_action_words);
  out.cut = util::wrap_words(action.what, 1).size() > k_row_action_words;
  out.status = row_action_status(report, index);
  const auto before = std::find_if(given.begin(), given.end(), [&](const auto& item) { return item.first == index; });
  if (before != given.end()) out.given_under = before->second;
  return out;
}

// "A (done); B (open)": the actions of one group, each with its status.
std::string actions_listed(const std::vector<const RowAction*>& actions,
                           const std::function<std::string(std::string_view)>& text,
                           const std::function<std::string(const RowAction&)>& action_words, RowActionNames names) {
  std::vector<std::string> listed;
  for (const RowAction* action : actions) {
    const bool given_before = names == RowActionNames::words && !action->given_under.empty();
    const std::string words = given_before ? text("the one under row " + action->given_under) : action_words(*action);
    listed.push_back(fmt::format("{} ({})", words, text(action->status)));
  }
  return util::join(listed, "; ");
}

}  // namespace

std::vector<RowAction> row_actions(const Report& report, const analysis::RowComparison& row, RowActionsGiven& given) {
  std::vector<RowAction> actions;
  if (!report.plan) return actions;
  const std::string reference = row.reference();
  const auto& plan_actions = report.plan->actions;
  for (const bool on_row : {true, false}) {
    for (std::size_t i = 0; i < plan_actions.size(); ++i) {
      const bool named = names_row(plan_actions[i], reference);
      if (on_row ? named : !named && names_section(plan_actions[i], row.section->id))
        actions.push_back(row_action(report, i, on_row, given));
    }
  }
  const std::string number = row.section->row_number(row.row->id);
  for (const auto& action : actions) {
    if (action.given_under.empty()) given.emplace_back(action.index, number);
  }
  return actions;
}

std::string row_actions_words(const analysis::RowComparison& row, const std::vector<RowAction>& actions,
                              const std::function<std::string(std::string_view)>& text,
                              const std::function<std::string(const RowAction&)>& action_words, RowActionNames names) {
  if (actions.empty()) return text(k_no_row_action_words);
  std::vector<const RowAction*> on_row;
  std::vector<const RowAction*> on_section;
  for (const auto& action : actions) (action.names_row ? on_row : on_section).push_back(&action);
  std::vector<std::string> sentences;
  if (!on_row.empty()) {
    sentences.push_back(fmt::format("{}: {}.", text(on_row.size() == 1 ? "Action on this row" : "Actions on this row"),
                                    actions_listed(on_row, text, action_words, names)));
  }
  if (!on_section.empty()) {
    const std::string section = plan_section_name(*row.section);
    const std::string lead = !on_row.empty()          ? "Also on " + section
                             : on_section.size() == 1 ? "Action on " + section
                                                      : "Actions on " + section;
    sentences.push_back(fmt::format("{}: {}.", text(lead), actions_listed(on_section, text, action_words, names)));
  }
  return util::join(sentences, " ");
}

std::string plan_action_pointer(const Report& report, const RowAction& action) {
  return fmt::format("action {} in {}", action.index + 1, plan_part_number(report));
}

std::string plan_part_number(const Report& report) {
  const std::string heading = part_heading(report, ReportPart::plan);
  return heading.substr(0, heading.find(':'));
}

}  // namespace coprod::render
