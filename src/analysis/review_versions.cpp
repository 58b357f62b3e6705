#include "analysis/review_versions.hpp"

namespace coprod::analysis {

namespace {

std::optional<std::string> evidence_of(const RowResult& result) {
  if (!result.has_evidence()) return std::nullopt;
  return result.response->evidence;
}

std::optional<bool> seen(const RowResult& result, std::optional<bool> model::RowResponse::*answer) {
  return result.response ? (*result.response).*answer : std::nullopt;
}

RowChange change_of(const RowComparison& row, std::size_t index) {
  RowChange change;
  change.row = index;
  const RowResult& first = *row.results.front();
  for (const auto& result : row.results) {
    change.score_changed = change.score_changed || !(result->score == first.score);
    change.evidence_changed = change.evidence_changed || evidence_of(*result) != evidence_of(first);
    change.indicator_seen_changed =
        change.indicator_seen_changed ||
        seen(*result, &model::RowResponse::indicator_seen) != seen(first, &model::RowResponse::indicator_seen);
    change.warning_seen_changed = change.warning_seen_changed || seen(*result, &model::RowResponse::warning_seen) !=
                                                                     seen(first, &model::RowResponse::warning_seen);
  }
  return change;
}

}  // namespace

bool are_versions_of_one_review(const AssessmentResults& inputs) {
  if (inputs.size() < 2) return false;
  for (std::size_t i = 0; i < inputs.size(); ++i) {
    const model::Assessment& assessment = *inputs[i]->assessment;
    if (!assessment.is_same_review(*inputs.front()->assessment)) return false;
    for (std::size_t j = 0; j < i; ++j) {
      if (!assessment.is_other_version_of(*inputs[j]->assessment)) return false;
    }
  }
  return true;
}

std::vector<RowChange> find_row_changes(const std::vector<RowComparison>& rows) {
  std::vector<RowChange> changes;
  for (std::size_t r = 0; r < rows.size(); ++r) {
    const RowChange change = change_of(rows[r], r);
    if (change.any()) changes.push_back(change);
  }
  return changes;
}

}  // namespace coprod::analysis
