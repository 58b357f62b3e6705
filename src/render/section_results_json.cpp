#include "render/section_results_json.hpp"

namespace coprod::render {

void write_section_results_json(util::JsonWriter& json, const model::FrameworkSection& section,
                                const std::vector<std::shared_ptr<const analysis::SectionResult>>& results) {
  json.key("scores").begin_array();
  for (const auto& result : results) {
    if (result->score) json.decimal(result->score->tenths() / 10.0, 1);
    else json.null();
  }
  json.end_array();
  json.key("means").begin_array();
  for (const auto& result : results) {
    if (result->score) json.real(result->score->value());
    else json.null();
  }
  json.end_array();
  json.key("total_rows").number(static_cast<int>(section.rows.size()));
  json.key("scored_rows").begin_array();
  for (const auto& result : results) json.number(result->scored_rows);
  json.end_array();
  json.key("not_applicable_rows").begin_array();
  for (const auto& result : results) json.number(result->not_applicable_rows);
  json.end_array();
}

}  // namespace coprod::render
