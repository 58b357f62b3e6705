// The scores workbook: Summary (with the web as a radar chart), Change, Rows, Plan,
// Web data and Abbreviations sheets, built as plain values (render/workbook.hpp).

#include <cctype>
#include <string>
#include <utility>

#include "analysis/comparison.hpp"
#include "model/perspective.hpp"
#include "render/comparison.hpp"
#include "render/default_title.hpp"
#include "render/period_words.hpp"
#include "render/report.hpp"
#include "render/workbook.hpp"
#include "render/workbook_abbreviations.hpp"
#include "render/workbook_about.hpp"
#include "render/workbook_change.hpp"
#include "render/workbook_pack_view.hpp"
#include "render/workbook_plan.hpp"
#include "render/workbook_row_changes.hpp"
#include "render/workbook_rows.hpp"
#include "render/workbook_summary.hpp"
#include "render/workbook_web.hpp"

namespace coprod::render {

namespace {

// 1980-01-01, the earliest date a zip file can hold: the workbook's date when
// none is given, so the file does not change from one day to the next.
constexpr long k_default_created_seconds = 315532800;

// Each input's name in column headings: its perspective when the inputs
// differ only by perspective, else "organisation, 2026-Q3" and so on.
std::vector<std::string> input_names(const analysis::Comparison& comparison) {
  std::vector<std::string> names;
  for (std::size_t i = 0; i < comparison.inputs.size(); ++i) {
    const auto perspective = comparison.inputs[i]->assessment->perspective;
    std::string name = comparison.kind == analysis::ComparisonKind::perspectives
                           ? std::string(model::perspective_title(perspective))
                           : analysis::input_title(comparison, i);
    if (!name.empty()) name[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(name[0])));
    names.push_back(std::move(name));
  }
  return names;
}

// Under the key to the web, a blank row apart, beside the chart, where the earlier periods' scores are
// (earlier_period_lines()), as the Summary has none of them. (The months of each period are under the title.)
void add_earlier_periods(Sheet& summary, const std::vector<std::string>& earlier) {
  if (earlier.empty()) return;
  summary.rows.emplace_back();
  for (const auto& line : earlier) summary.rows.push_back({Cell::of_text(line)});
}

}  // namespace

Workbook build_scores_workbook(const ScoresWorkbookInput& input) {
  const auto comparison = analysis::compare(input.inputs, 1.5);
  const auto names = input_names(comparison);
  Workbook workbook;
  workbook.title = input.title.empty() ? default_title(input.inputs) : input.title;
  workbook.subject = comparison.framework->title;
  workbook.created_seconds = input.date ? input.date->days_since_epoch() * 86400L : k_default_created_seconds;
  const Report pack = workbook_pack_view(input, comparison);
  Sheet summary =
      summary_sheet(comparison, names, workbook.title, periods_in_words(input.inputs, input.previous), pack.date,
                    input.redacted_notes, input.plan ? input.plan->asks_of_the_board : std::vector<std::string>{});
  Sheet data = web_data_sheet(comparison, names);
  add_web_key(summary, comparison);
  summary.chart = web_chart(data, names, summary.rows.size() - comparison.sections.size() - 2);
  add_earlier_periods(summary, earlier_period_lines(pack));
  workbook.sheets.push_back(std::move(summary));
  Sheet change = change_sheet(comparison, names, input.previous);
  if (change.rows.front().size() > 1) workbook.sheets.push_back(std::move(change));
  if (auto row_changes = row_changes_sheet(pack)) workbook.sheets.push_back(std::move(*row_changes));
  workbook.sheets.push_back(rows_sheet(comparison, names, input.scores_only));
  for (auto sheet : {about_scores_sheet(pack), reflections_sheet(pack)})
    if (sheet) workbook.sheets.push_back(std::move(*sheet));
  if (input.plan)
    workbook.sheets.push_back(
        plan_sheet(*input.plan, *comparison.framework, input.review, plan_statuses_text(pack), input.inputs, names));
  workbook.sheets.push_back(std::move(data));
  workbook.page_header = default_title(input.inputs);
  if (auto abbreviations = abbreviations_sheet(workbook, comparison.framework->glossary)) {
    // Under the key to the web, a blank row apart, beside the chart (which is taller), so the Summary prints as
    // before.
    auto& summary_rows = workbook.sheets.front().rows;
    summary_rows.emplace_back();
    summary_rows.push_back({Cell::of_text("Abbreviations: see the last sheet")});
    workbook.sheets.push_back(std::move(*abbreviations));
  }
  for (auto& sheet : workbook.sheets) set_up_printing(sheet);
  return workbook;
}

}  // namespace coprod::render
