#include <cmath>

#include <fmt/format.h>

#include "analysis/held_back_scores.hpp"
#include "analysis/previous_period.hpp"
#include "model/perspective.hpp"
#include "render/carried_forward_words.hpp"
#include "render/missing_score.hpp"
#include "render/scores.hpp"
#include "render/seen_locally.hpp"
#include "util/escape.hpp"

namespace coprod::render {

namespace {

// The columns every score CSV has; with earlier periods (report --previous),
// k_change_columns follow.
const std::vector<std::string> k_columns = {
    "file",   "area", "perspective", "period",     "framework", "kind",   "section", "row",     "score",
    "status", "mean", "scored_rows", "total_rows", "evidence",  "people", "lowest",  "highest", "not_applicable"};
const std::vector<std::string> k_change_columns = {"previous_period", "previous_score", "change",
                                                   "change_includes_rows_scored_once", "carried_forward"};
// Last, so that no earlier column moves: whether a row's early indicator and warning sign are seen locally,
// "yes" or "no" as `compare` says it, empty when not answered (and on section lines); then, added after
// them for the same reason, for a combined row how many of the people who answered see each, "1 of 3"
// as the file writes it, when that gives the answer beside it (seen_locally.hpp); empty otherwise.
const std::vector<std::string> k_seen_columns = {"indicator_seen", "warning_seen", "indicator_seen_by",
                                                 "warning_seen_by"};

std::string seen_field(std::optional<bool> seen) { return seen ? seen_word(seen) : ""; }

std::string seen_by_field(const std::optional<model::SeenCount>& count) {
  return count ? model::seen_count_text(*count) : "";
}

// A row's four seen columns.
std::vector<std::string> seen_fields(const model::RowResponse* response) {
  if (!response) return {"", "", "", ""};
  return {seen_field(response->indicator_seen), seen_field(response->warning_seen),
          seen_by_field(indicator_count_shown(*response)), seen_by_field(warning_count_shown(*response))};
}

// A section's earlier period, its score then, the change since (as the
// evidence pack shows them) and whether part of that change is a row scored
// in one period only ("true" where the pack marks it with a dagger, "false");
// empty where there is no earlier score; then, for a section carried forward
// and not scored again, page 1's words for it (carried_forward_words.hpp).
std::vector<std::string> change_fields(const analysis::AssessmentResult& result,
                                       const analysis::AssessmentResult* earlier, std::size_t index) {
  const std::string carried = carried_forward_words(result, earlier, index).value_or("");
  if (!earlier) return {"", "", "", "", carried};
  const auto& then = index < earlier->sections.size() ? earlier->sections[index].score : std::nullopt;
  const auto change = analysis::section_change_tenths(result, *earlier, index);
  const bool different_rows = analysis::averages_of_different_rows(result, *earlier, index);
  return {earlier->assessment->period.to_string(), then ? then->to_string() : "", change ? change_text(*change) : "",
          change ? (different_rows ? "true" : "false") : "", carried};
}

// A section average kept in tenths (23) to one decimal place ("2.3"), as a section's score reads.
std::string tenths_text(int tenths) { return fmt::format("{:.1f}", tenths / 10.0); }

// One line per section (kind "section", row empty) followed by one line per
// row (kind "row"), so a spreadsheet filter on `kind` gives either table.
// With `with_change`, the change columns after the others (empty on row lines).
std::string csv_lines(const analysis::AssessmentResult& result, const analysis::AssessmentResult* earlier,
                      bool with_change) {
  std::string out;
  const auto& a = *result.assessment;
  const std::vector<std::string> common = {a.source, a.area, std::string(model::perspective_id(a.perspective)),
                                           a.period.to_string(), result.framework->id};
  const auto line = [&](std::vector<std::string> rest, std::vector<std::string> change,
                        std::vector<std::string> seen = {"", "", "", ""}) {
    std::vector<std::string> fields = common;
    fields.insert(fields.end(), rest.begin(), rest.end());
    if (with_change) fields.insert(fields.end(), change.begin(), change.end());
    fields.insert(fields.end(), seen.begin(), seen.end());
    out += util::csv_record(fields);
  };
  for (std::size_t index = 0; index < result.sections.size(); ++index) {
    const auto& section = result.sections[index];
    // A combined section: how many people scored it, and the lowest and highest of their section averages.
    const auto& section_spread = section.response ? section.response->spread : std::nullopt;
    // Only one person's own average, which report holds back with their rows: no range.
    const bool section_range = section_spread && !analysis::is_held_back(*section_spread);
    // A section with no score is an empty cell, its status saying why.
    line({"section", section.section->id, "", section.score ? tenths_text(section.score->tenths()) : "",
          std::string(analysis::is_held_back(section) ? "held-back" : section_status(section)),
          section.score ? fmt::format("{}", std::round(section.score->value() * 10000.0) / 10000.0) : "",
          fmt::format("{}", section.scored_rows), fmt::format("{}", section.total_rows()), "",
          section_spread ? fmt::format("{}", section_spread->count) : "",
          section_range ? tenths_text(section_spread->min_tenths) : "",
          section_range ? tenths_text(section_spread->max_tenths) : "", ""},
         change_fields(result, earlier, index));
    for (const auto& row : section.rows) {
      const std::string evidence = row.response && row.response->evidence ? *row.response->evidence : "";
      // A combined row's score is the median: how many people scored it, their lowest and highest,
      // and how many said it does not apply.
      const auto& spread = row.response ? row.response->spread : std::nullopt;
      // A number or empty, its status saying why: held back (only 1 person scored the row), n/a, not scored yet.
      const std::string status = analysis::is_held_back(row) ? "held-back" : std::string(score_status(row.score));
      line({"row", section.section->id, row.row->id, row.score.is_scored() ? row.score.to_string() : "", status, "", "",
            "", evidence, spread ? fmt::format("{}", spread->count) : "", spread ? spread->min.to_string() : "",
            spread ? spread->max.to_string() : "", spread ? fmt::format("{}", spread->not_applicable) : ""},
           {"", "", "", "", ""}, seen_fields(row.response.get()));
    }
  }
  return out;
}

}  // namespace

std::string render_score_csv_header() {
  auto columns = k_columns;
  columns.insert(columns.end(), k_seen_columns.begin(), k_seen_columns.end());
  return util::csv_record(columns);
}

std::string render_score_csv_item(const analysis::AssessmentResult& result) {
  return csv_lines(result, nullptr, false);
}

std::string render_scores_csv(const std::vector<analysis::AssessmentResult>& results,
                              const analysis::AssessmentResults& previous) {
  const bool with_change = !previous.empty();
  auto columns = k_columns;
  if (with_change) columns.insert(columns.end(), k_change_columns.begin(), k_change_columns.end());
  columns.insert(columns.end(), k_seen_columns.begin(), k_seen_columns.end());
  std::string out = util::csv_record(columns);
  for (const auto& result : results) {
    const auto earlier = analysis::latest_earlier_view(previous, *result.assessment);
    out += csv_lines(result, earlier.get(), with_change);
  }
  return out;
}

}  // namespace coprod::render
