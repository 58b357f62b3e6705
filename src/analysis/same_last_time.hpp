#pragma once
// Sections carried forward from an earlier period, grouped by what they were
// given last time: the day each was completed and who completed it. score
// --interactive shows the groups ("sections 1 to 12: 30 September 2026, peer
// network meeting") before one question asks for all of them, so that sections
// whose answers differ are seen to differ, and none loses its own.

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "model/date.hpp"

namespace coprod::analysis {

// A section's answers from last time, by its place in the framework (1 for
// the first).
struct LastTimeAnswers {
  std::size_t number = 0;
  std::optional<model::Date> last_completed;
  std::string completed_by;  // empty when no one was named
};

// Sections given the same date and "completed by" last time.
struct SameLastTime {
  std::optional<model::Date> last_completed;
  std::string completed_by;
  std::vector<std::size_t> numbers;  // in the order given
};

// `sections` grouped by their date and "completed by" (compared with the
// spaces around it taken off), the groups in the order of their first
// section.
std::vector<SameLastTime> group_by_last_time(const std::vector<LastTimeAnswers>& sections);

// The different dates the groups were completed on, earliest first (none
// for a group with no date).
std::vector<model::Date> last_dates(const std::vector<SameLastTime>& groups);

}  // namespace coprod::analysis
