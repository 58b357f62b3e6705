#pragma once
// A row's or a section's field indented so far that YAML reads it as part of
// the block of text above it:
//     evidence: |-
//       Minutes of the March meeting.
//         indicator_seen: true
// is evidence of two lines, and the row has no indicator_seen. `check` flags
// such a line (field-in-text) when it reads exactly as the field would, with
// a value the field takes (score: 3, indicator_seen: true, last_completed:
// 2026-11-19), so that evidence that only mentions a field is left alone.

#include <string>
#include <vector>

#include "analysis/check_flags.hpp"
#include "model/text_field.hpp"

namespace coprod::analysis {

inline constexpr const char* k_field_in_text_rule = "field-in-text";

// A flag at every line of an assessment's evidence or notes that reads as one
// of a row's or a section's fields.
std::vector<Flag> flag_fields_in_text(const std::string& source, const std::vector<model::TextField>& fields);

}  // namespace coprod::analysis
