// The plan's actions beside a row, in the pack's HTML: on page 1 under each of
// the largest differences, and in "Where the perspectives differ" under each
// row an action names (report_row_actions.hpp says them in words).

#include <fmt/format.h>

#include "render/report_html_parts.hpp"
#include "util/escape.hpp"

namespace coprod::render {

std::string row_actions_html(const Report& report, const analysis::RowComparison& row,
                             const std::vector<RowAction>& actions, bool by_number) {
  const std::string part = plan_part_number(report);
  const auto escaped = [](std::string_view words) { return util::xml_text(words); };
  if (by_number) {
    const auto number = [](const RowAction& action) {
      return fmt::format("<a href=\"#action-{0}\">{0}</a>", action.index + 1);
    };
    return row_actions_by_number(row_words(*report.inputs.front()->framework), row, actions, escaped, number, part);
  }
  const auto linked = [&](const RowAction& action) {
    return fmt::format("<a href=\"#action-{}\">{}</a>{}", action.index + 1, util::xml_text(action.what),
                       action.cut ? fmt::format(" (in full in {})", util::xml_text(part)) : "");
  };
  return row_actions_words(row_words(*report.inputs.front()->framework), row, actions, escaped, linked);
}

}  // namespace coprod::render
