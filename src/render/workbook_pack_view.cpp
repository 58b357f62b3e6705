// The workbook's inputs as the evidence pack sees them (workbook_pack_view.hpp).

#include "render/workbook_pack_view.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "render/missing_score.hpp"
#include "render/report_no_evidence.hpp"
#include "render/report_parts.hpp"
#include "render/report_row_changes.hpp"
#include "render/workbook_change.hpp"
#include "render/workbook_row_changes.hpp"
#include "render/workbook_rows.hpp"
#include "util/text.hpp"

namespace coprod::render {

namespace {

// The periods in words, as a list: "2026-Q2 and 2026-Q3".
std::string periods_listed(const std::vector<model::Period>& periods) {
  std::vector<std::string> words;
  for (const auto& period : periods) words.push_back(period.to_string());
  return util::join_in_words(words);
}

void add_once(std::vector<model::Period>& periods, const model::Period& period) {
  if (std::find(periods.begin(), periods.end(), period) == periods.end()) periods.push_back(period);
}

}  // namespace

Report workbook_pack_view(const ScoresWorkbookInput& input, const analysis::Comparison& comparison) {
  Report report;
  report.title = input.title;
  report.inputs = input.inputs;
  report.previous = input.previous;
  if (input.inputs.size() > 1) report.comparison = comparison;
  report.plan = input.plan;
  if (input.review) report.plan_review = *input.review;
  if (input.date) report.date = input.date->to_string();
  report.scores_only = input.scores_only;
  report.redacted_notes = input.redacted_notes;
  return report;
}

std::vector<std::string> evidence_and_row_change_lines(const Report& report) {
  std::vector<std::string> lines;
  if (report.inputs.empty()) return lines;
  const model::Framework& framework = *report.inputs.front()->framework;
  if (const auto text = no_evidence_summary_text(report))
    lines.push_back(
        fmt::format("{}: see “{}” on the {} sheet.", *text, k_no_evidence_given_words, rows_sheet_name(framework)));
  if (const auto text = row_changes_summary_text(report))
    lines.push_back(fmt::format("{}: see the {} sheet.", *text, row_changes_sheet_name(framework)));
  return lines;
}

std::vector<std::string> earlier_period_lines(const Report& report) {
  std::vector<model::Period> on_change_sheet;
  for (std::size_t i = 0; i < report.inputs.size(); ++i)
    if (const auto earlier = previous_of(report, i)) add_once(on_change_sheet, earlier->assessment->period);
  std::vector<model::Period> in_pack_only;
  for (const auto& period : report_every_period(report)) {
    const bool earlier = std::any_of(report.previous.begin(), report.previous.end(),
                                     [&](const auto& result) { return result->assessment->period == period; });
    if (earlier && std::find(on_change_sheet.begin(), on_change_sheet.end(), period) == on_change_sheet.end())
      add_once(in_pack_only, period);
  }
  std::vector<std::string> lines;
  if (!on_change_sheet.empty())
    lines.push_back(fmt::format("Scores in {}, and the change since: see the {} sheet.",
                                periods_listed(on_change_sheet), k_change_sheet));
  const std::string every_period = part_heading(report, ReportPart::every_period);
  if (!in_pack_only.empty() && !every_period.empty())
    lines.push_back(
        fmt::format("Scores in {}: see “{}” in the evidence pack.", periods_listed(in_pack_only), every_period));
  return lines;
}

}  // namespace coprod::render
