#pragma once
// Writes an action plan file for people to complete in any editor.

#include <string>
#include <string_view>
#include <vector>

#include "model/plan.hpp"
#include "yaml/tree_edit.hpp"

namespace coprod::yaml {

// `why` gives, per action (same order), a comment line saying why it is
// there; `schema_url` is as for write_assessment_file(); `sheet_shows` is what
// 'coprod plan' shows for each section, for the comment at the top
// (render::plan_sheet_shows()).
std::string write_plan_file(const model::Plan& plan, const std::vector<std::string>& why, std::string_view schema_url,
                            std::string_view sheet_shows);

// Where 'asks_of_the_board' goes in a plan without it, as write_plan_file()
// writes it: after the keys written before it, below a blank line and its comment.
NewListPlace asks_of_the_board_place();

// One item of 'asks_of_the_board': "  - Agree to ...\n", quoted only when it has to be.
std::string write_ask_item(const std::string& ask);

// One action as write_plan_file() writes it in the 'actions:' list: a blank
// line, `why` as a comment (none when empty), then "  - id: ..." and its keys.
std::string write_action_item(const model::Action& action, const std::string& why);

}  // namespace coprod::yaml
