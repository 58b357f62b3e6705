#include "render/period_words.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "util/text.hpp"

namespace coprod::render {

std::optional<std::string> months_to_tell(const model::Period& period) {
  if (period.kind() == model::Period::Kind::month) return std::nullopt;
  return model::period_in_words(period);
}

std::optional<std::string> period_months(const model::Period& period) {
  const auto months = months_to_tell(period);
  if (!months) return std::nullopt;
  return fmt::format("{}: {}", period.to_string(), *months);
}

std::string periods_in_words(const analysis::AssessmentResults& inputs, const analysis::AssessmentResults& previous) {
  return util::join(period_months(inputs, previous), "; ");
}

std::vector<std::string> period_months(const analysis::AssessmentResults& inputs,
                                       const analysis::AssessmentResults& previous) {
  std::vector<model::Period> periods;
  for (const auto* results : {&inputs, &previous}) {
    for (const auto& result : *results) {
      const model::Period& period = result->assessment->period;
      if (!months_to_tell(period)) continue;
      if (std::find(periods.begin(), periods.end(), period) == periods.end()) periods.push_back(period);
    }
  }
  std::vector<std::string> words;
  for (const auto& period : periods) words.push_back(*period_months(period));
  return words;
}

}  // namespace coprod::render
