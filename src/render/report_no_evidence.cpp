#include "render/report_no_evidence.hpp"

#include <fmt/format.h>

#include "analysis/rows_without_evidence.hpp"
#include "model/sections_as_rows.hpp"
#include "render/comparison.hpp"
#include "render/missing_score.hpp"
#include "render/report_parts.hpp"
#include "render/report_row_changes.hpp"
#include "render/row_words.hpp"
#include "util/escape.hpp"
#include "util/text.hpp"

namespace coprod::render {

namespace {

// Why the list matters, in the guide's own words on evidence (where it says how to use the tool); credited to
// the guide only where the framework says its guide gives that advice.
std::string intro_words(const Report& report) {
  const bool guide = report.inputs.front()->framework->guide_advice.evidence;
  const RowWords words = row_words(*report.inputs.front()->framework);
  return fmt::format(
      "The {} scored with nothing written under “Why? (Supporting evidence)”. {}ollecting evidence to support "
      "scoring helps build a clear picture of progress: ask those who scored these {} what the score rests on.",
      words.many, guide ? "The guide says that c" : "C", words.many);
}

// A row listed: its score, then "Row 1.4, 1. Commitment and leadership" and the start of its early indicator.
struct ListedRow {
  std::string label;
  std::string heading;
  std::string anchor;
  std::string score;
};

struct InputRows {
  std::size_t input = 0;
  analysis::RowsWithoutEvidence found;
};

bool shown(const Report& report) { return !report.without_scores && !report.scores_only; }

// Every input, with what it has without evidence; empty when no input has any (or the pack leaves it out).
std::vector<InputRows> inputs_without_evidence(const Report& report) {
  std::vector<InputRows> inputs;
  bool any = false;
  for (std::size_t i = 0; shown(report) && i < report.inputs.size(); ++i) {
    inputs.push_back({i, analysis::rows_without_evidence(*report.inputs[i])});
    any = any || !inputs.back().found.rows.empty();
  }
  return any ? inputs : std::vector<InputRows>{};
}

ListedRow listed_row(const Report& report, const InputRows& input, const analysis::RowPlace& place) {
  const auto& result = *report.inputs[input.input];
  const auto& section = *result.sections[place.section].section;
  const auto& row = section.rows[place.row];
  // A row worded as its section's title, which its label gives, has no heading of its own to add.
  const std::string heading = model::row_is_the_section(section, row) ? "" : row_heading(*result.framework, row);
  return {row_and_section_label(section, row), heading, row_anchor(section, row),
          row_score_full_words(result.sections[place.section].rows[place.row])};
}

// " (There is a clear strategy…)" after a row's label, or nothing for no heading.
std::string in_brackets(const std::string& heading) { return heading.empty() ? "" : " (" + heading + ")"; }

// "3 of 24 scored rows have no evidence."
std::string count_words(const RowWords& words, const InputRows& input) {
  if (input.found.rows.empty())
    return fmt::format("Each of its {} scored {} has evidence.", input.found.scored, words.many);
  return fmt::format("{} of its {} scored {} {} no evidence.", input.found.rows.size(), input.found.scored, words.many,
                     input.found.rows.size() == 1 ? "has" : "have");
}

}  // namespace

std::string no_evidence_title(const Report& report) {
  return fmt::format("Scored {} with no evidence", row_words(*report.inputs.front()->framework).many);
}

std::string no_evidence_html(const Report& report) {
  using util::xml_text;
  const auto inputs = inputs_without_evidence(report);
  if (inputs.empty()) return "";
  std::string out = fmt::format("<section id=\"{}\">\n<h2>{}</h2>\n<p>{}</p>\n", k_no_evidence_id,
                                xml_text(part_heading(report, ReportPart::no_evidence)), xml_text(intro_words(report)));
  for (const auto& input : inputs) {
    out += fmt::format("<h3>{}</h3>\n<p>{}</p>\n", xml_text(report_input_key(report, input.input)),
                       xml_text(count_words(row_words(*report.inputs.front()->framework), input)));
    if (input.found.rows.empty()) continue;
    out += "<ul>\n";
    for (const auto& place : input.found.rows) {
      const auto row = listed_row(report, input, place);
      out += fmt::format("<li><strong>Scored {}</strong>: <a href=\"#{}\">{}</a>{}</li>\n", xml_text(row.score),
                         xml_text(row.anchor), xml_text(row.label), in_brackets(xml_text(row.heading)));
    }
    out += "</ul>\n";
  }
  return out + "</section>\n";
}

std::string no_evidence_markdown(const Report& report) {
  using util::markdown_inline_text;
  using util::markdown_text;
  const auto inputs = inputs_without_evidence(report);
  if (inputs.empty()) return "";
  std::string out = fmt::format("\n## {}\n\n{}\n", markdown_inline_text(part_heading(report, ReportPart::no_evidence)),
                                markdown_text(intro_words(report)));
  for (const auto& input : inputs) {
    out += fmt::format("\n### {}\n\n{}\n", markdown_inline_text(report_input_key(report, input.input)),
                       markdown_text(count_words(row_words(*report.inputs.front()->framework), input)));
    if (!input.found.rows.empty()) out += "\n";
    for (const auto& place : input.found.rows) {
      const auto row = listed_row(report, input, place);
      out += fmt::format("- **Scored {}**: {}{}\n", markdown_inline_text(row.score), markdown_inline_text(row.label),
                         in_brackets(markdown_inline_text(row.heading)));
    }
  }
  return out;
}

std::optional<std::string> no_evidence_summary_text(const Report& report) {
  const auto inputs = inputs_without_evidence(report);
  if (inputs.empty()) return std::nullopt;
  const RowWords words = row_words(*report.inputs.front()->framework);
  std::vector<std::string> parts;
  for (const auto& input : inputs) {
    const std::string name = report_input_short(report, input.input);
    const std::size_t count = input.found.rows.size();
    parts.push_back(count == 0      ? name + " none"
                    : parts.empty() ? fmt::format("{} {} of {} scored {}", name, count, input.found.scored, words.many)
                                    : fmt::format("{} {} of {}", name, count, input.found.scored));
  }
  return fmt::format("{} for {}", k_no_evidence_lead, util::join(parts, ", "));
}

}  // namespace coprod::render
