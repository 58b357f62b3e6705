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

// The actions of one group ("on this row", "on section 1") in words.
using GroupWords = std::function<std::string(const std::vector<const RowAction*>&)>;

// "A (done); B (open)": each action by its words, one given beside an earlier row by that row.
std::string actions_listed(const std::vector<const RowAction*>& actions,
                           const std::function<std::string(std::string_view)>& text,
                           const std::function<std::string(const RowAction&)>& action_words) {
  std::vector<std::string> listed;
  for (const RowAction* action : actions) {
    const std::string words =
        action->given_under.empty() ? action_words(*action) : text("the one under " + action->given_under);
    listed.push_back(fmt::format("{} ({})", words, text(action->status)));
  }
  return util::join(listed, "; ");
}

// "1, 2 and 5", "1 to 4 and 6": a run of three or more numbers in a row by its ends.
std::string numbers_in_words(const std::vector<const RowAction*>& actions,
                             const std::function<std::string(const RowAction&)>& number) {
  std::vector<std::string> parts;
  for (std::size_t i = 0; i < actions.size();) {
    std::size_t end = i + 1;
    while (end < actions.size() && actions[end]->index == actions[end - 1]->index + 1) ++end;
    if (end - i >= 3) {
      parts.push_back(fmt::format("{} to {}", number(*actions[i]), number(*actions[end - 1])));
    } else {
      for (std::size_t j = i; j < end; ++j) parts.push_back(number(*actions[j]));
    }
    i = end;
  }
  return util::join_in_words(parts);
}

// "action 2 in Part 8 (done); actions 1 and 3 in Part 8 (open)": those of one status together, in the order
// of their first.
std::string actions_numbered(const std::vector<const RowAction*>& actions,
                             const std::function<std::string(std::string_view)>& text,
                             const std::function<std::string(const RowAction&)>& number, std::string_view part) {
  std::vector<std::string> statuses;
  for (const RowAction* action : actions) {
    if (std::find(statuses.begin(), statuses.end(), action->status) == statuses.end())
      statuses.push_back(action->status);
  }
  std::vector<std::string> listed;
  for (const auto& status : statuses) {
    std::vector<const RowAction*> of_status;
    for (const RowAction* action : actions) {
      if (action->status == status) of_status.push_back(action);
    }
    listed.push_back(fmt::format("{} {} {} ({})", text(of_status.size() == 1 ? "action" : "actions"),
                                 numbers_in_words(of_status, number), text(fmt::format("in {}", part)), text(status)));
  }
  return util::join(listed, "; ");
}

// "Action on this row: …. Also on section 1: …." or no_row_action_words(), each group's actions in `listed`.
std::string row_actions_sentences(const RowWords& words, const analysis::RowComparison& row,
                                  const std::vector<RowAction>& actions,
                                  const std::function<std::string(std::string_view)>& text, const GroupWords& listed) {
  if (actions.empty()) return text(no_row_action_words(words));
  std::vector<const RowAction*> on_row;
  std::vector<const RowAction*> on_section;
  for (const auto& action : actions) (action.names_row ? on_row : on_section).push_back(&action);
  std::vector<std::string> sentences;
  if (!on_row.empty()) {
    sentences.push_back(
        fmt::format("{}: {}.", text(fmt::format("{} on this {}", on_row.size() == 1 ? "Action" : "Actions", words.one)),
                    listed(on_row)));
  }
  if (!on_section.empty()) {
    const std::string section = plan_section_name(*row.section);
    const std::string lead = !on_row.empty()          ? "Also on " + section
                             : on_section.size() == 1 ? "Action on " + section
                                                      : "Actions on " + section;
    sentences.push_back(fmt::format("{}: {}.", text(lead), listed(on_section)));
  }
  return util::join(sentences, " ");
}

}  // namespace

std::string no_row_action_words(const RowWords& words) {
  return fmt::format("No action in the plan names this {}{}.", words.one, words.sections ? "" : " or its section");
}

std::vector<RowAction> row_actions(const Report& report, const analysis::RowComparison& row, RowActionsGiven& given) {
  std::vector<RowAction> actions;
  if (!report.plan) return actions;
  const RowWords words = row_words(*report.inputs.front()->framework);
  const std::string reference = row.reference();
  const auto& plan_actions = report.plan->actions;
  for (const bool on_row : {true, false}) {
    for (std::size_t i = 0; i < plan_actions.size(); ++i) {
      const bool named = names_row(plan_actions[i], reference);
      if (on_row ? named : !named && names_section(plan_actions[i], row.section->id))
        actions.push_back(row_action(report, i, on_row || words.sections, given));
    }
  }
  const std::string name = words.named(*row.section, *row.row);
  for (const auto& action : actions) {
    if (action.given_under.empty()) given.emplace_back(action.index, name);
  }
  return actions;
}

std::string row_actions_words(const RowWords& words, const analysis::RowComparison& row,
                              const std::vector<RowAction>& actions,
                              const std::function<std::string(std::string_view)>& text,
                              const std::function<std::string(const RowAction&)>& action_words) {
  return row_actions_sentences(words, row, actions, text, [&](const std::vector<const RowAction*>& group) {
    return actions_listed(group, text, action_words);
  });
}

std::string row_actions_by_number(const RowWords& words, const analysis::RowComparison& row,
                                  const std::vector<RowAction>& actions,
                                  const std::function<std::string(std::string_view)>& text,
                                  const std::function<std::string(const RowAction&)>& number, std::string_view part) {
  return row_actions_sentences(words, row, actions, text, [&](const std::vector<const RowAction*>& group) {
    return actions_numbered(group, text, number, part);
  });
}

std::string plan_part_number(const Report& report) {
  const std::string heading = part_heading(report, ReportPart::plan);
  return heading.substr(0, heading.find(':'));
}

}  // namespace coprod::render
