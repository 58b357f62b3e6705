#include "render/comparison.hpp"
#include "render/input_names.hpp"
#include "render/one_sign_note.hpp"
#include "render/scores.hpp"
#include "render/section_results_json.hpp"
#include "util/json_writer.hpp"

namespace coprod::render {

namespace {

using analysis::Comparison;

// A number, or null where there is none: "statuses" says why.
void score_or_null(util::JsonWriter& json, const model::Score& score) {
  if (score.is_scored()) json.decimal(score.value(), score.halves() % 2 == 0 ? 0 : 1);
  else json.null();
}

// Whether the inputs' averages of a section are of the same rows: null when
// fewer than two have one; then the rows scored in some inputs only.
void write_like_for_like(util::JsonWriter& json, const analysis::SectionComparison& section) {
  json.key("like_for_like");
  if (section.spread()) json.boolean(section.like_for_like());
  else json.null();
  json.key("rows_scored_in_some_only").begin_array();
  for (const std::size_t r : section.rows_scored_in_some_only)
    json.string(section.section->id + "." + section.section->rows[r].id);
  json.end_array();
}

void optional_number(util::JsonWriter& json, std::optional<double> value) {
  if (value) json.decimal(*value, 1);
  else json.null();
}

void write_inputs(util::JsonWriter& json, const Comparison& comparison) {
  json.key("inputs").begin_array();
  // Each input's short name as the text and Markdown reports and the pack name it ("organisation"), beside the
  // letter scripts read.
  const std::vector<std::string> names = input_short_names(comparison.inputs);
  for (std::size_t i = 0; i < comparison.inputs.size(); ++i) {
    const auto& a = *comparison.inputs[i]->assessment;
    json.begin_object();
    json.key("letter").string(input_letter(i));
    json.key("name").string(names[i]);
    json.key("label").string(analysis::input_label(comparison, i));
    json.key("file").string(a.source);
    json.key("area").string(a.area);
    json.key("perspective").string(model::perspective_id(a.perspective));
    json.key("period").string(a.period.to_string());
    json.end_object();
  }
  json.end_array();
}

void write_sections(util::JsonWriter& json, const Comparison& comparison) {
  json.key("sections").begin_array();
  for (std::size_t s = 0; s < comparison.sections.size(); ++s) {
    const auto& section = comparison.sections[s];
    json.begin_object();
    json.key("id").string(section.section->id);
    json.key("title").string(section.section->label());
    write_section_results_json(json, *section.section, section.results);
    json.key("statuses").begin_array();
    for (const auto& result : section.results) json.string(section_status(*result));
    json.end_array();
    if (comparison.inputs.size() == 2) {
      json.key("difference");
      optional_number(json, section.difference());
    }
    json.key("spread");
    optional_number(json, section.spread());
    if (!comparison.section_movements.empty()) {
      json.key("change");
      const auto& movement = comparison.section_movements[s];
      if (movement.direction == analysis::Direction::up || movement.direction == analysis::Direction::down ||
          movement.direction == analysis::Direction::same) {
        json.decimal(movement.change, 1);
      } else {
        json.null();
      }
    }
    write_like_for_like(json, section);
    json.end_object();
  }
  json.end_array();
}

std::string_view direction_id(analysis::Direction direction) {
  switch (direction) {
    case analysis::Direction::up: return "up";
    case analysis::Direction::down: return "down";
    case analysis::Direction::same: return "same";
    case analysis::Direction::newly_scored: return "newly-scored";
    case analysis::Direction::no_longer_scored: return "no-longer-scored";
    case analysis::Direction::not_scored: return "not-scored";
  }
  return "";
}

void write_rows(util::JsonWriter& json, const Comparison& comparison) {
  json.key("rows").begin_array();
  for (std::size_t r = 0; r < comparison.rows.size(); ++r) {
    const auto& row = comparison.rows[r];
    json.begin_object();
    json.key("row").string(row.reference());
    json.key("scores").begin_array();
    for (const auto& result : row.results) score_or_null(json, result->score);
    json.end_array();
    json.key("statuses").begin_array();
    for (const auto& result : row.results) json.string(score_status(result->score));
    json.end_array();
    json.key("evidence").begin_array();
    for (const auto& result : row.results)
      json.optional_string(result->response ? result->response->evidence : std::nullopt);
    json.end_array();
    if (comparison.inputs.size() == 2) {
      json.key("difference");
      optional_number(json, row.difference());
    }
    json.key("spread");
    optional_number(json, row.spread());
    if (!comparison.row_movements.empty()) {
      const auto& movement = comparison.row_movements[r];
      json.key("direction").string(direction_id(movement.direction));
      json.key("newly_evidenced").boolean(movement.newly_evidenced);
      json.key("evidence_changed").boolean(movement.evidence_changed);
    }
    // As the CSV's last column: what the row's scores mean when it has only one of the two signs, else null.
    json.key("scale_note").optional_string(one_sign_note(*comparison.framework, *row.row));
    json.end_object();
  }
  json.end_array();
}

void write_prompts(util::JsonWriter& json, const Comparison& comparison) {
  json.key("prompts").begin_object();
  json.key("sections").begin_array();
  for (const std::size_t s : comparison.section_prompts) json.string(comparison.sections[s].section->id);
  json.end_array();
  json.key("rows").begin_array();
  for (const std::size_t r : comparison.row_prompts) json.string(comparison.rows[r].reference());
  json.end_array();
  json.end_object();
}

// Versions of one review only: the rows that changed (score, evidence or seen
// locally) and the other fields that changed, by key ("commitment.notes").
void write_changes(util::JsonWriter& json, const Comparison& comparison) {
  json.key("changes").begin_object();
  json.key("rows").begin_array();
  for (const auto& change : comparison.row_changes) json.string(comparison.rows[change.row].reference());
  json.end_array();
  json.key("fields").begin_array();
  for (const auto& change : comparison.field_changes) json.string(change.key);
  json.end_array();
  json.end_object();
}

}  // namespace

std::string render_comparison_json(const Comparison& comparison) {
  util::JsonWriter json;
  json.begin_object();
  json.key("format").string("coprod-comparison/2");
  json.key("kind").string(analysis::describe_kind(comparison.kind));
  json.key("framework").string(comparison.framework->id);
  json.key("threshold").decimal(comparison.threshold, 1);
  if (comparison.inputs.size() == 2)
    json.key("difference_direction").string(analysis::difference_direction_label(comparison));
  json.key("spread_direction").string("highest minus lowest");
  write_inputs(json, comparison);
  write_prompts(json, comparison);
  if (comparison.versions_of_one_review) write_changes(json, comparison);
  write_sections(json, comparison);
  write_rows(json, comparison);
  json.end_object();
  return json.finish();
}

}  // namespace coprod::render
