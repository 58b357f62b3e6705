#include "yaml/misplaced_field.hpp"

#include <fmt/format.h>

namespace coprod::yaml {

namespace {

// A row's field found among the row ids, the section's fields or further out.
// Where to put it is said by the owner's name, which every row and section
// has, not by another field, which it may not have (a row not scored yet has
// no 'score:').
std::string row_field_advice(const KeyPlace& place) {
  if (place.level == AssessmentLevel::rows && !place.key_before.empty()) {
    return fmt::format(
        "it looks like a field of the row '{0}' above, indented too little; indent it one level further in "
        "than '{0}:', where that row's other fields are",
        place.key_before);
  }
  if (place.level == AssessmentLevel::rows) {
    return "it looks like a field of a row, but no row is named above it; put it under its row, one level "
           "further in than the row's name";
  }
  return "it looks like a field of a row, indented too little; indent it one level further in than the name of "
         "the row it belongs to";
}

// A section's field found among its row ids or a row's fields (too far in),
// or among the section ids or the top-level keys (too little).
std::string section_field_advice(const KeyPlace& place) {
  if (place.level == AssessmentLevel::rows || place.level == AssessmentLevel::row) {
    return fmt::format(
        "it looks like a field of the section '{0}', indented too far; indent it one level further in than "
        "'{0}:', where that section's other fields are",
        place.section_id);
  }
  if (place.level == AssessmentLevel::sections && !place.key_before.empty()) {
    return fmt::format(
        "it looks like a field of the section '{0}' above, indented too little; indent it one level further "
        "in than '{0}:', where that section's other fields are",
        place.key_before);
  }
  return "it looks like a field of a section, indented too little; indent it one level further in than the name "
         "of the section it belongs to";
}

}  // namespace

std::optional<AssessmentLevel> field_level(std::string_view name) {
  for (const std::string_view field : {"score", "evidence", "indicator_seen", "warning_seen"})
    if (name == field) return AssessmentLevel::row;
  for (const std::string_view field : {"completed_by", "last_completed", "notes", "rows"})
    if (name == field) return AssessmentLevel::section;
  return std::nullopt;
}

std::optional<std::string> misplaced_field_advice(std::string_view name, const KeyPlace& place) {
  const auto level = field_level(name);
  if (!level || *level == place.level) return std::nullopt;
  return *level == AssessmentLevel::row ? row_field_advice(place) : section_field_advice(place);
}

}  // namespace coprod::yaml
