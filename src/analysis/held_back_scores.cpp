#include "analysis/held_back_scores.hpp"

#include <algorithm>

namespace coprod::analysis {

int hold_back_single_scores(model::Assessment& assessment) {
  if (!assessment.combined_from) return 0;
  int held_back = 0;
  for (auto& section : assessment.sections) {
    bool held_back_here = false;
    for (auto& row : section.rows) {
      // One person's "I see this" says "1 of 1": that person's own answer, held back as a score is.
      if (row.indicator_seen_by && row.indicator_seen_by->answered == 1) row.indicator_seen_by.reset();
      if (row.warning_seen_by && row.warning_seen_by->answered == 1) row.warning_seen_by.reset();
      if (!row.spread || row.spread->count != 1) continue;
      row.score = model::Score::not_scored();
      row.spread->min = model::Score::not_scored();
      row.spread->max = model::Score::not_scored();
      held_back_here = true;
      ++held_back;
    }
    // People's own section averages count the score held back: their range would hint at it.
    if (held_back_here && section.spread) section.spread->min_tenths = section.spread->max_tenths = -1;
  }
  return held_back;
}

bool is_held_back(const model::RowResponse& response) {
  return response.spread && response.spread->count == 1 && !response.score.is_scored();
}

bool is_held_back(const RowResult& row) { return row.response && is_held_back(*row.response); }

int held_back_rows(const SectionResult& section) {
  return static_cast<int>(
      std::count_if(section.rows.begin(), section.rows.end(), [](const RowResult& row) { return is_held_back(row); }));
}

bool is_held_back(const SectionResult& section) {
  return !section.score && !section.is_not_applicable() && held_back_rows(section) > 0;
}

bool is_held_back(const model::SectionSpread& spread) { return spread.min_tenths < 0; }

}  // namespace coprod::analysis
