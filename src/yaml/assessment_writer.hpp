#pragma once
// Writes an assessment file for people to complete in any editor: the
// framework's aims, indicators and warning signs as comments above the
// places they apply to, and the values (if any) of an assessment.

#include <string>
#include <string_view>

#include "model/assessment.hpp"
#include "model/assessment_file_comments.hpp"
#include "model/framework.hpp"

namespace coprod::yaml {

// `assessment` provides area, perspective and period, and any scores,
// evidence and notes to carry into the file (none for a fresh file).
// `schema_url` is for editors' "# yaml-language-server" line; empty for none.
std::string write_assessment_file(const model::Framework& framework, const model::Assessment& assessment,
                                  std::string_view schema_url);

// The comments of an assessment file that come from the framework alone (the
// guidance and reflections also in one person's own voice), in the exact
// bytes write_assessment_file() writes, for a writer that fills in
// the values elsewhere (the scoring form's script, render/form_page).
model::AssessmentFileComments assessment_file_comments(const model::Framework& framework);

// "# Self-assessment by the <perspective> for <area>." wrapped as in the file;
// for one person's response, "# One person's own view of co-production in <area> …".
std::string self_assessment_comment(const model::Assessment& assessment);

// `text` as "# " comment lines indented by `indent`, wrapped as in the file.
std::string comment_lines(std::string_view text, std::size_t indent = 0);

// The "reflections:" entry alone (section 5.4.4 of the guide).
std::string write_reflections_entry(const model::Reflections& reflections);

}  // namespace coprod::yaml
