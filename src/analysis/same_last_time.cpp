#include "analysis/same_last_time.hpp"

#include <algorithm>

#include "util/text.hpp"

namespace coprod::analysis {

std::vector<SameLastTime> group_by_last_time(const std::vector<LastTimeAnswers>& sections) {
  std::vector<SameLastTime> groups;
  for (const auto& section : sections) {
    const std::string by(util::trim(section.completed_by));
    const auto same = std::ranges::find_if(groups, [&](const SameLastTime& group) {
      return group.last_completed == section.last_completed && group.completed_by == by;
    });
    if (same != groups.end()) same->numbers.push_back(section.number);
    else groups.push_back({section.last_completed, by, {section.number}});
  }
  return groups;
}

std::vector<model::Date> last_dates(const std::vector<SameLastTime>& groups) {
  std::vector<model::Date> dates;
  for (const auto& group : groups) {
    if (group.last_completed && std::ranges::find(dates, *group.last_completed) == dates.end())
      dates.push_back(*group.last_completed);
  }
  std::ranges::sort(dates);
  return dates;
}

}  // namespace coprod::analysis
