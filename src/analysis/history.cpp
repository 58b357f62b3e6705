#include "analysis/history.hpp"

#include <map>

namespace coprod::analysis {

History build_history(const std::string& file, const std::vector<HistoryInput>& versions) {
  History history;
  history.file = file;
  if (versions.empty()) return history;
  history.framework = versions.back().result->framework;
  history.area = versions.back().result->assessment->area;
  history.perspective = versions.back().result->assessment->perspective;
  std::map<std::string, int> period_counts;
  for (const auto& version : versions) ++period_counts[version.result->assessment->period.to_string()];
  for (const auto& version : versions) {
    HistoryPoint point;
    const std::string period = version.result->assessment->period.to_string();
    if (!version.committed) point.label = period + " (working copy)";
    else point.label = period_counts[period] > 1 ? period + " " + version.commit.substr(0, 7) : period;
    point.period = period;
    point.committed = version.committed;
    point.commit = version.commit;
    point.date = version.date;
    point.file = version.file;
    for (const auto& section : version.result->sections) {
      point.scores.push_back(section.score ? std::optional<double>(section.score->tenths() / 10.0) : std::nullopt);
      point.not_applicable.push_back(section.is_not_applicable());
      point.coverage.push_back(section.coverage());
    }
    history.points.push_back(std::move(point));
  }
  return history;
}

}  // namespace coprod::analysis
