#include <algorithm>

#include <fmt/format.h>

#include "render/comparison.hpp"
#include "render/coverage_notes.hpp"
#include "render/one_sign_note.hpp"
#include "render/scores.hpp"
#include "util/escape.hpp"

namespace coprod::render {

namespace {

std::string optional_text(std::optional<double> value) { return value ? fmt::format("{:.1f}", *value) : ""; }

std::string difference_text(std::optional<double> value) { return value ? format_difference(*value) : ""; }

}  // namespace

// One line per section and per row, one score column per input (headed by its
// label), then with two inputs the second's score minus the first's (the
// header names the direction), the spread, whether it is a prompt, and for a
// section the rows each input's average counts; last, scale_note: for a row
// with only one of the two signs, what its scores mean (one_sign_note()).
std::string render_comparison_csv(const analysis::Comparison& comparison) {
  std::vector<std::string> header = {"kind", "section", "row"};
  for (std::size_t i = 0; i < comparison.inputs.size(); ++i) header.push_back(analysis::input_label(comparison, i));
  const bool two = comparison.inputs.size() == 2;
  if (two) header.push_back("difference (" + analysis::difference_direction_label(comparison) + ")");
  header.insert(header.end(), {"spread (highest minus lowest)", "prompt"});
  for (std::size_t i = 0; i < comparison.inputs.size(); ++i)
    header.push_back("rows in the average (" + analysis::input_label(comparison, i) + ")");
  header.push_back("scale_note");
  std::string out = util::csv_record(header);
  for (std::size_t s = 0; s < comparison.sections.size(); ++s) {
    const auto& section = comparison.sections[s];
    std::vector<std::string> fields = {"section", section.section->id, ""};
    for (const auto& result : section.results) fields.push_back(section_score_text(*result, ""));
    if (two) fields.push_back(difference_text(section.difference()));
    const bool prompt = std::find(comparison.section_prompts.begin(), comparison.section_prompts.end(), s) !=
                        comparison.section_prompts.end();
    fields.insert(fields.end(), {optional_text(section.spread()), prompt ? "yes" : "no"});
    for (const auto& result : section.results) fields.push_back(describe_rows_counted(result->coverage()));
    fields.emplace_back();  // a section has no scale note
    out += util::csv_record(fields);
  }
  for (std::size_t r = 0; r < comparison.rows.size(); ++r) {
    const auto& row = comparison.rows[r];
    std::vector<std::string> fields = {"row", row.section->id, row.row->id};
    for (const auto& result : row.results) fields.push_back(result->score.to_string());
    if (two) fields.push_back(difference_text(row.difference()));
    const bool prompt =
        std::find(comparison.row_prompts.begin(), comparison.row_prompts.end(), r) != comparison.row_prompts.end();
    fields.insert(fields.end(), {optional_text(row.spread()), prompt ? "yes" : "no"});
    fields.resize(fields.size() + row.results.size());  // a row's score is not an average
    fields.push_back(one_sign_note(*comparison.framework, *row.row).value_or(""));
    out += util::csv_record(fields);
  }
  return out;
}

}  // namespace coprod::render
