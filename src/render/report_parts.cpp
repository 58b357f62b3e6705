// The parts of the evidence pack, numbered, for page 1 to point to on paper.

#include "render/report_parts.hpp"

#include <cctype>

#include <fmt/format.h>

#include "render/report_no_evidence.hpp"
#include "render/report_row_changes.hpp"
#include "render/row_words.hpp"

namespace coprod::render {

std::vector<PartOfReport> report_parts(const Report& report) {
  const bool with_scores = !report.without_scores;
  std::vector<PartOfReport> parts;
  parts.push_back({ReportPart::summary, "summary", "Summary"});
  parts.push_back({ReportPart::about, "about", "About this report"});
  if (with_scores && !report_every_period(report).empty())
    parts.push_back({ReportPart::every_period, "periods", "Section scores in every period"});
  if (!report_row_moves(report).empty())
    parts.push_back({ReportPart::row_changes, k_row_changes_id, row_changes_title(report)});
  if (no_evidence_summary_text(report))
    parts.push_back({ReportPart::no_evidence, k_no_evidence_id, no_evidence_title(report)});
  if (report.comparison && with_scores)
    parts.push_back({ReportPart::differences, "conversation", "Where the perspectives differ"});
  if (!report.scores_only) {
    parts.push_back({ReportPart::rows, "rows",
                     fmt::format("Every {} and its evidence", row_words(*report.inputs.front()->framework).one)});
    parts.push_back({ReportPart::reflections, "reflections", "Reflections and next steps"});
  }
  if (report.plan) parts.push_back({ReportPart::plan, "plan", plan_heading(*report.plan)});
  parts.push_back({ReportPart::glossary, "glossary", "Words and abbreviations"});
  return parts;
}

std::string part_heading(const Report& report, ReportPart part) {
  const auto parts = report_parts(report);
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (parts[i].part == part) return fmt::format("Part {}: {}", i + 1, parts[i].title);
  }
  return "";  // a part this pack does not have: nothing points to one
}

// As GitHub makes an anchor: lower case, spaces to hyphens, other punctuation left out.
std::string part_markdown_anchor(const Report& report, ReportPart part) {
  std::string anchor;
  for (const char c : part_heading(report, part)) {
    const auto byte = static_cast<unsigned char>(c);
    if (c == ' ') anchor += '-';
    else if (std::isalnum(byte) != 0 || c == '-' || c == '_' || byte >= 0x80)
      anchor += static_cast<char>(std::tolower(byte));
  }
  return anchor;
}

}  // namespace coprod::render
