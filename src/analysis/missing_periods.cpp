#include "analysis/missing_periods.hpp"

namespace coprod::analysis {

std::vector<PeriodGap> missing_periods(const std::vector<model::Period>& periods) {
  std::vector<PeriodGap> gaps;
  for (std::size_t i = 1; i < periods.size(); ++i) {
    const model::Period& earlier = periods[i - 1];
    const model::Period& later = periods[i];
    if (earlier.kind() != later.kind() || !(earlier < later)) continue;
    const model::Period first = earlier.next();
    if (first == later) continue;
    PeriodGap gap{i, first, first, 0};
    for (model::Period missing = first; missing < later; missing = missing.next()) {
      gap.last = missing;
      ++gap.count;
    }
    gaps.push_back(gap);
  }
  return gaps;
}

std::string gap_periods(const PeriodGap& gap) {
  if (gap.count == 1) return gap.first.to_string();
  return gap.first.to_string() + " to " + gap.last.to_string();
}

}  // namespace coprod::analysis
