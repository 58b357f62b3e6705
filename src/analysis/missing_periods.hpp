#pragma once
// The review periods a run of periods skips: 2026-Q2 between 2026-Q1 and
// 2026-Q3, a quarterly review not done or its file not committed, which
// `history` says in every format rather than drawing 2026-Q1 to 2026-Q3 as
// one step.

#include <cstddef>
#include <string>
#include <vector>

#include "model/period.hpp"

namespace coprod::analysis {

// One run of periods missing between two periods given.
struct PeriodGap {
  std::size_t before = 0;  // the index, in the periods given, of the period after the gap
  model::Period first;     // the first period missing (2026-Q2)
  model::Period last;      // the last (the same as `first` for one)
  std::size_t count = 0;   // how many are missing
};

// The gaps in `periods` (oldest first, as history lists them), each between
// two neighbours of the same kind, stepping as `init --from` does
// (model::Period::next(): 2026-Q4, 2027-Q1; 2026-12, 2027-01; 2026-H2, 2027-H1).
// Neighbours of different kinds (a month beside a quarter, on moving to
// monthly reviews) cannot be stepped from one to the other, so no gap is
// said between them; nor between a period and itself (two files for it).
std::vector<PeriodGap> missing_periods(const std::vector<model::Period>& periods);

// "2026-Q2", or "2026-Q2 to 2026-Q4" for a run.
std::string gap_periods(const PeriodGap& gap);

}  // namespace coprod::analysis
