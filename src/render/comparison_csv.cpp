#include <algorithm>

#include <fmt/format.h>

#include "model/perspective.hpp"
#include "render/comparison.hpp"
#include "render/input_names.hpp"
#include "render/one_sign_note.hpp"
#include "render/scores.hpp"
#include "util/escape.hpp"

namespace coprod::render {

namespace {

std::string optional_text(std::optional<double> value) { return value ? fmt::format("{:.1f}", *value) : ""; }

std::string difference_text(std::optional<double> value) { return value ? format_difference(*value) : ""; }

std::string_view yes_no(bool value) { return value ? "true" : "false"; }

// The same header whatever is compared, so a script can read any comparison.
// "name", added later, is last, so a script reading columns by position still reads the same ones.
const std::vector<std::string> k_columns = {"kind",          "section",    "row",         "input",
                                            "file",          "area",       "perspective", "period",
                                            "score",         "status",     "scored_rows", "not_applicable_rows",
                                            "total_rows",    "difference", "spread",      "prompt",
                                            "like_for_like", "scale_note", "name"};

// The columns that say which input a line is about.
std::vector<std::string> input_fields(const analysis::Comparison& comparison, std::size_t i) {
  const auto& a = *comparison.inputs[i]->assessment;
  return {input_letter(i), a.source, a.area, std::string(model::perspective_id(a.perspective)), a.period.to_string()};
}

bool is_prompt(const std::vector<std::size_t>& prompts, std::size_t index) {
  return std::find(prompts.begin(), prompts.end(), index) != prompts.end();
}

}  // namespace

// One line per section and per row for each input (A, B, ...), in the fixed
// columns of k_columns: the input's letter, file, area, perspective and
// period; its score (a number, or empty) and status ("scored",
// "not-applicable", "not-scored"); for a section the rows its average counts,
// as numbers. The columns about the section or row as a whole are the same on
// each input's line: with two inputs, B's score minus A's; the spread
// (highest minus lowest); whether it is a prompt; for a section whether the
// averages are like for like (empty when fewer than two have one); last, for
// a row with only one of the two signs, what its scores mean; then the input's
// short name, as the text and Markdown reports name it ("organisation", "A").
std::string render_comparison_csv(const analysis::Comparison& comparison) {
  const bool two = comparison.inputs.size() == 2;
  const std::vector<std::string> names = input_short_names(comparison.inputs);
  std::string out = util::csv_record(k_columns);
  for (std::size_t s = 0; s < comparison.sections.size(); ++s) {
    const auto& section = comparison.sections[s];
    for (std::size_t i = 0; i < section.results.size(); ++i) {
      const auto& result = *section.results[i];
      std::vector<std::string> fields = {"section", section.section->id, ""};
      const auto input = input_fields(comparison, i);
      fields.insert(fields.end(), input.begin(), input.end());
      fields.insert(fields.end(),
                    {result.score ? fmt::format("{:.1f}", result.score->tenths() / 10.0) : "",
                     std::string(section_status(result)), fmt::format("{}", result.scored_rows),
                     fmt::format("{}", result.not_applicable_rows), fmt::format("{}", result.total_rows()),
                     two ? difference_text(section.difference()) : "", optional_text(section.spread()),
                     std::string(yes_no(is_prompt(comparison.section_prompts, s))),
                     section.spread() ? std::string(yes_no(section.like_for_like())) : "", "", names[i]});
      out += util::csv_record(fields);
    }
  }
  for (std::size_t r = 0; r < comparison.rows.size(); ++r) {
    const auto& row = comparison.rows[r];
    for (std::size_t i = 0; i < row.results.size(); ++i) {
      const auto& score = row.results[i]->score;
      std::vector<std::string> fields = {"row", row.section->id, row.row->id};
      const auto input = input_fields(comparison, i);
      fields.insert(fields.end(), input.begin(), input.end());
      fields.insert(fields.end(), {score.is_scored() ? score.to_string() : "", std::string(score_status(score)), "", "",
                                   "", two ? difference_text(row.difference()) : "", optional_text(row.spread()),
                                   std::string(yes_no(is_prompt(comparison.row_prompts, r))), "",
                                   one_sign_note(*comparison.framework, *row.row).value_or(""), names[i]});
      out += util::csv_record(fields);
    }
  }
  return out;
}

}  // namespace coprod::render
