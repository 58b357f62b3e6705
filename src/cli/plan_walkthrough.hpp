#pragma once
// plan --edit PLAN --interactive's walk through a plan at the terminal: the
// session's state and what it asks. Each part of the walk is in a file of
// its own:
//   plan_interactive.cpp             the session's flow: start, the actions in turn, the end
//   plan_interactive_action.cpp      an action's questions: each value asked, saved, or the action removed
//   plan_interactive_new_action.cpp  the offer to add an action: its section and rows
//   plan_interactive_asks.cpp        what the plan asks the board to do: shown, and added to

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "cli/error.hpp"
#include "cli/plan_edit.hpp"
#include "cli/session_terminal.hpp"
#include "model/framework.hpp"
#include "model/framework_catalog.hpp"
#include "model/plan.hpp"

namespace coprod::cli {

class PlanWalkthrough {
 public:
  PlanWalkthrough(const PlanEditOptions& options, Console& console);

  // The plan's actions in turn, the offer to add more, then the asks of the
  // board; says what changed. Returns the exit code.
  int run();

 private:
  struct Question {
    const char* field;
    const char* prompt;
    InputKind kind;
  };
  // How an action's questions (or one question) ended.
  enum class Asked { answered, removed, back, stopped };
  // How the offer to add an action ended.
  enum class Added { added, none, back };
  // How adding an action went: added, refused (its rows are asked again) or given up.
  enum class Adding { added, refused, given_up };
  // The rows typed for a new action ("2.3 2.4"), or b to ask its section again.
  struct RowsTyped {
    bool back = false;
    std::vector<std::string> rows;
  };

  // An action's questions, in the order asked (plan_interactive_action.cpp).
  static const std::vector<Question> k_questions;

  std::size_t actions_count() const { return m_plan.loaded.plan.actions.size(); }
  const model::Action& action(std::size_t index) const { return m_plan.loaded.plan.actions[index]; }
  std::size_t width() const { return m_terminal.width(); }
  void say(std::string_view text) { m_terminal.say(text); }
  void wrapped(std::size_t indent, std::string_view text) { m_terminal.wrapped(indent, text); }
  std::optional<std::string> read(std::string_view prompt, InputKind kind) { return m_terminal.read(prompt, kind); }

  // plan_interactive.cpp
  // The line of = above each action and the offer to add one.
  void rule();
  void walk(std::size_t index);
  std::string changes() const;
  void keys();
  void warnings_still_standing();
  // `text` ending in a full stop, unless it ends in a question ("did you mean 'contact'?").
  static std::string sentence(const std::string& text);
  // Why `error` refused an answer, without the option it names first (`prefix`, as
  // "--set contact-1.due: "): at the prompt the option was not typed.
  static std::string reason(const Error& error, const std::string& prefix);

  // plan_interactive_action.cpp
  void show(std::size_t index);
  std::string value_now(const model::Action& a, const std::string& field) const;
  Asked ask_action(std::size_t index, std::size_t first);
  Asked ask(std::size_t index, const Question& question, bool can_go_back);
  bool remove(std::size_t index);
  bool save(std::size_t index, const std::string& field, const std::string& value);
  bool is_text(const std::string& reference, const std::string& value) const;

  // plan_interactive_new_action.cpp
  Added add_action();
  std::optional<std::string> new_action_section();
  static std::string listed_section(const model::FrameworkSection& section);
  std::optional<RowsTyped> new_action_rows(const std::string& section);
  Adding add(const std::string& section, const std::vector<std::string>& rows);

  // plan_interactive_asks.cpp
  bool add_board_asks();

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

}  // namespace coprod::cli
