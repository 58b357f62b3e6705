#pragma once
// The values of an assessment file a person fills in, named the way
// `coprod score --set` names them, with the checks loading makes:
//   section.row               the row's score
//   section.row.FIELD         score, evidence, indicator_seen, warning_seen
//   section.FIELD             completed_by, last_completed, notes
//   reflections.FIELD         surprising, challenging, learnt, priorities

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/framework.hpp"
#include "yaml/tree_edit.hpp"

namespace coprod::yaml {

struct AssessmentField {
  enum class Kind { score, text, date, boolean };
  std::vector<std::string> path;  // in the file: {"sections", "commitment", "notes"}
  Kind kind = Kind::text;
  std::vector<std::string> after;  // the keys it is written after when missing
  std::string section_id;          // for rows and sections
  std::string row_id;              // for rows
};

// The field `reference` names, or nullopt when it names none.
std::optional<AssessmentField> find_assessment_field(std::string_view reference, const model::Framework& framework);

// Every reference find_assessment_field() knows, for suggestions and completion.
std::vector<std::string> assessment_field_references(const model::Framework& framework);

// nullopt when `value` may be written to the field ("" always may: it leaves
// the field empty), else the message loading gives for it.
std::optional<std::string> check_field_value(const AssessmentField& field, const std::string& value,
                                             const model::Framework& framework);

// The change that writes `value` ("" leaves it empty).
ValueChange field_change(const AssessmentField& field, const std::string& value);

}  // namespace coprod::yaml
