#pragma once
// Beside each row page 1 lists among the largest differences: the plan's
// actions that name that row, or its section, each with its status, done ones
// included, so that a reader can tell what is being done about a gap, or that
// nothing is ("No action in the plan names this row or its section."). "Where
// the perspectives differ" says it in the same words under each row an action
// names (and nothing under the others). The pack's HTML and report.md say it
// alike; the action plan's part numbers its actions and lists each one's rows,
// for a reader to follow it there.

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "analysis/comparison.hpp"
#include "render/report.hpp"
#include "render/row_words.hpp"

namespace coprod::render {

// Page 1 gives an action's first 15 words (a longer one ends "…" and says
// where it is in full): the row beside it has the room of the line.
inline constexpr std::size_t k_row_action_words = 15;

// "No action in the plan names this row or its section."; "... names this section." where each section is its
// row (row_words()).
std::string no_row_action_words(const RowWords& words);

struct RowAction {
  std::size_t index = 0;  // into the plan's actions
  // Names the row itself, else only its section; where each section is its row (RowWords::sections), naming
  // either names the row.
  bool names_row = false;
  std::string what;  // its first words, "…" after them when cut; "action to be agreed" for a draft
  bool cut = false;
  // "done", "in progress", "overdue", as the action plan's part says it; a done
  // action whose score hoped for is not reached yet says so, "done; score hoped
  // for not reached yet", so that "done" does not read as the gap closed.
  std::string status;
  // The row page 1 gave it beside before ("row 1.4", or "section 4" where
  // the section is its row), for the line to say so rather than give it
  // again; empty the first time.
  std::string given_under;
};

// The actions page 1 has given beside its rows so far, each with that row as
// named ("row 1.4"), in the order given.
using RowActionsGiven = std::vector<std::pair<std::size_t, std::string>>;

// The plan's actions that name `row` itself, then those that name only its
// section, each in the plan's order; none without a plan. Each is added to
// `given` with the row's number, once.
std::vector<RowAction> row_actions(const Report& report, const analysis::RowComparison& row, RowActionsGiven& given);

// The line in words: "Action on this row: Invite the director … each quarter
// (done; score hoped for not reached yet)."; "Actions on this row: A (done);
// B (open). Also on section 1: C (in progress)."; "Action on section 2: the
// one under row 2.3 (open)."; no_row_action_words() for none. Where each
// section is its row (`words`), "Action on this section: ...". `text` escapes
// words for the medium and `action_words` gives an action's words in it (a
// link, a pointer to where it is in full when cut).
std::string row_actions_words(const RowWords& words, const analysis::RowComparison& row,
                              const std::vector<RowAction>& actions,
                              const std::function<std::string(std::string_view)>& text,
                              const std::function<std::string(const RowAction&)>& action_words);

// The same line where page 1 has no room for the actions' words: each action
// by its number in the action plan's part, `part` ("Part 8"), which numbers
// its actions so, those of one status together: "Action on this row: action
// 1 in Part 8 (done). Also on section 1: actions 2 and 3 in Part 8 (open).";
// a run of three or more, "actions 1 to 8 in Part 8 (open)". Never "the one
// under row 1.4": that row shows no words either. `number` gives an action's
// number in the medium (a link to it).
std::string row_actions_by_number(const RowWords& words, const analysis::RowComparison& row,
                                  const std::vector<RowAction>& actions,
                                  const std::function<std::string(std::string_view)>& text,
                                  const std::function<std::string(const RowAction&)>& number, std::string_view part);

// "Part 8", the action plan's part as a pointer to an action cut short names it.
std::string plan_part_number(const Report& report);

}  // namespace coprod::render
