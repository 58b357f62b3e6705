#include "render/history_missing.hpp"

#include <fmt/format.h>

#include "model/perspective.hpp"

namespace coprod::render {

namespace {

// "quarter" or "quarters", "month(s)", "half year(s)".
std::string kind_words(const model::Period& period, std::size_t count) {
  const char* word = period.kind() == model::Period::Kind::quarter ? "quarter"
                     : period.kind() == model::Period::Kind::month ? "month"
                                                                   : "half year";
  return count == 1 ? std::string(word) : fmt::format("{}s", word);
}

}  // namespace

std::string missing_heading(const analysis::PeriodGap& gap) {
  if (gap.count == 1) return "No file for " + analysis::gap_periods(gap);
  return fmt::format("No files for {} ({} {})", analysis::gap_periods(gap), gap.count,
                     kind_words(gap.first, gap.count));
}

std::string missing_period_note(const analysis::History& history, const analysis::PeriodGap& gap) {
  const std::string& after = history.points[gap.before - 1].period;
  const std::string& next = history.points[gap.before].period;
  const std::string whose = history.area.empty()
                                ? std::string(model::perspective_title(history.perspective))
                                : fmt::format("{}, {}", history.area, model::perspective_title(history.perspective));
  const std::string change =
      gap.before + 1 == history.points.size() ? fmt::format(", and Change is {} minus {}", next, after) : std::string();
  return fmt::format(
      "{}: neither this file's commits nor its folder, as last committed, hold an assessment for {} ({}), so the "
      "table goes from {} straight to {}{}. If that review was done, commit its file beside the others.",
      missing_heading(gap), gap.count == 1 ? "that " + kind_words(gap.first, 1) : "those " + kind_words(gap.first, 2),
      whose, after, next, change);
}

std::string missing_before(const analysis::History& history, std::size_t point) {
  for (const auto& gap : history.missing) {
    if (gap.before == point) return analysis::gap_periods(gap);
  }
  return {};
}

}  // namespace coprod::render
