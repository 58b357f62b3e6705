// plan --edit --interactive's last question: what the plan asks the board to
// do, shown, and each ask typed added as --add-ask adds it
// (cli/plan_walkthrough.hpp).

#include <fmt/format.h>

#include "cli/error.hpp"
#include "cli/plan_edit.hpp"
#include "cli/plan_walkthrough.hpp"
#include "util/text.hpp"
#include "util/typed_text.hpp"

namespace coprod::cli {

// Shows what the plan asks the board to do and offers to add more, each as
// --add-ask adds it, until Enter or q; true for b, to go back to adding actions.
bool PlanWalkthrough::add_board_asks() {
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

}  // namespace coprod::cli
