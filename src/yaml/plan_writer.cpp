#include "yaml/plan_writer.hpp"

#include <fmt/format.h>

#include "util/text.hpp"
#include "yaml/assessment_writer.hpp"
#include "yaml/plan_loader.hpp"
#include "yaml/scalar_writer.hpp"

namespace coprod::yaml {

namespace {

std::string flow_list(const std::vector<std::string>& items) {
  std::vector<std::string> quoted;
  for (const auto& item : items) quoted.push_back(scalar(item));
  return fmt::format("[{}]", util::join(quoted, ", "));
}

// The blank line and comment above 'asks_of_the_board:'.
std::string asks_of_the_board_heading() {
  return "\n" + comment_lines(
                    "What the group asks the board to do, each in a short sentence (\"Agree to ...\", "
                    "\"Note ...\"): page 1 of the evidence pack opens with them.");
}

// 'asks_of_the_board:' and its items, below its heading; "" when there are none.
std::string write_asks_of_the_board(const std::vector<std::string>& asks) {
  if (asks.empty()) return "";
  std::string out = asks_of_the_board_heading() + "asks_of_the_board:\n";
  for (const auto& ask : asks) out += write_ask_item(ask);
  return out;
}

}  // namespace

NewListPlace asks_of_the_board_place() {
  return {{"format", "framework", "framework_version", "area", "period", "assessments", "reflections"},
          asks_of_the_board_heading()};
}

std::string write_ask_item(const std::string& ask) { return "  - " + scalar(ask) + "\n"; }

std::string write_action_item(const model::Action& action, const std::string& why) {
  std::string out = "\n";
  if (!why.empty()) out += comment_lines(why, 2);
  out += fmt::format("  - id: {}\n", action.id);
  if (action.carried_from)
    out += fmt::format("    carried_from: {}  # the plan it was first agreed in, not finished since\n",
                       action.carried_from->to_string());
  out +=
      action.what.empty() ? "    what:      # the action agreed, in a sentence\n" : text_field("what", action.what, 4);
  out += fmt::format("    sections: {}\n", flow_list(action.sections));
  out += fmt::format("    rows: {}\n", flow_list(action.rows));
  out += action.owner ? text_field("owner", *action.owner, 4) : "    owner:     # a role, such as \"Programme lead\"\n";
  out += action.due ? fmt::format("    due: {}\n", action.due->to_string()) : "    due:       # YYYY-MM-DD\n";
  out += fmt::format("    status: {}  # open, in-progress, done or dropped\n", model::action_status_id(action.status));
  out += action.target ? fmt::format("    target: {}\n", action.target->to_string())
                       : "    target:    # the section score the area hopes to reach, such as 3.5\n";
  if (action.notes) out += text_field("notes", *action.notes, 4);
  return out;
}

std::string write_plan_file(const model::Plan& plan, const std::vector<std::string>& why, std::string_view schema_url,
                            std::string_view sheet_shows) {
  std::string out;
  if (!schema_url.empty()) out += fmt::format("# yaml-language-server: $schema={}\n#\n", schema_url);
  out += comment_lines(fmt::format("Action plan for {}, following the {} review.", plan.area, plan.period.to_string()));
  out += comment_lines(
      fmt::format("Agree the actions together, as the guide advises: action planning tends to be most effective "
                  "when done collaboratively. 'coprod plan' shows, for each section, {}; 'coprod plan --review' "
                  "follows the actions up next quarter.",
                  sheet_shows));
  out += '\n';
  out += fmt::format("format: {}\n", k_plan_format);
  out += fmt::format("framework: {}\n", plan.framework_id);
  out += fmt::format("framework_version: {}\n", plan.framework_version);
  out += fmt::format("area: {}\n", scalar(plan.area));
  out += fmt::format("period: {}\n", plan.period.to_string());
  out += "assessments:\n";
  for (const auto& file : plan.assessments) out += fmt::format("  - {}\n", scalar(file));
  out += '\n';
  out += comment_lines(
      "Reflections and next steps: what was surprising, what "
      "challenged, what was learnt, and the emerging priorities. Keep notes about people's concerns "
      "generalised (\"Some people in the group felt...\").");
  out += write_reflections_entry(plan.reflections);
  out += write_asks_of_the_board(plan.asks_of_the_board);
  out += "\nactions:\n";
  for (std::size_t i = 0; i < plan.actions.size(); ++i)
    out += write_action_item(plan.actions[i], i < why.size() ? why[i] : "");
  return out;
}

}  // namespace coprod::yaml
