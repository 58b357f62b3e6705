#include "render/period_words.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "util/text.hpp"

namespace coprod::render {

std::string periods_in_words(const analysis::AssessmentResults& inputs, const analysis::AssessmentResults& previous) {
  return util::join(period_months(inputs, previous), "; ");
}

std::vector<std::string> period_months(const analysis::AssessmentResults& inputs,
                                       const analysis::AssessmentResults& previous) {
  std::vector<model::Period> periods;
  for (const auto* results : {&inputs, &previous}) {
    for (const auto& result : *results) {
      const model::Period& period = result->assessment->period;
      if (period.kind() == model::Period::Kind::month) continue;
      if (std::find(periods.begin(), periods.end(), period) == periods.end()) periods.push_back(period);
    }
  }
  std::vector<std::string> words;
  for (const auto& period : periods)
    words.push_back(fmt::format("{}: {}", period.to_string(), model::period_in_words(period)));
  return words;
}

}  // namespace coprod::render
