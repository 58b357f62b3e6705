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
// ends.

#include <algorithm>

#include <fmt/format.h>

#include "analysis/plan_action_removal.hpp"
#include "analysis/plan_fields.hpp"
#include "analysis/plan_new_action.hpp"
#include "cli/error.hpp"
#include "cli/loading.hpp"
#include "cli/personal_data_warnings.hpp"
#include "cli/plan_edit.hpp"
#include "cli/session_terminal.hpp"
#include "model/typed_date.hpp"
#include "render/plan.hpp"
#include "util/add_once.hpp"
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
    {"status", "Status (open, in progress, done or dropped)?", InputKind::short_answer},
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

 private:
  std::size_t actions_count() const { return m_plan.loaded.plan.actions.size(); }

  // The plan's actions in turn from `index`, then the offer to add one, until Enter or q:
  // an action removed leaves its place to the one after it; b at an
  // action's first question goes back to the last question of the one
  // before, and at the offer to add one, to the last action's.
  void walk(std::size_t index) {
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
            "- clears it. Each answer is saved at once. Keys: b goes back to the question before, to change its "
            "answer; q stops; r removes the action (a draft or open one agreed in this plan); ? shows this.");
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
    if (field == "status") return render::plan_status_words(model::action_status_id(a.status));
    if (field == "target") return a.target ? a.target->to_string() : "";
    return a.notes.value_or("");
  }

  // How an action's questions (or one question) ended.
  enum class Asked { answered, removed, back, stopped };

  // The action's questions from `first` on; b at the first of them goes
  // back to the action before (Asked::back), when there is one.
  Asked ask_action(std::size_t index, std::size_t first) {
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
  Asked ask(std::size_t index, const Question& question, bool can_go_back) {
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

  std::optional<std::string> read(std::string_view prompt, InputKind kind) { return m_terminal.read(prompt, kind); }

  // How the offer to add an action ended.
  enum class Added { added, none, back };

  // Offers to add an action, asking its section and rows, and adds it as
  // --add-action does; none when none is added (Enter, q or the end of
  // input), back for b when there is an action to go back to. b at the rows
  // asks the section again; rows refused are asked again.
  Added add_action() {
    say(fmt::format("\n{}\n", std::string(std::min<std::size_t>(width(), 80), '=')));
    for (;;) {
      const auto section = new_action_section();
      if (!section) return Added::none;
      if (section->empty()) return Added::back;
      for (;;) {
        const auto rows = new_action_rows(*section);
        if (!rows) return Added::none;
        if (rows->back) break;
        const Adding adding = add(*section, rows->rows);
        if (adding == Adding::added) return Added::added;
        if (adding == Adding::given_up) return Added::none;
      }
    }
  }

  // The section of an action to add: nullopt to finish (Enter; q and the end
  // of input stop the session too), "" for b, when there is an action to go
  // back to. ? lists the sections.
  std::optional<std::string> new_action_section() {
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
  static std::string listed_section(const model::FrameworkSection& section) {
    const bool key_not_shown = !section.key.empty() && !section.number;
    return fmt::format("{} ({}{})", section.label(), key_not_shown ? section.key + " or " : "", section.id);
  }

  // The rows typed for a new action ("2.3 2.4"), or b to ask its section again.
  struct RowsTyped {
    bool back = false;
    std::vector<std::string> rows;
  };

  // The rows a new action for `section` is about: nullopt to stop the session
  // (q, the end of input); ? lists the section's rows.
  std::optional<RowsTyped> new_action_rows(const std::string& section) {
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

  // How adding an action went: added, refused (its rows are asked again) or given up.
  enum class Adding { added, refused, given_up };

  // Adds the action as --add-action does; else says why.
  Adding add(const std::string& section, const std::vector<std::string>& rows) {
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

  // Shows what the plan asks the board to do and offers to add more, each as
  // --add-ask adds it, until Enter or q; true for b, to go back to adding actions.
  bool add_board_asks() {
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
      if (!line || cleaned(*line).empty() || cleaned(*line) == "q") return false;
      if (cleaned(*line) == "b") return true;
      if (cleaned(*line) == "?") {
        wrapped(2,
                "Type one thing the group asks of the board, such as \"Agree to pay people's expenses within 2 "
                "weeks\", and press Enter; Enter alone finishes, b goes back to adding actions, q stops.");
        continue;
      }
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
      m_asks_typed.push_back(m_plan.loaded.plan.asks_of_the_board.size() - 1);
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
    if (is_text(reference, value))
      util::add_once(m_text_typed, std::pair<std::string, std::string>(action(index).id, field));
    // A date in words too, so that a day and month the wrong way round are seen.
    if (field == "due" && action(index).due) wrapped(2, "That is " + value_now(action(index), field) + ".");
    return true;
  }

  // Whether `reference` ("contact-1.owner") is text, which check looks at for personal data.
  bool is_text(const std::string& reference, const std::string& value) const {
    const auto change = analysis::plan_field_change(m_plan.loaded.plan, *m_plan.loaded.framework, reference, value);
    const auto* field = std::get_if<analysis::PlanFieldChange>(&change);
    return field && field->is_text;
  }

  // The warnings check gives, as the session ends, on the text typed in it
  // (an owner who looks like a person, an address in the notes or an ask) that still
  // stand: each was said as it was saved, and may have scrolled away.
  void warnings_still_standing() {
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

  std::string m_path;
  model::FrameworkCatalog m_catalog;
  SessionTerminal m_terminal;
  OpenPlan m_plan;
  std::size_t m_saved = 0;
  std::size_t m_added = 0;
  std::size_t m_removed = 0;
  std::size_t m_asks_added = 0;
  bool m_stopped = false;
  std::vector<std::pair<std::string, std::string>> m_text_typed;  // action id, field: text saved in the session
  std::vector<std::size_t> m_asks_typed;                          // the asks of the board added in the session
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
