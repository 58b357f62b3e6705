// plan --edit --interactive's offer, after the plan's actions, to add one
// agreed in the meeting that the plan does not have yet: its section and
// rows asked, and the action added as --add-action adds it
// (cli/plan_walkthrough.hpp).

#include <algorithm>

#include <fmt/format.h>

#include "analysis/plan_new_action.hpp"
#include "cli/error.hpp"
#include "cli/plan_edit.hpp"
#include "cli/plan_walkthrough.hpp"

namespace coprod::cli {

namespace {

// The words of `text`, between spaces or commas ("2.3, 2.4").
std::vector<std::string> words(const std::string& text) {
  std::vector<std::string> found;
  std::size_t start = 0;
  while ((start = text.find_first_not_of(" ,", start)) != std::string::npos) {
    const std::size_t end = std::min(text.find_first_of(" ,", start), text.size());
    found.push_back(text.substr(start, end - start));
    start = end;
  }
  return found;
}

}  // namespace

// Offers to add an action, asking its section and rows, and adds it as
// --add-action does; none when none is added (Enter, q or the end of
// input), back for b when there is an action to go back to. b at the rows
// asks the section again; rows refused are asked again. A section of one
// row (each of the shorter guides' sections) is the action's whole answer:
// no rows are asked, and where it is refused the section is asked again.
PlanWalkthrough::Added PlanWalkthrough::add_action() {
  rule();
  for (;;) {
    const auto section = new_action_section();
    if (!section) return Added::none;
    if (section->empty()) return Added::back;
    const bool one_row =
        std::get<const model::FrameworkSection*>(analysis::named_section(*m_plan.loaded.framework, *section))
            ->has_one_row();
    for (;;) {
      const auto rows = one_row ? std::optional<RowsTyped>(RowsTyped{}) : new_action_rows(*section);
      if (!rows) return Added::none;
      if (rows->back) break;
      const Adding adding = add(*section, rows->rows);
      if (adding == Adding::added) return Added::added;
      if (adding == Adding::given_up) return Added::none;
      if (one_row) break;
    }
  }
}

// The section of an action to add: nullopt to finish (Enter; q and the end
// of input stop the session too), "" for b, when there is an action to go
// back to. ? lists the sections.
std::optional<std::string> PlanWalkthrough::new_action_section() {
  const model::Framework& framework = *m_plan.loaded.framework;
  for (;;) {
    const char* question = actions_count() == 0 ? "Add an action?" : "Add another action?";
    const auto line = read(fmt::format("{} Give a section number or name, or press Enter to finish:", question),
                           InputKind::short_answer);
    // q (or the end of input) stops the session, asks of the board and all; Enter goes on to them.
    if (!line || cleaned(*line) == "q") m_stopped = true;
    if (!line || cleaned(*line).empty() || cleaned(*line) == "q") return std::nullopt;
    const std::string section = cleaned(*line);
    if (section == "b" && actions_count() > 0) return "";
    if (section == "?" || section == "b") {
      if (section == "b") wrapped(2, "There is no action before this to go back to.");
      for (const auto& each : framework.sections) wrapped(2, listed_section(each));
      continue;
    }
    const auto named = analysis::named_section(framework, section);
    if (const auto* problem = std::get_if<std::string>(&named)) {
      wrapped(2, "Not added: " + sentence(*problem) + " Type ? to list the sections.");
      continue;
    }
    return section;
  }
}

// A section as ? lists it: its label and what it can be typed as, "1. Commitment and leadership
// (commitment)", "Facilitate the process (F or facilitate)".
std::string PlanWalkthrough::listed_section(const model::FrameworkSection& section) {
  const bool key_not_shown = !section.key.empty() && !section.number;
  return fmt::format("{} ({}{})", section.label(), key_not_shown ? section.key + " or " : "", section.id);
}

// The rows a new action for `section` is about: nullopt to stop the session
// (q, the end of input); ? lists the section's rows.
std::optional<PlanWalkthrough::RowsTyped> PlanWalkthrough::new_action_rows(const std::string& section) {
  const auto* found =
      std::get<const model::FrameworkSection*>(analysis::named_section(*m_plan.loaded.framework, section));
  for (;;) {
    const auto line = read("Which rows is it about (such as 2.3 2.4)? Enter for none:", InputKind::short_answer);
    if (!line || cleaned(*line) == "q") {
      m_stopped = true;
      return std::nullopt;
    }
    if (cleaned(*line) == "b") return RowsTyped{true, {}};
    if (cleaned(*line) != "?") return RowsTyped{false, words(cleaned(*line))};
    for (const auto& row : found->rows)
      wrapped(2, fmt::format("{}: {}", found->row_number(row.id),
                             row.warning ? "warning sign: " + row.warning->flattened() : row.id));
  }
}

// Adds the action as --add-action does; else says why.
PlanWalkthrough::Adding PlanWalkthrough::add(const std::string& section, const std::vector<std::string>& rows) {
  try {
    for (const auto& note : set_plan_values(m_path, m_catalog, {}, m_terminal.console(), NewAction{section, rows}))
      wrapped(2, "Saved: " + note + ".");
  } catch (const Error& error) {
    wrapped(2, "Not added: " + sentence(reason(error, "--add-action " + section + ": ")));
    return error.code() == k_exit_usage ? Adding::refused : Adding::given_up;
  }
  ++m_added;
  m_plan = open_plan(m_path, m_catalog);
  return Adding::added;
}

}  // namespace coprod::cli
