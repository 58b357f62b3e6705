#include <fmt/format.h>

#include "analysis/gaps.hpp"
#include "model/sections_as_rows.hpp"
#include "render/comparison.hpp"
#include "render/missing_score.hpp"
#include "render/scores.hpp"
#include "util/escape.hpp"
#include "util/title_join.hpp"

namespace coprod::render {

namespace {

using util::markdown_inline_text;

// A row's early indicator (else its warning sign), whole; a row whose early
// indicator another row shares (two rows of the national tool do) adds its
// warning sign, so the two can be told apart, as the evidence pack does.
std::string row_wording(const model::Framework& framework, const model::FrameworkRow& row) {
  const auto& side = row.indicator ? row.indicator : row.warning;
  if (!row.indicator || !row.warning) return side->flattened();
  const std::string indicator = row.indicator->flattened();
  if (!indicator_is_shared(framework, row)) return indicator;
  return fmt::format("{} (warning sign: {})", indicator, row.warning->flattened());
}

// A row's score, with how many people scored it in a combined file: "2.5 (median of 3 people; range 2 to 3)".
std::string score_with_people(const analysis::RowResult& row) {
  const std::string people = people_spread_words(row);
  return row_score_words(row.score) + (people.empty() ? "" : markdown_inline_text(" (" + people + ")"));
}

// Where every section is its one row (the shorter guides), one table: each section's score, as its row's, and
// its evidence; no rows counted, no table of a section's one row repeating its title.
void append_sections_as_rows(std::string& out, const analysis::AssessmentResult& result) {
  out += "| Section | Score | Evidence |\n|---|---:|---|\n";
  for (const auto& section : result.sections) {
    const auto& row = section.rows.front();
    const std::string people = people_spread_words(row);
    out += fmt::format("| {} | {}{} | {} |\n", markdown_inline_text(section.section->label()),
                       section_score_text(section, k_not_scored_words),
                       people.empty() ? "" : markdown_inline_text(" (" + people + ")"),
                       row.has_evidence() ? markdown_inline_text(*row.response->evidence) : "");
  }
}

// Each section's score and the rows it counts, then each section's rows with their scores and evidence.
void append_sections_and_rows(std::string& out, const analysis::AssessmentResult& result) {
  out += "| Section | Score | Rows scored |\n|---|---:|---|\n";
  for (const auto& section : result.sections) {
    out += fmt::format("| {} | {} | {} |\n", markdown_inline_text(section.section->label()),
                       section_score_text(section, k_not_scored_words), analysis::describe_coverage(section));
  }
  for (const auto& section : result.sections) {
    out += fmt::format("\n### {}\n\n",
                       markdown_inline_text(util::join_title(section.section->label(), ": ",
                                                             section.is_not_applicable()
                                                                 ? std::string("not applicable")
                                                                 : section_score_text(section, k_not_scored_words))));
    out += "| Row | Score | Early indicator or warning sign | Evidence |\n|---|---:|---|---|\n";
    for (const auto& row : section.rows) {
      const std::string evidence = row.has_evidence() ? markdown_inline_text(*row.response->evidence) : "";
      out += fmt::format("| `{}` | {} | {} | {} |\n", row.row->id, score_with_people(row),
                         markdown_inline_text(row_wording(*result.framework, *row.row)), evidence);
    }
  }
}

void append_assessment(std::string& out, const analysis::AssessmentResult& result) {
  const auto& assessment = *result.assessment;
  out += fmt::format("## {}\n\n", markdown_inline_text(assessment.label()));
  out += fmt::format("File: {}. Framework: {} (version {}).\n\n", markdown_inline_text(assessment.source),
                     markdown_inline_text(result.framework->title), result.framework->version);
  if (model::every_section_is_its_row(*result.framework)) append_sections_as_rows(out, result);
  else append_sections_and_rows(out, result);
  const auto gaps = analysis::find_gaps(result);
  if (gaps.empty()) return;
  out += "\n### Still to do\n\n";
  for (const auto& gap : gaps) {
    out += fmt::format("- [ ] `{}`: {}\n", gap.row_reference(), gap.description());
  }
}

}  // namespace

std::string render_score_markdown_item(const analysis::AssessmentResult& result) {
  std::string out = "\n";
  append_assessment(out, result);
  return out;
}

std::string render_scores_markdown(const std::vector<analysis::AssessmentResult>& results) {
  std::string out = score_report_start(ScoreFormat::markdown);
  for (const auto& result : results) out += render_score_markdown_item(result);
  return out;
}

}  // namespace coprod::render
