#include "analysis/next_period.hpp"

#include <fmt/format.h>

namespace coprod::analysis {

util::Diagnostics check_next_period(const model::Assessment& previous, const model::Period& next) {
  const std::string old_period = previous.period.to_string();
  const std::string new_period = next.to_string();
  const std::string after = previous.period.next().to_string();
  if (next == previous.period || previous.period.ends_before(next)) return {};
  if (next.first_day() < previous.period.first_day()) {
    return {{util::Severity::error,
             previous.source,
             {0, 0},
             fmt::format("this is for {}, and --period {} starts before it, so its scores would be carried back to an "
                         "earlier time; give a --period after {} (such as {}), or start the {} file afresh, without "
                         "--from",
                         old_period, new_period, old_period, after, new_period)}};
  }
  // The periods share months: 2026-H2 then 2026-Q4 (shorter periods), or
  // 2026-10 then 2026-Q4 (longer ones, from the same month).
  const bool shorter = previous.period.takes_in(next);
  return {{util::Severity::warning,
           previous.source,
           {0, 0},
           fmt::format("this is for {}, which {} --period {}, so the new file is for months already assessed; that "
                       "is right when moving to {} review periods, otherwise give a --period after {} (such as {})",
                       old_period, model::overlap_words(previous.period, next), new_period,
                       shorter ? "shorter" : "longer", old_period, after)}};
}

}  // namespace coprod::analysis
