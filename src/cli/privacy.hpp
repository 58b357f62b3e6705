#pragma once
// Likely personal data in a file's free text: flags that point at the place
// (for `check` and `report`), and masking in the loaded values (`report --redact`).

#include <string>
#include <string_view>
#include <vector>

#include "model/assessment.hpp"
#include "model/plan.hpp"
#include "util/diagnostic.hpp"
#include "yaml/document.hpp"
#include "yaml/text_fields.hpp"

namespace coprod::cli {

struct Flag {
  util::Diagnostic diagnostic;  // a warning naming file:line:column
  std::string rule;             // "email", "evidence-missing", ...
};

// Flags for every likely piece of personal data not marked as reviewed, in
// the free-text values (what reports publish).
std::vector<Flag> scan_personal_data(const std::string& source, std::string_view text, const yaml::Node& root);

// The same for the comments (which `check` looks inside too: they are
// committed and shared with the file, though reports leave them out). A
// comment holding "coprod: reviewed" (or "coprod: reviewed phone, email") is
// passed over.
std::vector<Flag> scan_comments(const std::string& source, std::string_view text);

// Flags for likely personal data anywhere in a framework file (its wording
// and its comments); a line is passed over if it holds "# coprod: reviewed".
std::vector<Flag> scan_framework_text(const std::string& source, std::string_view text);

// Masks likely personal data in the values (except where reviewed); returns how many.
int redact_assessment(model::Assessment& assessment, const std::vector<yaml::TextField>& fields);
int redact_plan(model::Plan& plan, const std::vector<yaml::TextField>& fields);

// Removes evidence, notes, reflections and who completed each section.
void keep_scores_only(model::Assessment& assessment);

}  // namespace coprod::cli
