#pragma once
// An action plan agreed after the reflection tool's conversation (section
// 5.4.4 of the guide: reflections and next steps): actions with owners, dates
// and the score hoped for, kept in its own YAML file beside the assessments.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/assessment.hpp"
#include "model/date.hpp"
#include "model/period.hpp"
#include "model/score.hpp"

namespace coprod::model {

enum class ActionStatus { open, in_progress, done, dropped };

std::optional<ActionStatus> parse_action_status(std::string_view text);
// A status as people say or type it: its id, or the words the pack prints
// for it ("in progress"), in any capitals, with a space, hyphen or
// underscore between words ("In progress", "in_progress").
std::optional<ActionStatus> action_status_from_words(std::string_view text);
std::string_view action_status_id(ActionStatus status);  // "in-progress"
inline constexpr std::string_view k_action_status_ids = "open, in-progress, done or dropped";

struct Action {
  std::string id;
  std::string what;                   // empty while the action is still a draft
  std::vector<std::string> sections;  // section ids it addresses
  std::vector<std::string> rows;      // "section.row" references
  std::optional<std::string> owner;
  std::optional<Date> due;
  ActionStatus status = ActionStatus::open;
  std::optional<Score> target;  // the section score the area hopes to reach
  std::optional<std::string> notes;
  // The period of the plan it was first agreed in, when 'plan --write --from'
  // carried it, unfinished, into a later plan ("2026-Q3").
  std::optional<Period> carried_from;
  util::Position position;

  bool is_finished() const { return status == ActionStatus::done || status == ActionStatus::dropped; }
  bool is_overdue(const Date& today) const { return !is_finished() && due && *due < today; }
};

// An action's keys in the order a plan file writes them.
inline const std::vector<std::string> k_action_keys = {"id",    "carried_from", "what",   "sections", "rows",
                                                       "owner", "due",          "status", "target",   "notes"};

struct Plan {
  std::string source;
  std::string framework_id;
  int framework_version = 1;
  std::string area;
  Period period = *Period::parse("2026-Q1");
  std::vector<std::string> assessments;  // the files it was made from, relative to the plan
  Reflections reflections;
  // What the co-production group asks the board to do ("Agree to fund
  // travel for peer network members"), each a short item of text, in the
  // order the board paper lists them: page 1 of the evidence pack opens with
  // them. Empty when the plan has none (no 'asks_of_the_board:').
  std::vector<std::string> asks_of_the_board;
  std::vector<Action> actions;
};

}  // namespace coprod::model
