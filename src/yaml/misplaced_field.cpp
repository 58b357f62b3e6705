#include "yaml/misplaced_field.hpp"

#include <algorithm>
#include <array>

#include <fmt/format.h>

namespace coprod::yaml {

namespace {

constexpr std::array<std::string_view, 4> k_row_fields = {"score", "evidence", "indicator_seen", "warning_seen"};
constexpr std::array<std::string_view, 4> k_section_fields = {"completed_by", "last_completed", "notes", "rows"};

template <typename Names>
bool is_one_of(const Names& names, std::string_view name) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

// The field beside which a misplaced `name` belongs: another of its owner's.
std::string_view field_beside(std::string_view name, bool of_a_row) {
  if (of_a_row) return name == "score" ? "evidence" : "score";
  return name == "rows" ? "completed_by" : "rows";
}

// A row's field found among the row ids, the section's fields or further out.
std::string row_field_advice(std::string_view name, const KeyPlace& place) {
  const std::string_view beside = field_beside(name, true);
  if (place.level == AssessmentLevel::rows && !place.key_before.empty()) {
    return fmt::format(
        "it looks like a field of the row '{}' above, indented too little; indent it as far as that "
        "row's '{}:'",
        place.key_before, beside);
  }
  if (place.level == AssessmentLevel::rows) {
    return fmt::format(
        "it looks like a field of a row, but no row is named above it; put it under its row, "
        "indented as far as that row's '{}:'",
        beside);
  }
  return fmt::format(
      "it looks like a field of a row, indented too little; indent it as far as the '{}:' of the row "
      "it belongs to",
      beside);
}

// A section's field found among its row ids or a row's fields (too far in),
// or among the section ids or the top-level keys (too little).
std::string section_field_advice(std::string_view name, const KeyPlace& place) {
  const std::string_view beside = field_beside(name, false);
  if (place.level == AssessmentLevel::rows || place.level == AssessmentLevel::row) {
    return fmt::format(
        "it looks like a field of the section '{}', indented too far; indent it as far as that "
        "section's '{}:'",
        place.section_id, beside);
  }
  if (place.level == AssessmentLevel::sections && !place.key_before.empty()) {
    return fmt::format(
        "it looks like a field of the section '{}' above, indented too little; indent it as far as "
        "that section's '{}:'",
        place.key_before, beside);
  }
  return fmt::format(
      "it looks like a field of a section, indented too little; indent it as far as the '{}:' of the "
      "section it belongs to",
      beside);
}

}  // namespace

std::optional<std::string> misplaced_field_advice(std::string_view name, const KeyPlace& place) {
  if (is_one_of(k_row_fields, name) && place.level != AssessmentLevel::row) return row_field_advice(name, place);
  if (is_one_of(k_section_fields, name) && place.level != AssessmentLevel::section)
    return section_field_advice(name, place);
  return std::nullopt;
}

}  // namespace coprod::yaml
