// score --set SECTION.last_completed=DATE on a section carried forward
// (init --from): the new date would pass its notes and completed_by off as
// this period's, so what they still say is printed, with how to change them.

#include <algorithm>

#include "analysis/words_kept.hpp"
#include "cli/editable_assessment.hpp"
#include "cli/score_options.hpp"

namespace coprod::cli {

namespace {

const model::SectionResponse* find_section(const std::vector<model::SectionResponse>& sections, const std::string& id) {
  const auto found = std::find_if(sections.begin(), sections.end(),
                                  [&](const model::SectionResponse& section) { return section.section_id == id; });
  return found == sections.end() ? nullptr : &*found;
}

// The place of the section's last_completed in the saved file, or {0, 0}.
util::Position saved_date_position(const EditableAssessment& file, const std::string& section_id) {
  const yaml::Node* date = file.tree().find_path({"sections", section_id, "last_completed"});
  return date ? date->position : util::Position{0, 0};
}

}  // namespace

util::Diagnostics words_kept_warnings(const EditableAssessment& file, const std::vector<model::SectionResponse>& before,
                                      const std::vector<std::string>& dated,
                                      const std::vector<std::string>& texts_set) {
  util::Diagnostics warnings;
  const model::Assessment& assessment = file.loaded().assessment;
  for (const auto& section_id : dated) {
    if (std::find(texts_set.begin(), texts_set.end(), section_id) != texts_set.end()) continue;
    const model::SectionResponse* was = find_section(before, section_id);
    const model::SectionResponse* now = assessment.find_section(section_id);
    if (!was || !now) continue;
    if (auto message = analysis::words_kept_message(*was, *now, assessment.period)) {
      warnings.push_back(
          {util::Severity::warning, file.path(), saved_date_position(file, section_id), std::move(*message)});
    }
  }
  return warnings;
}

}  // namespace coprod::cli
