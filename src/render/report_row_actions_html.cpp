// The plan's actions beside a row, in the pack's HTML: on page 1 under each of
// the largest differences, and in "Where the perspectives differ" under each
// row an action names (report_row_actions.hpp says them in words).

#include <fmt/format.h>

#include "render/report_html_parts.hpp"
#include "util/escape.hpp"

namespace coprod::render {

std::string row_actions_html(const Report& report, const analysis::RowComparison& row,
                             const std::vector<RowAction>& actions, RowActionNames names) {
  const std::string part = plan_part_number(report);
  const auto escaped = [](std::string_view words) { return util::xml_text(words); };
  const auto linked = [&](const RowAction& action) -> std::string {
    const std::string href = fmt::format("#action-{}", action.index + 1);
    if (names == RowActionNames::plan_numbers)
      return fmt::format("<a href=\"{}\">{}</a>", href, util::xml_text(plan_action_pointer(report, action)));
    return fmt::format("<a href=\"{}\">{}</a>{}", href, util::xml_text(action.what),
                       action.cut ? fmt::format(" (in full in {})", util::xml_text(part)) : "");
  };
  return row_actions_words(row, actions, escaped, linked, names);
}

}  // namespace coprod::render
