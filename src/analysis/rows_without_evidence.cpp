#include "analysis/rows_without_evidence.hpp"

namespace coprod::analysis {

RowsWithoutEvidence rows_without_evidence(const AssessmentResult& result) {
  RowsWithoutEvidence found;
  for (std::size_t s = 0; s < result.sections.size(); ++s) {
    const auto& rows = result.sections[s].rows;
    for (std::size_t r = 0; r < rows.size(); ++r) {
      if (!rows[r].score.is_scored()) continue;
      ++found.scored;
      if (!rows[r].has_evidence()) found.rows.push_back({s, r});
    }
  }
  return found;
}

}  // namespace coprod::analysis
