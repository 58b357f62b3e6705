#pragma once
// The comments of an assessment file that come from the framework alone (its
// title, the guidance, each section's and row's wording), in the exact bytes
// yaml::write_assessment_file() writes. yaml/ makes them; render/ places them
// in the scoring form, whose script writes the values between them.

#include <string>
#include <vector>

namespace coprod::model {

struct AssessmentFileComments {
  std::string title;                           // "# <framework title>" lines
  std::string guidance;                        // "#\n# For each row ..." up to and with the blank line
  std::vector<std::string> sections;           // per section: "\n" and the comments above its id
  std::vector<std::vector<std::string>> rows;  // per section, per row: "\n" and the comments above its id
  std::string reflections;                     // "\n" and the comments above "reflections:"
  // The two of them in one person's own voice, for a response (perspective individual).
  std::string individual_guidance;
  std::string individual_reflections;
};

}  // namespace coprod::model
