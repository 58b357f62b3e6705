// plan --edit --interactive's questions about one action: its section and
// rows shown, then its what, owner, due date, status, target and notes, each
// saved at once as --set saves it; r takes the action out, as
// --remove-action does (cli/plan_walkthrough.hpp).

#include <fmt/format.h>

#include "analysis/plan_action_removal.hpp"
#include "analysis/plan_fields.hpp"
#include "cli/error.hpp"
#include "cli/plan_edit.hpp"
#include "cli/plan_walkthrough.hpp"
#include "model/typed_date.hpp"
#include "render/plan.hpp"
#include "util/add_once.hpp"
#include "util/escape.hpp"
#include "util/text.hpp"
#include "util/typed_text.hpp"

namespace coprod::cli {

const std::vector<PlanWalkthrough::Question> PlanWalkthrough::k_questions = {
    {"what", "What is the action, in a sentence?", InputKind::text},
    {"owner", "Who owns it (a role, such as \"Programme lead\")?", InputKind::short_answer},
    {"due", "When is it due (such as 28/02/2027)?", InputKind::short_answer},
    {"status", "Status (open, in progress, done or dropped)?", InputKind::short_answer},
    {"target", "The section score hoped for (such as 3.5)?", InputKind::short_answer},
    {"notes", "Notes?", InputKind::text},
};

void PlanWalkthrough::show(std::size_t index) {
  const model::Action& a = action(index);
  const model::Framework& framework = *m_plan.loaded.framework;
  rule();
  wrapped(0, fmt::format("Action {} of {}: {}", index + 1, m_plan.loaded.plan.actions.size(), a.id));
  if (a.carried_from)
    wrapped(2, fmt::format("Carried over from the {} plan, not finished there: follow it up, or set its status to "
                           "done or dropped",
                           a.carried_from->to_string()));
  std::vector<const model::FrameworkSection*> shown;
  const auto show_section = [&](const model::FrameworkSection& section) {
    if (util::contains(shown, &section)) return;
    shown.push_back(&section);
    wrapped(2, "Section: " + section.label());
  };
  for (const auto& section_id : a.sections) {
    if (const auto* section = framework.find_section(section_id)) show_section(*section);
  }
  for (const auto& reference : a.rows) {
    const auto dot = reference.find('.');
    const auto* section = framework.find_section(reference.substr(0, dot));
    // A section's only row (each of the shorter guides' sections) is the section: named as one, once.
    if (section && section->has_one_row()) {
      show_section(*section);
      continue;
    }
    const auto* row = section ? section->find_row(reference.substr(dot + 1)) : nullptr;
    std::string line = fmt::format("Row {}", section ? section->row_number(reference.substr(dot + 1)) : reference);
    if (row && row->warning) line += ", warning sign: " + row->warning->flattened();
    say(util::wrap_hanging(util::terminal_text(line), width(), 4, 6));
  }
}

std::string PlanWalkthrough::value_now(const model::Action& a, const std::string& field) const {
  if (field == "what") return a.what;
  if (field == "owner") return a.owner.value_or("");
  if (field == "due") return a.due ? model::in_words(*a.due) + " (" + a.due->to_string() + ")" : "";
  if (field == "status") return render::plan_status_words(model::action_status_id(a.status));
  if (field == "target") return a.target ? a.target->to_string() : "";
  return a.notes.value_or("");
}

// The action's questions from `first` on; b at the first of them goes
// back to the action before (Asked::back), when there is one.
PlanWalkthrough::Asked PlanWalkthrough::ask_action(std::size_t index, std::size_t first) {
  show(index);
  for (std::size_t i = first; i < k_questions.size();) {
    const Asked asked = ask(index, k_questions[i], i > 0 || index > 0);
    if (asked == Asked::stopped) m_stopped = true;
    if (asked == Asked::back && i > 0) {
      --i;
      continue;
    }
    if (asked != Asked::answered) return asked;
    ++i;
  }
  return Asked::answered;
}

// Asks one value until it is kept or saved, the action is removed, the
// session goes back (b, when `can_go_back`) or stops.
PlanWalkthrough::Asked PlanWalkthrough::ask(std::size_t index, const Question& question, bool can_go_back) {
  const std::string now = value_now(action(index), question.field);
  wrapped(2, fmt::format("Now: {}", now.empty() ? "(empty)" : now));
  for (;;) {
    const auto line = read(question.prompt, question.kind);
    if (!line) return Asked::stopped;
    const std::string answer = question.kind == InputKind::text ? util::typed_text(*line) : cleaned(*line);
    const std::string word = cleaned(*line);
    if (word.empty()) return Asked::answered;
    if (word == "q") return Asked::stopped;
    if (word == "?") {
      keys();
      continue;
    }
    if (word == "b") {
      if (can_go_back) return Asked::back;
      wrapped(2, "This is the first question; there is none before it.");
      m_terminal.answer_refused();
      continue;
    }
    if (word == "r") {
      if (remove(index)) return Asked::removed;
      continue;
    }
    if (save(index, question.field, word == "-" ? "" : std::string(util::trim(answer)))) return Asked::answered;
    m_terminal.answer_refused();
  }
}

// r at an action: takes it out of the plan as --remove-action does, once
// confirmed, or says why it stays (started, finished, carried over). True
// when it was removed.
bool PlanWalkthrough::remove(std::size_t index) {
  const std::string id = action(index).id;
  const auto removable = analysis::removable_action(m_plan.loaded.plan, id, analysis::DropAdvice::interactive);
  if (const auto* problem = std::get_if<std::string>(&removable)) {
    wrapped(2, "Not removed: " + sentence(*problem));
    return false;
  }
  const auto line = read(fmt::format("Remove {} from the plan? Type y to remove it, or press Enter to keep it:", id),
                         InputKind::short_answer);
  if (!line || (cleaned(*line) != "y" && cleaned(*line) != "Y")) {
    wrapped(2, fmt::format("Kept {}.", id));
    return false;
  }
  try {
    wrapped(2, "Saved: " + remove_plan_action(m_path, m_catalog, id, m_terminal.console()) + ".");
  } catch (const Error& error) {
    wrapped(2, "Not removed: " + sentence(reason(error, "--remove-action " + id + ": ")));
    return false;
  }
  ++m_removed;
  m_plan = open_plan(m_path, m_catalog);
  return true;
}

// Saves one value as --set does; says why when it cannot be.
bool PlanWalkthrough::save(std::size_t index, const std::string& field, const std::string& value) {
  const std::string reference = action(index).id + "." + field;
  try {
    for (const auto& note : set_plan_values(m_path, m_catalog, {{reference, value}}, m_terminal.console()))
      wrapped(2, "Saved: " + note + ".");
  } catch (const Error& error) {
    wrapped(2, "Not saved: " + sentence(reason(error, "--set " + reference + ": ")));
    return false;
  }
  ++m_saved;
  m_plan = open_plan(m_path, m_catalog);
  if (is_text(reference, value))
    util::add_once(m_text_typed, std::pair<std::string, std::string>(action(index).id, field));
  // A date in words too, so that a day and month the wrong way round are seen.
  if (field == "due" && action(index).due) wrapped(2, "That is " + value_now(action(index), field) + ".");
  return true;
}

// Whether `reference` ("contact-1.owner") is text, which check looks at for personal data.
bool PlanWalkthrough::is_text(const std::string& reference, const std::string& value) const {
  const auto change = analysis::plan_field_change(m_plan.loaded.plan, *m_plan.loaded.framework, reference, value);
  const auto* field = std::get_if<analysis::PlanFieldChange>(&change);
  return field && field->is_text;
}

}  // namespace coprod::cli
