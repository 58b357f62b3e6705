// The workbook's inputs as the evidence pack sees them (workbook_pack_view.hpp).

#include "render/workbook_pack_view.hpp"

#include <fmt/format.h>

#include "render/missing_score.hpp"
#include "render/report_no_evidence.hpp"
#include "render/report_row_changes.hpp"
#include "render/workbook_row_changes.hpp"

namespace coprod::render {

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
  if (const auto text = no_evidence_summary_text(report))
    lines.push_back(fmt::format("{}: see “{}” on the Rows sheet.", *text, k_no_evidence_given_words));
  if (const auto text = row_changes_summary_text(report))
    lines.push_back(fmt::format("{}: see the {} sheet.", *text, k_row_changes_sheet));
  return lines;
}

}  // namespace coprod::render
