#include "render/default_title.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "util/text.hpp"

namespace coprod::render {

namespace {

// "A", "A and B", "A, B and C".
std::string list_in_words(const std::vector<std::string>& items) {
  if (items.size() < 2) return util::join(items, "");
  const std::vector<std::string> all_but_last(items.begin(), items.end() - 1);
  return util::join(all_but_last, ", ") + " and " + items.back();
}

}  // namespace

std::string default_title(const analysis::AssessmentResults& inputs) {
  std::vector<std::string> areas;  // in the inputs' order, each once
  model::Period earliest = inputs.front()->assessment->period;
  model::Period latest = earliest;
  for (const auto& input : inputs) {
    const auto& assessment = *input->assessment;
    if (std::find(areas.begin(), areas.end(), assessment.area) == areas.end()) areas.push_back(assessment.area);
    if (assessment.period < earliest) earliest = assessment.period;
    if (latest < assessment.period) latest = assessment.period;
  }
  const std::string periods =
      earliest == latest ? earliest.to_string() : earliest.to_string() + " to " + latest.to_string();
  return fmt::format("Co-production reflection: {}, {}", list_in_words(areas), periods);
}

}  // namespace coprod::render
