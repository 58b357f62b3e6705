#include "render/plan.hpp"
#include "render/section_results_json.hpp"
#include "util/json_writer.hpp"

namespace coprod::render {

namespace {

void write_rich_list(util::JsonWriter& json, const std::vector<model::RichText>& items) {
  json.begin_array();
  for (const auto& item : items) json.string(item.flattened());
  json.end_array();
}

void write_optional_decimal(util::JsonWriter& json, const std::optional<double>& value) {
  if (value) json.decimal(*value, 1);
  else json.null();
}

// What the priority is made of and what decides between level sections, as
// data and in the words the sheet shows.
void write_place(util::JsonWriter& json, const PlanSheet& sheet, std::size_t index) {
  const auto& attention = sheet.sections[index];
  json.key("priority_parts").begin_object();
  // A section nobody has scored counts the whole scale, as its priority does;
  // one that does not apply here (every row n/a) counts nothing.
  const double top = sheet.inputs.front()->framework->scale.max;
  json.key("below_top").decimal(attention.not_applicable ? 0.0 : attention.below_top.value_or(top), 1);
  json.key("not_scored").boolean(!attention.below_top && !attention.not_applicable);
  json.key("not_applicable").boolean(attention.not_applicable);
  json.key("disagreement").decimal(attention.disagreement, 1);
  json.key("disagreement_is")
      .string(attention.disagreement <= 1e-9     ? "none"
              : attention.disagreement_is_people ? "people-in-a-combined-input"
                                                 : "inputs");
  json.key("warning_signs_seen").number(attention.warnings_seen);
  json.key("warning_sign_points").decimal(attention.not_applicable ? 0.0 : 0.5 * attention.warnings_seen, 1);
  json.end_object();
  json.key("level_with").begin_array();
  for (const auto& id : plan_level_with(sheet, index)) json.string(id);
  json.end_array();
  json.key("place").string(plan_place_words(sheet, index));
}

void write_section(util::JsonWriter& json, const PlanSheet& sheet, std::size_t index) {
  const auto& attention = sheet.sections[index];
  const bool detailed = index < sheet.detailed;
  json.begin_object();
  json.key("id").string(attention.section->id);
  json.key("title").string(attention.section->label());
  write_section_results_json(json, *attention.section, attention.results);
  json.key("priority").decimal(attention.priority, 1);
  write_place(json, sheet, index);
  json.key("reasons").begin_array();
  for (const auto& reason : attention.reasons) json.string(reason);
  json.end_array();
  json.key("rows").begin_array();
  for (const auto& row : attention.rows) {
    json.begin_object();
    json.key("row").string(row.reference);
    json.key("lowest");
    write_optional_decimal(json, row.lowest);
    json.key("warning_seen").boolean(row.warning_seen);
    json.key("warning_sign")
        .optional_string(row.row->warning ? std::optional(row.row->warning->flattened()) : std::nullopt);
    json.end_object();
  }
  json.end_array();
  if (detailed) {
    json.key("bear_in_mind");
    write_rich_list(json, attention.section->bear_in_mind);
    json.key("top_tips");
    write_rich_list(json, attention.section->top_tips);
  }
  json.end_object();
}

// The actions still open from the earlier plan (--from): only with --from,
// so that sheets made without it stay as they were.
void write_carried(util::JsonWriter& json, const PlanSheet& sheet) {
  if (!sheet.carried) return;
  const auto& carried = *sheet.carried;
  json.key("carried_actions").begin_object();
  json.key("plan").string(carried.plan_file);
  json.key("period").string(carried.plan_period.to_string());
  json.key("date").optional_string(carried.today ? std::optional(carried.today->to_string()) : std::nullopt);
  json.key("actions").begin_array();
  for (const auto& action : carried.actions) {
    json.begin_object();
    json.key("id").string(action.id);
    json.key("what").string(action.what);
    json.key("sections").begin_array();
    for (const auto& section : action.sections) json.string(section);
    json.end_array();
    json.key("rows").begin_array();
    for (const auto& row : action.rows) json.string(row);
    json.end_array();
    json.key("owner").optional_string(action.owner);
    json.key("due").optional_string(action.due ? std::optional(action.due->to_string()) : std::nullopt);
    json.key("status").string(model::action_status_id(action.status));
    json.key("carried_from").string(action.carried_from ? action.carried_from->to_string() : "");
    json.key("overdue");
    if (carried.today) json.boolean(action.is_overdue(*carried.today));
    else json.null();
    json.end_object();
  }
  json.end_array();
  json.end_object();
}

}  // namespace

std::string render_plan_sheet_json(const PlanSheet& sheet) {
  util::JsonWriter json;
  json.begin_object();
  json.key("format").string("coprod-plan-sheet/1");
  json.key("inputs").begin_array();
  for (std::size_t i = 0; i < sheet.inputs.size(); ++i) {
    json.begin_object();
    json.key("label").string(plan_input_label(sheet, i));
    json.key("file").string(sheet.inputs[i]->assessment->source);
    json.end_object();
  }
  json.end_array();
  json.key("sections").begin_array();
  for (std::size_t i = 0; i < sheet.sections.size(); ++i) write_section(json, sheet, i);
  json.end_array();
  write_carried(json, sheet);
  json.end_object();
  return json.finish();
}

}  // namespace coprod::render
