#include "render/workbook_plan.hpp"

#include <algorithm>
#include <string_view>
#include <vector>

#include <fmt/format.h>

#include "model/sections_as_rows.hpp"
#include "render/comparison.hpp"
#include "render/input_names.hpp"
#include "render/plan.hpp"
#include "util/text.hpp"

namespace coprod::render {

namespace {

// Excel counts days from 1899-12-30; the Unix epoch is its day 25569.
constexpr long k_excel_day_of_unix_epoch = 25569;

// `reviewed` is the action's review, when there is one.
std::string status_of(const model::Action& action, const analysis::ActionReview* reviewed) {
  return with_carried_over(reviewed ? plan_review_status(*reviewed) : plan_action_status(action), action);
}

// The action's place in the plan ("1") stands for it: its id ("commitment-1")
// is for the plan file and scripts.
// Where every section is its one row (`rows_column` false), the Sections column also names the section of a row
// the action names, as the pack's table does, and there is no Rows column: a row's number says nothing its
// section does not.
std::vector<Cell> action_line(std::size_t place, const model::Action& action, const model::Framework& framework,
                              const analysis::ActionReview* reviewed, const analysis::AssessmentResults& inputs,
                              bool rows_column) {
  std::vector<Cell> line = {Cell::of_text(std::to_string(place)), Cell::of_text(action.what)};
  if (rows_column) {
    line.push_back(Cell::of_text(action_section_labels(action, framework)));
    line.push_back(Cell::of_text(action_row_numbers(action, framework)));
  } else {
    line.push_back(Cell::of_text(action_section_labels_with_rows(action, framework)));
  }
  line.push_back(Cell::of_text(action.owner.value_or("")));
  line.push_back(action.due
                     ? Cell::of_number(static_cast<double>(action.due->days_since_epoch() + k_excel_day_of_unix_epoch),
                                       CellStyle::date)
                     : Cell::blank());
  line.push_back(Cell::of_text(status_of(action, reviewed)));
  if (action.target && action.target->is_scored())
    line.push_back(Cell::of_number(action.target->value(), CellStyle::score));
  else if (action.target && action.target->is_not_applicable())
    line.push_back(Cell::of_text("n/a", CellStyle::missing));
  else line.push_back(Cell::blank());
  line.push_back(Cell::of_text(plan_target_progress(inputs, action)));
  line.push_back(Cell::of_text(action.notes.value_or("")));
  return line;
}

// The longest word (run of characters between spaces or line breaks) of the column's text, in characters
// as they print.
std::size_t longest_word(const Sheet& sheet, std::size_t column) {
  std::size_t longest = 0;
  for (const auto& row : sheet.rows) {
    if (column >= row.size() || row[column].kind != Cell::Kind::text) continue;
    std::string_view text = row[column].text;
    while (!text.empty()) {
      const std::size_t end = std::min(text.find_first_of(" \n"), text.size());
      longest = std::max(longest, util::display_width(text.substr(0, end)));
      text.remove_prefix(std::min(end + 1, text.size()));
    }
  }
  return longest;
}

// Each column at least as wide as its longest word, up to 16 characters (a
// word prints in about a digit's width a character), so LibreOffice does not
// break a word such as "commissioning" inside it; the room taken from "What
// will be done", down to 16 characters, so the sheet still prints legibly one page across.
void widen_for_words(Sheet& sheet) {
  constexpr std::size_t k_shared_column = 1;
  constexpr double k_widest_word = 16;
  constexpr double k_narrowest_shared = 16;
  for (std::size_t column = 0; column < sheet.widths.size(); ++column) {
    if (column == k_shared_column) continue;
    const double wanted = std::min(static_cast<double>(longest_word(sheet, column)), k_widest_word);
    const double spare = sheet.widths[k_shared_column] - k_narrowest_shared;
    const double added = std::clamp(wanted - sheet.widths[column], 0.0, spare);
    sheet.widths[column] += added;
    sheet.widths[k_shared_column] -= added;
  }
}

// Who the letters of "Reached? (scores now)" are, as the Summary sheet names them, when any action has a
// score hoped for and the inputs go by letters (not by their perspectives, "organisation 3.7, peer network
// 2.5"): "The letters under Reached? (scores now): A: Organisation, Northbridge; B: Organisation, Southvale."
std::string letters_key(const model::Plan& plan, const analysis::AssessmentResults& inputs,
                        const std::vector<std::string>& names) {
  const bool any_target = std::any_of(plan.actions.begin(), plan.actions.end(),
                                      [](const model::Action& action) { return action.target.has_value(); });
  if (!any_target || names.empty() || !inputs_lettered(inputs)) return "";
  std::vector<std::string> parts;
  for (std::size_t i = 0; i < names.size(); ++i) parts.push_back(fmt::format("{}: {}", input_letter(i), names[i]));
  return fmt::format("The letters under Reached? (scores now): {}.", util::join(parts, "; "));
}

}  // namespace

Sheet plan_sheet(const model::Plan& plan, const model::Framework& framework, const analysis::PlanReview* review,
                 std::string_view statuses, const analysis::AssessmentResults& inputs,
                 const std::vector<std::string>& names) {
  Sheet sheet;
  sheet.name = "Plan";
  const bool rows_column = !model::every_section_is_its_row(framework);
  std::vector<Cell> header;
  for (const std::string_view heading : {"Action", "What will be done", "Sections", "Rows", "Owner", "Due", "Status",
                                         "Score hoped for", "Reached? (scores now)", "Notes"}) {
    if (rows_column || heading != "Rows") header.push_back(Cell::of_text(heading, CellStyle::header));
  }
  sheet.rows.push_back(std::move(header));
  for (std::size_t i = 0; i < plan.actions.size(); ++i) {
    // The review has one item per action, in the plan's order.
    const analysis::ActionReview* reviewed = review && i < review->actions.size() ? &review->actions[i] : nullptr;
    sheet.rows.push_back(action_line(i + 1, plan.actions[i], framework, reviewed, inputs, rows_column));
  }
  if (plan.actions.empty()) sheet.rows.push_back({Cell::of_text("The plan has no actions yet.", CellStyle::note)});
  // 124 characters: one page across A4 at a legible size; with no Rows column, its room goes to the Sections
  // column, whose titles are then a leaflet's sentences.
  sheet.widths = rows_column ? std::vector<double>{8, 23, 13, 10, 11, 11, 11, 9, 16, 12}
                             : std::vector<double>{8, 23, 23, 11, 11, 11, 9, 16, 12};
  widen_for_words(sheet);
  // First, so a status never reads as today's: on what date the statuses hold (or that they are as written);
  // wrapped across the table, its words not widening the Action column.
  sheet.rows.insert(sheet.rows.begin(), {Cell::of_text(statuses)});
  sheet.spans.push_back({0, 0, sheet.widths.size() - 1});
  // A blank row, then the key across the table, so it prints within the page.
  if (const std::string key = letters_key(plan, inputs, names); !key.empty()) {
    sheet.rows.emplace_back();
    sheet.rows.push_back({Cell::of_text(key)});
    sheet.spans.push_back({sheet.rows.size() - 1, 0, sheet.widths.size() - 1});
  }
  // The statuses line and the headings, kept in view and printed atop every page: a page of a long plan read
  // on its own says on what date its statuses hold, in the same words and place as the first page (the page
  // header holds the areas and periods, and a footer would put it in small print away from the Status column).
  sheet.frozen_rows = 2;
  sheet.frozen_columns = 1;
  return sheet;
}

}  // namespace coprod::render
