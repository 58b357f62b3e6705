#include <algorithm>
#include <utility>

#include <fmt/format.h>

#include "model/sections_as_rows.hpp"
#include "render/change_marks.hpp"
#include "render/comparison.hpp"
#include "render/coverage_notes.hpp"
#include "render/input_names.hpp"
#include "render/missing_score.hpp"
#include "render/one_sign_note.hpp"
#include "render/period_words.hpp"
#include "render/report.hpp"
#include "render/scores.hpp"
#include "util/escape.hpp"
#include "util/text.hpp"
#include "util/title_join.hpp"

namespace coprod::render {

namespace {

using analysis::Comparison;
using util::markdown_inline_text;
using util::markdown_text;

// Versions of one review share the title's perspective, area and period: where each comes from tells them apart.
std::string input_name(const Comparison& comparison, std::size_t i) {
  return comparison.versions_of_one_review ? comparison.inputs[i]->assessment->origin
                                           : analysis::input_title(comparison, i);
}

// Each input's label and file, its short name in bold as the pack's key sets
// it: "- co-production **peer network**, 2026-Q3 (FILE)"; "- **A**:
// organisation, 2026-Q3 (FILE)" where letters name the inputs; then the months
// of its quarters and half years.
void append_legend(std::string& out, const Comparison& comparison) {
  for (std::size_t i = 0; i < comparison.inputs.size(); ++i) {
    const DefinedName defined = defined_input_name(comparison.inputs, i, input_name(comparison, i));
    out += fmt::format("- {}**{}**{} ({})\n", markdown_inline_text(defined.before), markdown_inline_text(defined.name),
                       markdown_inline_text(defined.after),
                       markdown_inline_text(comparison.inputs[i]->assessment->source));
  }
  // The months of a quarter or half year, as the pack gives them: to an NHS reader Q4 is January to March.
  if (const std::string months = periods_in_words(comparison.inputs, {}); !months.empty())
    out += "\n" + markdown_text(months) + "\n";
  out += "\n" + markdown_text(differences_sentence(comparison)) + "\n";
}

// Input i's short name as a list item or a column starts it: "Organisation", "A".
std::string capitalised_name(const Comparison& comparison, std::size_t i) {
  return markdown_inline_text(util::capitalised(input_short_names(comparison.inputs).at(i)));
}

// Headed by its section and number as on the printed sheet and in the pack
// ("1. Commitment and leadership, Row 1.4"), and its difference in words.
void append_row_prompt(std::string& out, const Comparison& comparison, const analysis::RowComparison& row) {
  const std::string heading = names_sections(comparison)
                                  ? row.section->label()
                                  : util::join_title(row.section->label(), ", ", row_name(comparison, row));
  out +=
      fmt::format("\n### {}\n\n", markdown_inline_text(util::join_title(
                                      heading, ": ", difference_in_words(comparison, row.difference(), row.spread()))));
  // A section's only row, worded as its title, has said its early indicator in the heading.
  if (row.row->indicator && !model::row_is_the_section(*row.section, *row.row))
    out += fmt::format("*Early indicator:* {}  \n", markdown_inline_text(row.row->indicator->flattened()));
  if (row.row->warning) out += fmt::format("*Warning sign:* {}\n", markdown_inline_text(row.row->warning->flattened()));
  // Which way a one-sign row's scores run, as the evidence pack says it.
  if (const auto note = one_sign_note(*comparison.framework, *row.row))
    out += fmt::format("\n**{}**\n", markdown_inline_text(*note));
  out += '\n';
  for (std::size_t i = 0; i < comparison.inputs.size(); ++i) {
    const auto& result = row.results[i];
    const std::string evidence =
        result->has_evidence() ? markdown_inline_text(*result->response->evidence) : "*(no evidence given)*";
    out += fmt::format("- **{}** {}: {}\n", capitalised_name(comparison, i), row_score_full_words(result->score),
                       evidence);
  }
}

void append_table(std::string& out, const Comparison& comparison, std::string_view first_column) {
  out += fmt::format("| {} |", first_column);
  for (std::size_t i = 0; i < comparison.inputs.size(); ++i)
    out += fmt::format(" {} |", capitalised_name(comparison, i));
  out += fmt::format(" {} |\n|---|", last_column_title(comparison));
  for (std::size_t i = 0; i < comparison.inputs.size(); ++i) out += "---:|";
  out += "---:|\n";
}

std::string optional_text(std::optional<double> value) { return value ? fmt::format("{:.1f}", *value) : ""; }

// B minus A with two inputs, else the spread.
template <class Compared>
std::string last_cell(const Comparison& comparison, const Compared& compared) {
  if (comparison.inputs.size() != 2) return optional_text(compared.spread());
  const auto difference = compared.difference();
  return difference ? format_difference(*difference) : "";
}

void append_prompts(std::string& out, const Comparison& comparison) {
  out += fmt::format("\n## {}\n", markdown_inline_text(prompts_heading(comparison)));
  if (comparison.section_prompts.empty() && comparison.row_prompts.empty())
    out += "\n" + markdown_text(no_prompts_words(comparison)) + "\n";
  for (const std::size_t s : comparison.section_prompts) {
    const auto& section = comparison.sections[s];
    out += fmt::format("\n- Section **{}**: {}\n", markdown_inline_text(section.section->label()),
                       markdown_inline_text(difference_in_words(comparison, section.difference(), section.spread())));
  }
  for (const std::size_t r : comparison.row_prompts) append_row_prompt(out, comparison, comparison.rows[r]);
}

// One perspective over periods: every row whose score or evidence changed, however little, as the text's list.
void append_movements(std::string& out, const Comparison& comparison) {
  out += "\n## What moved\n\n";
  bool any = false;
  for (const auto& movement : comparison.row_movements) {
    if (movement_words(movement).empty()) continue;
    any = true;
    const auto& row = comparison.rows[movement.row];
    const std::string moved = movement_in_words(comparison, movement);
    if (names_sections(comparison))  // the section is its row: named once
      out += fmt::format("- **{}** {}\n", markdown_inline_text(util::join_title(row.section->label(), ":")),
                         markdown_inline_text(moved));
    else
      out += fmt::format("- **{}** ({}): {}\n", markdown_inline_text(row_name(comparison, row)),
                         markdown_inline_text(row.section->label()), markdown_inline_text(moved));
  }
  if (!any) out += markdown_text(nothing_moved_words(comparison)) + "\n";
}

// Under the section table, where a section's averages are not like for like:
// the mark's footnote, then each such section and the rows scored in some
// assessments only.
void append_not_like_for_like_notes(std::string& out, const Comparison& comparison) {
  const bool any = std::any_of(comparison.sections.begin(), comparison.sections.end(),
                               [](const auto& section) { return !section.like_for_like(); });
  if (!any) return;
  out += "\n" + markdown_text(not_like_for_like_words(comparison)) + "\n\n";
  for (const auto& section : comparison.sections) {
    if (section.like_for_like()) continue;
    out += "- " +
           markdown_text(fmt::format("{}: row{} {}", section.section->label(),
                                     section.rows_scored_in_some_only.size() == 1 ? "" : "s",
                                     rows_scored_in_some_only_words(section))) +
           "\n";
  }
}

// Under the table of rows, each row with only one of the two signs and what its scores mean, named as in the table.
void append_one_sign_notes(std::string& out, const Comparison& comparison) {
  bool first = true;
  for (const auto& row : comparison.rows) {
    const auto note = one_sign_note(*comparison.framework, *row.row);
    if (!note) continue;
    if (std::exchange(first, false)) out += '\n';
    out += "- " + markdown_text(fmt::format("{}: {}", row_name(comparison, row), *note)) + "\n";
  }
}

}  // namespace

std::string render_comparison_markdown(const Comparison& comparison, const std::vector<std::string>& redacted_notes) {
  std::string out = "# " + markdown_inline_text(comparison_title(comparison)) + "\n\n";
  // As the pack's report.md says it.
  for (const auto& note : redacted_notes) out += fmt::format("> {}\n\n", markdown_text(note));
  append_legend(out, comparison);
  // As the planning sheet spells them out.
  if (const std::string abbreviations = comparison_abbreviations(comparison); !abbreviations.empty())
    out += "\n" + markdown_text(abbreviations) + "\n";
  if (comparison.versions_of_one_review) out += render_changes_markdown(comparison);
  else append_prompts(out, comparison);
  if (compares_periods(comparison)) append_movements(out, comparison);
  out += "\n## Sections\n\n";
  append_table(out, comparison, "Section");
  std::vector<std::string> notes;
  for (const auto& section : comparison.sections) {
    out += fmt::format("| {} |", markdown_inline_text(section.section->label()));
    std::vector<ColumnCoverage> coverage;
    for (std::size_t i = 0; i < section.results.size(); ++i) {
      const auto& result = *section.results[i];
      out +=
          fmt::format(" {}{} |", section_score_in_words(result), markdown_inline_text(partial_mark(result.coverage())));
      coverage.push_back({input_short_names(comparison.inputs)[i], result.coverage()});
    }
    std::string last = last_cell(comparison, section);
    if (!last.empty() && !section.like_for_like()) last += k_change_of_different_rows_mark;
    out += fmt::format(" {} |\n", last);
    if (auto note = coverage_note(section.section->label(), coverage)) notes.push_back(std::move(*note));
  }
  append_not_like_for_like_notes(out, comparison);
  if (!notes.empty()) out += "\n" + markdown_text(k_coverage_notes_heading) + "\n\n";
  for (const auto& note : notes) out += "- " + markdown_text(note) + "\n";
  // Where every section is its one row (names_sections()), the table of rows would be the sections' again.
  if (!names_sections(comparison)) {
    out += "\n## Rows\n\n";
    append_table(out, comparison, "Row");
    for (const auto& row : comparison.rows) {
      out += fmt::format("| {} |", markdown_inline_text(row.section->row_number(row.row->id)));
      for (const auto& result : row.results) out += fmt::format(" {} |", row_score_full_words(result->score));
      out += fmt::format(" {} |\n", last_cell(comparison, row));
    }
  }
  append_one_sign_notes(out, comparison);
  return out;
}

}  // namespace coprod::render
