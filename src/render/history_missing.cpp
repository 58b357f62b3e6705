#include "render/history_missing.hpp"

#include <algorithm>
#include <vector>

#include <fmt/format.h>

#include "model/perspective.hpp"
#include "util/escape.hpp"
#include "util/text.hpp"

namespace coprod::render {

namespace {

// "quarter" or "quarters", "month(s)", "half year(s)".
std::string kind_words(const model::Period& period, std::size_t count) {
  const char* word = period.kind() == model::Period::Kind::quarter ? "quarter"
                     : period.kind() == model::Period::Kind::month ? "month"
                                                                   : "half year";
  return count == 1 ? std::string(word) : fmt::format("{}s", word);
}

// "Northbridge, organisation", or "organisation" for a file with no area.
std::string whose(const analysis::History& history) {
  const std::string_view perspective = model::perspective_title(history.perspective);
  return history.area.empty() ? std::string(perspective) : fmt::format("{}, {}", history.area, perspective);
}

// What the table does about a gap: "from 2026-Q1 straight to 2026-Q3", with
// ", and Change is 2026-Q3 minus 2026-Q1" when the gap is before the latest
// period.
std::string across_gap(const analysis::History& history, const analysis::PeriodGap& gap) {
  const std::string& after = history.points[gap.before - 1].period;
  const std::string& next = history.points[gap.before].period;
  const std::string change =
      gap.before + 1 == history.points.size() ? fmt::format(", and Change is {} minus {}", next, after) : std::string();
  return fmt::format("from {} straight to {}{}", after, next, change);
}

bool same_kind(const std::vector<analysis::PeriodGap>& gaps) {
  return std::ranges::all_of(
      gaps, [&](const analysis::PeriodGap& gap) { return gap.first.kind() == gaps.front().first.kind(); });
}

// The note on one gap, a paragraph.
std::string one_gap_note(const analysis::History& history, const analysis::PeriodGap& gap) {
  return fmt::format(
      "{}: neither this file's commits nor its folder, as last committed, hold an assessment for {} ({}), so the "
      "table goes {}. If that review was done, commit its file beside the others.",
      missing_heading(gap), gap.count == 1 ? "that " + kind_words(gap.first, 1) : "those " + kind_words(gap.first, 2),
      whose(history), across_gap(history, gap));
}

}  // namespace

std::string missing_heading(const analysis::PeriodGap& gap) {
  if (gap.count == 1) return "No file for " + analysis::gap_periods(gap);
  return fmt::format("No files for {} ({} {})", analysis::gap_periods(gap), gap.count,
                     kind_words(gap.first, gap.count));
}

std::string missing_periods_note(const analysis::History& history, std::size_t width) {
  if (history.missing.empty()) return {};
  if (history.missing.size() == 1)
    return util::wrap_hanging(util::terminal_text(one_gap_note(history, history.missing.front())), width, 0, 2);
  std::vector<std::string> periods;
  std::size_t count = 0;
  for (const auto& gap : history.missing) {
    periods.push_back(analysis::gap_periods(gap));
    count += gap.count;
  }
  const std::string kinds = same_kind(history.missing) ? kind_words(history.missing.front().first, count) : "periods";
  std::string out = util::wrap_hanging(
      util::terminal_text(
          fmt::format("No files for {} ({} {}): neither this file's commits nor its folder, as last committed, hold an "
                      "assessment for those {} ({}), so the table goes straight across each gap:",
                      util::join_in_words(periods), count, kinds, kinds, whose(history))),
      width, 0, 2);
  for (const auto& gap : history.missing)
    out += util::wrap_hanging(
        util::terminal_text(fmt::format("{}: {}.", analysis::gap_periods(gap), across_gap(history, gap))), width, 4, 6);
  return out + util::wrap_hanging("If those reviews were done, commit their files beside the others.", width, 2, 2);
}

std::string missing_before(const analysis::History& history, std::size_t point) {
  for (const auto& gap : history.missing) {
    if (gap.before == point) return analysis::gap_periods(gap);
  }
  return {};
}

}  // namespace coprod::render
