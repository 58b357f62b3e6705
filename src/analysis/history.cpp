#include "analysis/history.hpp"

#include <algorithm>
#include <map>

namespace coprod::analysis {

namespace {

std::string file_name(const std::string& path) { return path.substr(path.rfind('/') + 1); }

// Whether another version of `version`'s period is of the same file (two
// commits of it), not of another file for the period.
bool same_file_twice(const std::vector<HistoryInput>& versions, const HistoryInput& version) {
  return std::any_of(versions.begin(), versions.end(), [&](const HistoryInput& other) {
    return &other != &version && other.file == version.file &&
           other.result->assessment->period == version.result->assessment->period;
  });
}

}  // namespace

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
    else if (period_counts[period] == 1) point.label = period;
    else
      point.label =
          period + " " + (same_file_twice(versions, version) ? version.commit.substr(0, 7) : file_name(version.file));
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

std::vector<std::pair<std::string, std::vector<std::string>>> files_for_one_period(
    const std::vector<HistoryInput>& versions) {
  std::map<std::string, std::vector<std::string>> files;  // by period
  for (const auto& version : versions) {
    auto& names = files[version.result->assessment->period.to_string()];
    if (std::find(names.begin(), names.end(), version.file) == names.end()) names.push_back(version.file);
  }
  std::vector<std::pair<std::string, std::vector<std::string>>> repeated;
  for (auto& [period, names] : files) {
    if (names.size() < 2) continue;
    std::sort(names.begin(), names.end());
    repeated.emplace_back(period, std::move(names));
  }
  return repeated;
}

}  // namespace coprod::analysis
