#pragma once
// A field of a row or a section indented too little or too far, so that YAML
// reads it one level out or in: `evidence:` moved two spaces left reads as a
// row of its section named 'evidence'. What to do about it, for the message
// that names the unknown key or row.

#include <optional>
#include <string>
#include <string_view>

namespace coprod::yaml {

// The levels of an assessment file's keys, outermost first: the top-level
// keys (format, sections...), the section ids, a section's fields (notes,
// rows...), its row ids, a row's fields (score, evidence...).
enum class AssessmentLevel { top, sections, section, rows, row };

// Where an unknown key was found: its level, the key before it at that level
// ("" for the first), and the section it is in ("" outside one).
struct KeyPlace {
  AssessmentLevel level = AssessmentLevel::top;
  std::string key_before;
  std::string section_id;
};

// The level whose keys `name` is one of: row for a row's field (score,
// evidence, indicator_seen, warning_seen), section for a section's
// (completed_by, last_completed, notes, rows); nothing for any other name,
// and for 'spread', which both have.
std::optional<AssessmentLevel> field_level(std::string_view name);

// When `name` is a row's or a section's field (see field_level()) found at
// another level, what to do: "it looks like a field of the row 'strategy'
// above, indented too little; indent it one level further in than
// 'strategy:', ...". Nothing for any other name.
std::optional<std::string> misplaced_field_advice(std::string_view name, const KeyPlace& place);

}  // namespace coprod::yaml
