// coprod plan --edit PLAN --interactive: a facilitator's walk through a
// plan's actions at the terminal, agreeing each one's what, owner, due date,
// status, target and notes; then adding the actions agreed that the plan
// does not have yet, as --add-action adds them. Each answer is saved at once,
// through set_plan_values() as --set saves it, so it is checked the same way.
// r takes a draft or open action out, as --remove-action does. Last, it
// shows what the plan asks the board to do and offers to add to it, as
// --add-ask does.

#include <fmt/format.h>

#include "analysis/plan_action_removal.hpp"
#include "analysis/plan_new_action.hpp"
#include "cli/error.hpp"
#include "cli/loading.hpp"
#include "cli/plan_edit.hpp"
#include "cli/session_terminal.hpp"
#include "model/typed_date.hpp"
#include "util/escape.hpp"
#include "util/text.hpp"
#include "util/typed_text.hpp"

namespace coprod::cli {

namespace {

struct Question {
  const char* field;
  const char* prompt;
  InputKind kind;
};

const std::vector<Question> k_questions = {
    {"what", "What is the action, in a sentence?", InputKind::text},
    {"owner", "Who owns it (a role, such as \"Programme lead\")?", InputKind::short_answer},
    {"due", "When is it due (such as 28/02/2027)?", InputKind::short_answer},
    {"status", "Status (open, in-progress, done or dropped)?", InputKind::short_answer},
    {"target", "The section score hoped for (such as 3.5)?", InputKind::short_answer},
    {"notes", "Notes?", InputKind::text},
};

// `text` ending in a full stop, unless it ends in a question ("did you mean 'contact'?").
std::string sentence(const std::string& text) { return text.ends_with('?') ? text : text + "."; }

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

class PlanWalkthrough {
 public:
  PlanWalkthrough(const PlanEditOptions& options, Console& console)
      : m_path(options.path),
        m_catalog(load_catalog(options.frameworks)),
        m_terminal(console, m_path, options.width, ShortAnswerRoom::none),
        m_plan(open_plan(m_path, m_catalog)) {}

  int run() {
    const auto& actions = m_plan.loaded.plan.actions;
    wrapped(0, fmt::format("Filling in {}: {}.", m_path, util::counted(actions.size(), "action", "actions")));
    keys();
    // An action removed: the one after it takes its place.
    for (std::size_t i = 0; i < actions.size() && !m_stopped;) {
      if (ask_action(i) != Asked::removed) ++i;
    }
    while (!m_stopped && add_action()) ask_action(m_plan.loaded.plan.actions.size() - 1);
    if (!m_stopped) add_board_asks();
    wrapped(0, m_saved + m_added + m_removed + m_asks_added == 0 ? fmt::format("\nNothing was changed in {}.", m_path)
                                                                 : fmt::format("\n{} in {}.", changes(), m_path));
    return k_exit_success;
  }

 private:
  std::size_t width() const { return m_terminal.width(); }
  void say(std::string_view text) { m_terminal.say(text); }
  void wrapped(std::size_t indent, std::string_view text) { m_terminal.wrapped(indent, text); }

  // What the session changed: "1 action added, 1 removed and 2 answers saved".
  std::string changes() const {
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

  void keys() {
    wrapped(0,
            "For each action, type the new value and press Enter, or press Enter alone to keep the value now; "
            "- clears it. Each answer is saved at once. Keys: q stops, r removes the action (a draft or open one "
            "agreed in this plan), ? shows this.");
  }

  const model::Action& action(std::size_t index) const { return m_plan.loaded.plan.actions[index]; }

  void show(std::size_t index) {
    const model::Action& a = action(index);
    const model::Framework& framework = *m_plan.loaded.framework;
    say(fmt::format("\n{}\n", std::string(std::min<std::size_t>(width(), 80), '=')));
    wrapped(0, fmt::format("Action {} of {}: {}", index + 1, m_plan.loaded.plan.actions.size(), a.id));
    if (a.carried_from)
      wrapped(2, fmt::format("Carried over from the {} plan, not finished there: follow it up, or set its status to "
                             "done or dropped",
                             a.carried_from->to_string()));
    for (const auto& section_id : a.sections) {
      if (const auto* section = framework.find_section(section_id)) wrapped(2, "Section: " + section->label());
    }
    for (const auto& reference : a.rows) {
      const auto dot = reference.find('.');
      const auto* section = framework.find_section(reference.substr(0, dot));
      const auto* row = section ? section->find_row(reference.substr(dot + 1)) : nullptr;
      std::string line = fmt::format("Row {}", section ? section->row_number(reference.substr(dot + 1)) : reference);
      if (row && row->warning) line += ", warning sign: " + row->warning->flattened();
      say(util::wrap_hanging(util::terminal_text(line), width(), 4, 6));
    }
  }

  std::string value_now(const model::Action& a, const std::string& field) const {
    if (field == "what") return a.what;
    if (field == "owner") return a.owner.value_or("");
    if (field == "due") return a.due ? model::in_words(*a.due) + " (" + a.due->to_string() + ")" : "";
    if (field == "status") return std::string(model::action_status_id(a.status));
    if (field == "target") return a.target ? a.target->to_string() : "";
    return a.notes.value_or("");
  }

  // How an action's questions ended.
  enum class Asked { answered, removed, stopped };

  Asked ask_action(std::size_t index) {
    show(index);
    for (const auto& question : k_questions) {
      const Asked asked = ask(index, question);
      if (asked == Asked::stopped) m_stopped = true;
      if (asked != Asked::answered) return asked;
    }
    return Asked::answered;
  }

  // Asks one value until it is kept or saved, the action is removed, or the session stops.
  Asked ask(std::size_t index, const Question& question) {
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
      if (word == "r") {
        if (remove(index)) return Asked::removed;
        continue;
      }
      if (save(index, question.field, word == "-" ? "" : std::string(util::trim(answer)))) return Asked::answered;
      m_terminal.answer_refused();
    }
  }

  std::optional<std::string> read(std::string_view prompt, InputKind kind) { return m_terminal.read(prompt, kind); }

  // Offers to add an action, asking its section and rows, and adds it as
  // --add-action does; false when none is added (Enter, q or the end of input).
  bool add_action() {
    say(fmt::format("\n{}\n", std::string(std::min<std::size_t>(width(), 80), '=')));
    std::string section;
    for (;;) {
      const char* question = m_plan.loaded.plan.actions.empty() ? "Add an action?" : "Add another action?";
      const auto line = read(fmt::format("{} Give a section number or name, or press Enter to finish:", question),
                             InputKind::short_answer);
      if (!line || cleaned(*line).empty() || cleaned(*line) == "q") return false;
      section = cleaned(*line);
      if (section == "?") {
        for (const auto& each : m_plan.loaded.framework->sections) wrapped(2, each.label() + " (" + each.id + ")");
        continue;
      }
      const auto named = analysis::named_section(*m_plan.loaded.framework, section);
      if (const auto* problem = std::get_if<std::string>(&named)) {
        wrapped(2, "Not added: " + sentence(*problem) + " Type ? to list the sections.");
        continue;
      }
      break;
    }
    for (;;) {
      const auto line = read("Which rows is it about (such as 2.3 2.4)? Enter for none:", InputKind::short_answer);
      if (!line || cleaned(*line) == "q") return false;
      const std::vector<std::string> rows = words(cleaned(*line));
      try {
        for (const auto& note : set_plan_values(m_path, m_catalog, {}, m_terminal.console(), NewAction{section, rows}))
          wrapped(2, "Saved: " + note + ".");
      } catch (const Error& error) {
        wrapped(2, "Not added: " + sentence(reason(error, "--add-action " + section + ": ")));
        if (error.code() == k_exit_usage) continue;
        return false;
      }
      ++m_added;
      m_plan = open_plan(m_path, m_catalog);
      return true;
    }
  }

  // Shows what the plan asks the board to do and offers to add more, each as --add-ask adds it, until Enter or q.
  void add_board_asks() {
    const auto& asks = m_plan.loaded.plan.asks_of_the_board;
    say("\n");
    wrapped(0, asks.empty() ? "What we ask the board to do: nothing yet. Page 1 of the evidence pack opens with it."
                            : "What we ask the board to do (page 1 of the evidence pack opens with it):");
    for (std::size_t i = 0; i < asks.size(); ++i) wrapped(2, fmt::format("{}. {}", i + 1, asks[i]));
    for (;;) {
      const auto line = read(
          "Add what the group asks the board to note, agree or decide, in a sentence, or press "
          "Enter to finish:",
          InputKind::text);
      if (!line || cleaned(*line).empty() || cleaned(*line) == "q") return;
      const std::string ask(util::trim(util::typed_text(*line)));
      try {
        for (const auto& note : set_plan_values(m_path, m_catalog, {}, m_terminal.console(), std::nullopt, {ask}))
          wrapped(2, "Saved: " + note + ".");
      } catch (const Error& error) {
        wrapped(2, "Not added: " + sentence(reason(error, "--add-ask: ")));
        m_terminal.answer_refused();
        continue;
      }
      ++m_asks_added;
      m_plan = open_plan(m_path, m_catalog);
    }
  }

  // Why `error` refused an answer, without the option it names first (`prefix`, as
  // "--set contact-1.due: "): at the prompt the option was not typed.
  static std::string reason(const Error& error, const std::string& prefix) {
    std::string why = error.diagnostics().empty() ? error.what() : error.diagnostics().front().message;
    if (why.starts_with(prefix)) why.erase(0, prefix.size());
    return why;
  }

  // r at an action: takes it out of the plan as --remove-action does, once
  // confirmed, or says why it stays (started, finished, carried over). True
  // when it was removed.
  bool remove(std::size_t index) {
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
  bool save(std::size_t index, const std::string& field, const std::string& value) {
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
    // A date in words too, so that a day and month the wrong way round are seen.
    if (field == "due" && action(index).due) wrapped(2, "That is " + value_now(action(index), field) + ".");
    return true;
  }

  std::string m_path;
  model::FrameworkCatalog m_catalog;
  SessionTerminal m_terminal;
  OpenPlan m_plan;
  std::size_t m_saved = 0;
  std::size_t m_added = 0;
  std::size_t m_removed = 0;
  std::size_t m_asks_added = 0;
  bool m_stopped = false;
};

}  // namespace

int run_plan_interactive(const PlanEditOptions& options, Console& console) {
  if (!console.in_is_terminal()) {
    throw Error(k_exit_usage,
                "--interactive needs a terminal to type the answers at; from a script, use --edit with --set");
  }
  return PlanWalkthrough(options, console).run();
}

}  // namespace coprod::cli
