#include "analysis/history.hpp"

#include <algorithm>
#include <map>

#include "analysis/previous_period.hpp"
#include "util/add_once.hpp"

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

std::string told_apart_part(const std::vector<HistoryInput>& versions, const HistoryInput& version);

bool is_separator(char c) { return c == '-' || c == '_' || c == '.' || c == ' '; }

// Where the text shared by all `names` from the start ends, at a separator
// or the end of every name, so no word is cut.
std::size_t shared_start(const std::vector<std::string>& names) {
  std::size_t shared = names.front().size();
  for (const auto& name : names) {
    const auto [a, b] = std::mismatch(names.front().begin(), names.front().begin() + std::min(shared, name.size()),
                                      name.begin(), name.end());
    shared = static_cast<std::size_t>(a - names.front().begin());
  }
  const auto at_boundary = [&](std::size_t i) {
    return std::all_of(names.begin(), names.end(),
                       [&](const std::string& n) { return i == n.size() || is_separator(n[i]); });
  };
  while (shared > 0 && !at_boundary(shared)) --shared;
  return shared;
}

std::string reversed(std::string text) {
  std::reverse(text.begin(), text.end());
  return text;
}

// Each name without what all of them share at the start and at the end (as
// whole words), and without separators left at its ends: "draft" and "" for
// 2026-Q3-organisation-draft.coprod.yaml and 2026-Q3-organisation.coprod.yaml.
std::vector<std::string> parts_told_apart(const std::vector<std::string>& names) {
  std::vector<std::string> backwards;
  for (const auto& name : names) backwards.push_back(reversed(name));
  const std::size_t start = shared_start(names);
  const std::size_t end = shared_start(backwards);
  std::vector<std::string> parts;
  for (const auto& name : names) {
    std::string part = start + end >= name.size() ? "" : name.substr(start, name.size() - start - end);
    const auto first = part.find_first_not_of("-_. ");
    part = first == std::string::npos ? "" : part.substr(first, part.find_last_not_of("-_. ") - first + 1);
    parts.push_back(part);
  }
  return parts;
}

// What tells `version`'s file apart from the other files for its period.
std::string told_apart_part(const std::vector<HistoryInput>& versions, const HistoryInput& version) {
  std::vector<std::string> names;
  const auto& period = version.result->assessment->period;
  for (const auto& other : versions) {
    const std::string name = file_name(other.file);
    if (other.committed && other.result->assessment->period == period &&
        std::find(names.begin(), names.end(), name) == names.end())
      names.push_back(name);
  }
  const auto position = std::find(names.begin(), names.end(), file_name(version.file)) - names.begin();
  return parts_told_apart(names)[static_cast<std::size_t>(position)];
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
  const HistoryInput* before = nullptr;
  std::vector<model::Period> periods;
  for (const auto& version : versions) {
    periods.push_back(version.result->assessment->period);
    HistoryPoint point;
    const std::string period = version.result->assessment->period.to_string();
    if (!version.committed) point.label = period + " (working copy)";
    else if (period_counts[period] == 1) point.label = period;
    else
      point.label =
          period + " " + (same_file_twice(versions, version) ? version.commit.substr(0, 7) : file_name(version.file));
    point.period = period;
    if (version.committed && period_counts[period] > 1) {
      point.told_apart_by =
          same_file_twice(versions, version) ? version.commit.substr(0, 7) : told_apart_part(versions, version);
    }
    point.committed = version.committed;
    point.commit = version.commit;
    point.date = version.date;
    point.on_or_before = version.on_or_before;
    point.file = version.file;
    for (std::size_t s = 0; s < version.result->sections.size(); ++s) {
      const auto& section = version.result->sections[s];
      point.scores.push_back(section.score ? std::optional<double>(section.score->tenths() / 10.0) : std::nullopt);
      point.means.push_back(section.score ? std::optional<double>(section.score->value()) : std::nullopt);
      point.not_applicable.push_back(section.is_not_applicable());
      point.coverage.push_back(section.coverage());
      const auto change = before ? section_change_tenths(*version.result, *before->result, s) : std::nullopt;
      point.change_tenths.push_back(change);
      point.change_of_different_rows.push_back(change &&
                                               averages_of_different_rows(*version.result, *before->result, s));
    }
    history.points.push_back(std::move(point));
    before = &version;
  }
  history.missing = missing_periods(periods);
  return history;
}

std::vector<std::pair<std::string, std::vector<std::string>>> files_for_one_period(
    const std::vector<HistoryInput>& versions) {
  std::map<std::string, std::vector<std::string>> files;  // by period
  for (const auto& version : versions) {
    auto& names = files[version.result->assessment->period.to_string()];
    util::add_once(names, version.file);
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
