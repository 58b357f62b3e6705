#pragma once
// An assessment's section scores period by period, from its committed
// versions and, when it has changes not committed yet, its working copy.

#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "analysis/missing_periods.hpp"
#include "analysis/scoring.hpp"
#include "model/perspective.hpp"

namespace coprod::analysis {

struct HistoryPoint {
  std::string label;                          // the file's period ("2026-Q3"); when a period repeats, with the
                                              // file's name (two files for it) or the commit (one file twice);
                                              // or "2026-Q4 (working copy)"
  std::string commit;                         // full commit id; "" for the working copy
  std::string date;                           // commit date, YYYY-MM-DD (UTC); "" for the working copy
  std::string file;                           // the file in that commit (a rename, or an earlier period's file)
  std::vector<std::optional<double>> scores;  // per section, as displayed
  std::vector<bool> not_applicable;           // per section: every row n/a (so no score, yet not "not scored")
  std::vector<Coverage> coverage;             // per section: the rows its score counts
  std::string period;                         // "2026-Q3"
  bool committed = true;                      // false for the working copy, with changes not committed yet
  std::string told_apart_by;                  // when a period repeats, what tells this version apart in a short
                                              // heading: the part of its file's name the others lack ("draft"
                                              // for 2026-Q3-organisation-draft.coprod.yaml), or the commit
  std::vector<std::optional<double>> means;   // per section, unrounded, for sums of one's own
  // Per section, the change since the version before, in tenths of the scores
  // as shown (section_change_tenths); none for the first version or when either has no score.
  std::vector<std::optional<int>> change_tenths;
  // Per section: whether that change compares averages of different rows
  // (averages_of_different_rows), so is not like for like.
  std::vector<bool> change_of_different_rows;
  // The version was made on or before `date`, in `commit` or earlier: that
  // commit is one of a shallow clone's oldest, and the clone has no older
  // history to say when.
  bool on_or_before = false;

  bool is_not_applicable(std::size_t section) const {
    return section < not_applicable.size() && not_applicable[section];
  }
  Coverage coverage_of(std::size_t section) const { return section < coverage.size() ? coverage[section] : Coverage{}; }
  std::optional<int> change_of(std::size_t section) const {
    return section < change_tenths.size() ? change_tenths[section] : std::nullopt;
  }
  bool is_change_of_different_rows(std::size_t section) const {
    return section < change_of_different_rows.size() && change_of_different_rows[section];
  }
};

struct History {
  std::shared_ptr<const model::Framework> framework;
  std::string file;
  std::string area;                                                   // the newest version's
  model::Perspective perspective = model::Perspective::organisation;  // the newest version's
  std::vector<HistoryPoint> points;                                   // oldest first
  // The periods with no version between two points (2026-Q2 between 2026-Q1
  // and 2026-Q3): each gap's `before` is the index of the point after it.
  std::vector<PeriodGap> missing;
  bool shallow = false;  // read from a shallow clone: versions older than the clone are missing
};

struct HistoryInput {
  std::string commit;  // "" for the working copy
  std::string date;    // "" for the working copy
  std::string file;
  std::shared_ptr<const AssessmentResult> result;
  bool committed = true;      // false for the working copy, with changes not committed yet
  bool on_or_before = false;  // made on or before `date` (see HistoryPoint::on_or_before)
};

History build_history(const std::string& file, const std::vector<HistoryInput>& versions);

// Versions of other files for the same period (a draft committed beside the
// real file), which history shows apart: each period's files, by name, where
// there are two or more.
std::vector<std::pair<std::string, std::vector<std::string>>> files_for_one_period(
    const std::vector<HistoryInput>& versions);

}  // namespace coprod::analysis
