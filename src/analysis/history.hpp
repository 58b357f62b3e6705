#pragma once
// An assessment's section scores period by period, from its committed versions.

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "analysis/scoring.hpp"

namespace coprod::analysis {

struct HistoryPoint {
  std::string label;                          // the file's period ("2026-Q3"), with the commit when a period repeats
  std::string commit;                         // full commit id
  std::string date;                           // commit date, YYYY-MM-DD (UTC)
  std::string file;                           // the file in that commit (a rename, or an earlier period's file)
  std::vector<std::optional<double>> scores;  // per section, as displayed
  std::vector<bool> not_applicable;           // per section: every row n/a (so no score, yet not "not scored")
  std::vector<Coverage> coverage;             // per section: the rows its score counts

  bool is_not_applicable(std::size_t section) const {
    return section < not_applicable.size() && not_applicable[section];
  }
  Coverage coverage_of(std::size_t section) const { return section < coverage.size() ? coverage[section] : Coverage{}; }
};

struct History {
  std::shared_ptr<const model::Framework> framework;
  std::string file;
  std::vector<HistoryPoint> points;  // oldest first
};

struct HistoryInput {
  std::string commit;
  std::string date;
  std::string file;
  std::shared_ptr<const AssessmentResult> result;
};

History build_history(const std::string& file, const std::vector<HistoryInput>& versions);

}  // namespace coprod::analysis
