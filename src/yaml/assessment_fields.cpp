#include "yaml/assessment_fields.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "model/score.hpp"
#include "util/add_once.hpp"
#include "yaml/common_fields.hpp"
#include "yaml/reader.hpp"

namespace coprod::yaml {

namespace {

using Kind = AssessmentField::Kind;

const std::vector<std::string> k_row_fields = {"score", "evidence", "indicator_seen", "warning_seen"};
const std::vector<std::string> k_section_fields = {"completed_by", "last_completed", "notes"};

// The fields written before `field` in `order`.
std::vector<std::string> before(const std::vector<std::string>& order, const std::string& field) {
  return std::vector<std::string>(order.begin(), std::find(order.begin(), order.end(), field));
}

std::vector<std::string> split_at_dots(std::string_view text) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  for (std::size_t dot = text.find('.'); dot != std::string_view::npos; dot = text.find('.', start)) {
    parts.emplace_back(text.substr(start, dot - start));
    start = dot + 1;
  }
  parts.emplace_back(text.substr(start));
  return parts;
}

}  // namespace

std::optional<AssessmentField> find_assessment_field(std::string_view reference, const model::Framework& framework) {
  const std::vector<std::string> parts = split_at_dots(reference);
  if (parts.size() == 2 && parts[0] == "reflections" && util::contains(model::k_reflection_keys, parts[1])) {
    return AssessmentField{{"reflections", parts[1]}, Kind::text, before(model::k_reflection_keys, parts[1]), "", ""};
  }
  const model::FrameworkSection* section = parts.size() >= 2 ? framework.find_section(parts[0]) : nullptr;
  if (!section) return std::nullopt;
  if (parts.size() == 2 && util::contains(k_section_fields, parts[1])) {
    const Kind kind = parts[1] == "last_completed" ? Kind::date : Kind::text;
    return AssessmentField{
        {"sections", section->id, parts[1]}, kind, before(k_section_fields, parts[1]), section->id, ""};
  }
  if (parts.size() < 2 || parts.size() > 3 || !section->find_row(parts[1])) return std::nullopt;
  const std::string field = parts.size() == 3 ? parts[2] : "score";
  if (!util::contains(k_row_fields, field)) return std::nullopt;
  const Kind kind = field == "score" ? Kind::score : (field == "evidence" ? Kind::text : Kind::boolean);
  return AssessmentField{
      {"sections", section->id, "rows", parts[1], field}, kind, before(k_row_fields, field), section->id, parts[1]};
}

std::vector<std::string> assessment_field_references(const model::Framework& framework) {
  std::vector<std::string> references;
  for (const auto& section : framework.sections) {
    for (const auto& field : k_section_fields) references.push_back(section.id + "." + field);
    for (const auto& row : section.rows) {
      references.push_back(section.id + "." + row.id);
      for (const auto& field : k_row_fields) references.push_back(section.id + "." + row.id + "." + field);
    }
  }
  for (const auto& field : model::k_reflection_keys) references.push_back("reflections." + field);
  return references;
}

std::optional<std::string> check_field_value(const AssessmentField& field, const std::string& value,
                                             const model::Framework& framework) {
  if (value.empty() || field.kind == Kind::text) return std::nullopt;
  if (field.kind == Kind::score) {
    const auto parsed = model::parse_score(value, framework.scale);
    if (const auto* problem = std::get_if<std::string>(&parsed)) return *problem;
    return std::nullopt;
  }
  // As loading reads it, a plain value in the file: valid when loading records no error.
  Node node;
  node.kind = NodeKind::scalar;
  node.text = value;
  Reader reader("");
  if (field.kind == Kind::date) {
    read_date(reader, node, "'last_completed'");
  } else {
    reader.boolean(node, fmt::format("'{}' of the row '{}.{}'", field.path.back(), field.section_id, field.row_id));
  }
  if (!reader.failed()) return std::nullopt;
  return reader.problems().front().message;
}

ValueChange field_change(const AssessmentField& field, const std::string& value) {
  const auto form = field.kind == Kind::text ? ValueChange::Form::text : ValueChange::Form::word;
  return {field.path, value, form, field.after};
}

}  // namespace coprod::yaml
