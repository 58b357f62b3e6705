#pragma once
// Writes an assessment file for people to complete in any editor: the
// framework's aims, indicators and warning signs as comments above the
// places they apply to, and the values (if any) of an assessment.

#include <string>

#include "model/assessment.hpp"
#include "model/framework.hpp"

namespace coprod::yaml {

struct AssessmentFileOptions {
  std::string schema_url;  // for editors' "# yaml-language-server" line; empty for none
};

// `assessment` provides area, perspective and period, and any scores,
// evidence and notes to carry into the file (none for a fresh file).
std::string write_assessment_file(const model::Framework& framework, const model::Assessment& assessment,
                                  const AssessmentFileOptions& options);

// The "reflections:" entry alone (section 5.4.4 of the guide).
std::string write_reflections_entry(const model::Reflections& reflections);

}  // namespace coprod::yaml
