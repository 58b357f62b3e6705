#include "analysis/carry_on_row.hpp"

#include <algorithm>

namespace coprod::analysis {

std::optional<std::size_t> row_to_carry_on(const std::vector<bool>& answered) {
  const auto last_answered = std::find(answered.rbegin(), answered.rend(), true);
  const auto after_it = last_answered.base();  // the row after the last answered, or the first row
  if (const auto next = std::find(after_it, answered.end(), false); next != answered.end())
    return static_cast<std::size_t>(next - answered.begin());
  if (const auto first = std::find(answered.begin(), answered.end(), false); first != answered.end())
    return static_cast<std::size_t>(first - answered.begin());
  return std::nullopt;
}

}  // namespace coprod::analysis
