#include "render/default_title.hpp"

#include <fmt/format.h>

#include "util/add_once.hpp"
#include "util/text.hpp"

namespace coprod::render {

std::string areas_and_periods(const analysis::AssessmentResults& inputs) {
  std::vector<std::string> areas;  // in the inputs' order, each once
  model::Period earliest = inputs.front()->assessment->period;
  model::Period latest = earliest;
  for (const auto& input : inputs) {
    const auto& assessment = *input->assessment;
    util::add_once(areas, assessment.area);
    if (assessment.period < earliest) earliest = assessment.period;
    if (latest < assessment.period) latest = assessment.period;
  }
  const std::string periods =
      earliest == latest ? earliest.to_string() : earliest.to_string() + " to " + latest.to_string();
  return fmt::format("{}, {}", util::join_in_words(areas), periods);
}

std::string default_title(const analysis::AssessmentResults& inputs) {
  return "Co-production reflection: " + areas_and_periods(inputs);
}

}  // namespace coprod::render
