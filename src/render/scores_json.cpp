#include "analysis/gaps.hpp"
#include "analysis/held_back_scores.hpp"
#include "analysis/previous_period.hpp"
#include "model/perspective.hpp"
#include "render/carried_forward_words.hpp"
#include "render/scores.hpp"
#include "render/seen_locally.hpp"
#include "util/json_writer.hpp"

namespace coprod::render {

std::string_view score_status(const model::Score& score) {
  switch (score.state()) {
    case model::Score::State::scored: return "scored";
    case model::Score::State::not_applicable: return "not-applicable";
    case model::Score::State::not_scored: return "not-scored";
  }
  return "";
}

std::string_view section_status(const analysis::SectionResult& section) {
  if (section.score) return "scored";
  return section.is_not_applicable() ? "not-applicable" : "not-scored";
}

namespace {

using analysis::AssessmentResult;
using analysis::SectionResult;

// The earlier period a pack's changes are measured from (report --previous).
struct Earlier {
  bool given = false;                        // the pack has earlier periods: the keys are written
  const AssessmentResult* result = nullptr;  // this assessment's; null when none is of its area and perspective
};

// Whether the early indicator or warning sign is seen locally: true, false, or null when not marked.
void write_seen(util::JsonWriter& json, std::string_view key, std::optional<bool> seen) {
  json.key(key);
  if (seen) json.boolean(*seen);
  else json.null();
}

// For a combined row: how many of the people who answered see the sign,
// {"yes": 1, "answered": 3}, when that count gives the answer beside it
// (seen_locally.hpp); null otherwise (and for a count the pack holds back).
void write_seen_by(util::JsonWriter& json, std::string_view key, const std::optional<model::SeenCount>& count) {
  json.key(key);
  if (!count) {
    json.null();
    return;
  }
  json.begin_object();
  json.key("yes").number(count->yes);
  json.key("answered").number(count->answered);
  json.end_object();
}

void write_score(util::JsonWriter& json, const model::Score& score) {
  if (score.is_scored()) json.decimal(score.value(), score.halves() % 2 == 0 ? 0 : 1);
  else json.null();
}

// A combined row's score is the median (coprod combine): how many people
// scored it, their lowest and highest scores, and how many said it does not
// apply (n/a, not in the median); null in other files, as the CSV's people,
// lowest, highest and not_applicable columns are empty.
void write_spread(util::JsonWriter& json, const std::optional<model::ScoreSpread>& spread) {
  json.key("people");
  if (spread) json.number(spread->count);
  else json.null();
  json.key("lowest");
  if (spread) write_score(json, spread->min);
  else json.null();
  json.key("highest");
  if (spread) write_score(json, spread->max);
  else json.null();
  json.key("not_applicable");
  if (spread) json.number(spread->not_applicable);
  else json.null();
}

// A combined section's spread (coprod combine): how many people scored any of
// its rows, and the lowest and highest of their own section averages, to one
// decimal place as the score is; null in other files, as the CSV leaves the
// section line's people, lowest and highest empty.
void write_section_spread(util::JsonWriter& json, const std::optional<model::SectionSpread>& spread) {
  json.key("people");
  if (spread) json.number(spread->count);
  else json.null();
  // Only one person's own average, which report holds back with their rows: null.
  const bool range = spread && !analysis::is_held_back(*spread);
  json.key("lowest");
  if (range) json.decimal(spread->min_tenths / 10.0, 1);
  else json.null();
  json.key("highest");
  if (range) json.decimal(spread->max_tenths / 10.0, 1);
  else json.null();
}

void write_row(util::JsonWriter& json, const analysis::RowResult& row) {
  json.begin_object();
  json.key("id").string(row.row->id);
  // "held-back": report holds back a score only 1 person gave (its score is null).
  json.key("status").string(analysis::is_held_back(row) ? "held-back" : score_status(row.score));
  json.key("score");
  write_score(json, row.score);
  json.key("evidence").optional_string(row.response ? row.response->evidence : std::nullopt);
  write_seen(json, "indicator_seen", row.response ? row.response->indicator_seen : std::nullopt);
  write_seen(json, "warning_seen", row.response ? row.response->warning_seen : std::nullopt);
  write_seen_by(json, "indicator_seen_by", row.response ? indicator_count_shown(*row.response) : std::nullopt);
  write_seen_by(json, "warning_seen_by", row.response ? warning_count_shown(*row.response) : std::nullopt);
  write_spread(json, row.response ? row.response->spread : std::nullopt);
  json.end_object();
}

// A section's score in the earlier period and the change since, as the
// evidence pack shows them, and whether part of that change is a row scored
// in one period only (the pack's dagger); null where there is no change. Then
// whether the section was carried forward and not scored again, in words, or null.
void write_section_change(util::JsonWriter& json, const AssessmentResult& result, std::size_t index,
                          const Earlier& earlier) {
  if (!earlier.given) return;
  const auto& then =
      earlier.result && index < earlier.result->sections.size() ? earlier.result->sections[index].score : std::nullopt;
  json.key("previous_score");
  if (then) json.decimal(then->tenths() / 10.0, 1);
  else json.null();
  const auto change = earlier.result ? analysis::section_change_tenths(result, *earlier.result, index) : std::nullopt;
  json.key("change");
  if (change) json.decimal(*change / 10.0, 1);
  else json.null();
  json.key("change_includes_rows_scored_once");
  if (change) json.boolean(analysis::averages_of_different_rows(result, *earlier.result, index));
  else json.null();
  // A section carried forward and not scored again, in page 1's words: its change of 0.0 is no fresh finding.
  json.key("carried_forward").optional_string(carried_forward_words(result, earlier.result, index));
}

void write_section(util::JsonWriter& json, const AssessmentResult& result, std::size_t index, const Earlier& earlier) {
  const SectionResult& section = result.sections[index];
  json.begin_object();
  json.key("id").string(section.section->id);
  json.key("number");
  if (section.section->number) json.number(*section.section->number);
  else json.null();
  json.key("title").string(section.section->title);
  // "score" is what people see (one decimal place); "mean" keeps the precision.
  json.key("score");
  if (section.score) json.decimal(section.score->tenths() / 10.0, 1);
  else json.null();
  json.key("mean");
  if (section.score) json.real(section.score->value());
  else json.null();
  write_section_change(json, result, index, earlier);
  json.key("scored_rows").number(section.scored_rows);
  json.key("not_applicable_rows").number(section.not_applicable_rows);
  json.key("not_scored_rows").number(section.not_scored_rows);
  json.key("total_rows").number(section.total_rows());
  const auto& response = section.response;
  write_section_spread(json, response ? response->spread : std::nullopt);
  json.key("completed_by").optional_string(response ? response->completed_by : std::nullopt);
  json.key("last_completed");
  if (response && response->last_completed) json.string(response->last_completed->to_string());
  else json.null();
  json.key("notes").optional_string(response ? response->notes : std::nullopt);
  json.key("rows").begin_array();
  for (const auto& row : section.rows) write_row(json, row);
  json.end_array();
  json.end_object();
}

void write_gaps(util::JsonWriter& json, const AssessmentResult& result) {
  json.key("still_to_do").begin_array();
  for (const auto& gap : analysis::find_gaps(result)) {
    json.begin_object();
    json.key("row").string(gap.row_reference());
    json.key("problem").string(gap.kind == analysis::Gap::Kind::not_scored ? "not-scored" : "no-evidence");
    json.key("line").number(gap.position.line);
    json.end_object();
  }
  json.end_array();
}

// Section 5.4.4 of the guide: "Reflections and next steps".
void write_reflections(util::JsonWriter& json, const model::Reflections& reflections) {
  json.key("reflections").begin_object();
  json.key("surprising").optional_string(reflections.surprising);
  json.key("challenging").optional_string(reflections.challenging);
  json.key("learnt").optional_string(reflections.learnt);
  json.key("priorities").optional_string(reflections.priorities);
  json.end_object();
}

void write_assessment(util::JsonWriter& json, const AssessmentResult& result, const Earlier& earlier) {
  const auto& assessment = *result.assessment;
  json.begin_object();
  json.key("file").string(assessment.source);
  json.key("framework").string(result.framework->id);
  json.key("framework_version").number(result.framework->version);
  json.key("area").string(assessment.area);
  json.key("perspective").string(model::perspective_id(assessment.perspective));
  json.key("period").string(assessment.period.to_string());
  if (earlier.given) {
    json.key("previous_file");
    if (earlier.result) json.string(earlier.result->assessment->source);
    else json.null();
    json.key("previous_period");
    if (earlier.result) json.string(earlier.result->assessment->period.to_string());
    else json.null();
  }
  json.key("sections").begin_array();
  for (std::size_t i = 0; i < result.sections.size(); ++i) write_section(json, result, i, earlier);
  json.end_array();
  write_reflections(json, assessment.reflections);
  write_gaps(json, result);
  json.end_object();
}

}  // namespace

std::string render_score_json_item(const AssessmentResult& result) {
  util::JsonWriter json(2);
  write_assessment(json, result, {});
  return json.fragment();
}

std::string render_scores_json(const std::vector<AssessmentResult>& results,
                               const analysis::AssessmentResults& previous) {
  std::string out = score_report_start(ScoreFormat::json);
  for (std::size_t i = 0; i < results.size(); ++i) {
    const auto earlier = analysis::latest_earlier_view(previous, *results[i].assessment);
    util::JsonWriter json(2);
    write_assessment(json, results[i], {!previous.empty(), earlier.get()});
    out += score_report_separator(ScoreFormat::json, i, {}) + json.fragment();
  }
  return out + score_report_end(ScoreFormat::json, results.size());
}

}  // namespace coprod::render
