// coprod plan --edit PLAN --interactive: a facilitator's walk through a
// plan's actions at the terminal, agreeing each one's what, owner, due date,
// status, target and notes; then adding the actions agreed that the plan
// does not have yet, as --add-action adds them. Each answer is saved at once,
// through set_plan_values() as --set saves it, so it is checked the same way.
// r takes a draft or open action out, as --remove-action does; b goes back to
// the question before (across actions), to change its answer. Last, it
// shows what the plan asks the board to do and offers to add to it, as
// --add-ask does. The warnings still standing on the text typed (check's,
// such as an owner who looks like a person) are said again as the session
// ends. This file is the session's flow; its parts are in the files
// cli/plan_walkthrough.hpp lists.

#include <algorithm>

#include <fmt/format.h>

#include "cli/error.hpp"
#include "cli/loading.hpp"
#include "cli/personal_data_warnings.hpp"
#include "cli/plan_edit.hpp"
#include "cli/plan_walkthrough.hpp"
#include "util/text.hpp"

namespace coprod::cli {

PlanWalkthrough::PlanWalkthrough(const PlanEditOptions& options, Console& console)
    : m_path(options.path),
      m_catalog(load_catalog(options.frameworks)),
      m_terminal(console, m_path, options.width, ShortAnswerRoom::none),
      m_plan(open_plan(m_path, m_catalog)) {}

int PlanWalkthrough::run() {
  wrapped(0, fmt::format("Filling in {}: {}.", m_path, util::counted(actions_count(), "action", "actions")));
  keys();
  // b at the asks of the board: the offer to add an action again.
  for (std::size_t start = 0; !m_stopped; start = actions_count()) {
    walk(start);
    if (m_stopped || !add_board_asks()) break;
  }
  wrapped(0, m_saved + m_added + m_removed + m_asks_added == 0 ? fmt::format("\nNothing was changed in {}.", m_path)
                                                               : fmt::format("\n{} in {}.", changes(), m_path));
  warnings_still_standing();
  return k_exit_success;
}

// The plan's actions in turn from `index`, then the offer to add one, until Enter or q:
// an action removed leaves its place to the one after it; b at an
// action's first question goes back to the last question of the one
// before, and at the offer to add one, to the last action's.
void PlanWalkthrough::walk(std::size_t index) {
  std::size_t question = 0;
  while (!m_stopped) {
    if (index == actions_count()) {
      const Added added = add_action();
      if (added == Added::none) return;
      if (added == Added::back) --index, question = k_questions.size() - 1;
      continue;  // added: asked next, at its place
    }
    const Asked asked = ask_action(index, question);
    question = 0;
    if (asked == Asked::back) --index, question = k_questions.size() - 1;
    if (asked == Asked::answered) ++index;
  }
}

void PlanWalkthrough::rule() { say(fmt::format("\n{}\n", std::string(std::min<std::size_t>(width(), 80), '='))); }

// What the session changed: "1 action added, 1 removed and 2 answers saved".
std::string PlanWalkthrough::changes() const {
  std::vector<std::string> parts;
  if (m_added > 0) parts.push_back(util::counted(m_added, "action", "actions") + " added");
  if (m_removed > 0)
    parts.push_back(m_added > 0 ? fmt::format("{} removed", m_removed)
                                : util::counted(m_removed, "action", "actions") + " removed");
  if (m_saved > 0) parts.push_back(util::counted(m_saved, "answer", "answers") + " saved");
  if (m_asks_added > 0)
    parts.push_back(util::counted(m_asks_added, "ask of the board", "asks of the board") + " added");
  const std::string last = parts.back();
  parts.pop_back();
  return parts.empty() ? last : util::join(parts, ", ") + " and " + last;
}

void PlanWalkthrough::keys() {
  wrapped(0,
          "For each action, type the new value and press Enter, or press Enter alone to keep the value now; "
          "- clears it. Each answer is saved at once. Keys: b goes back to the question before, to change its "
          "answer; q stops; r removes the action (a draft or open one agreed in this plan); ? shows this.");
}

std::string PlanWalkthrough::sentence(const std::string& text) { return text.ends_with('?') ? text : text + "."; }

std::string PlanWalkthrough::reason(const Error& error, const std::string& prefix) {
  std::string why = error.diagnostics().empty() ? error.what() : error.diagnostics().front().message;
  if (why.starts_with(prefix)) why.erase(0, prefix.size());
  return why;
}

// The warnings check gives, as the session ends, on the text typed in it
// (an owner who looks like a person, an address in the notes or an ask) that still
// stand: each was said as it was saved, and may have scrolled away.
void PlanWalkthrough::warnings_still_standing() {
  const auto& actions = m_plan.loaded.plan.actions;
  std::vector<std::string> paths;
  for (const auto& [id, field] : m_text_typed) {
    const auto found = std::find_if(actions.begin(), actions.end(), [&](const auto& a) { return a.id == id; });
    if (found != actions.end()) paths.push_back(fmt::format("actions.{}.{}", found - actions.begin(), field));
  }
  for (const std::size_t ask : m_asks_typed) paths.push_back(fmt::format("asks_of_the_board.{}", ask));
  if (paths.empty()) return;
  const auto warnings = personal_data_warnings(m_path, m_plan.text, m_plan.tree, paths);
  if (warnings.empty()) return;
  wrapped(0, fmt::format("Still to look at in what was typed ({}, as check gives it):",
                         util::counted(warnings.size(), "warning", "warnings")));
  print_diagnostics(m_terminal.console(), warnings);
}

int run_plan_interactive(const PlanEditOptions& options, Console& console) {
  if (!console.in_is_terminal()) {
    throw Error(k_exit_usage,
                "--interactive needs a terminal to type the answers at; from a script, use --edit with --set");
  }
  return PlanWalkthrough(options, console).run();
}

}  // namespace coprod::cli
