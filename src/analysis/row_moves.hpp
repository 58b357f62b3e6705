#pragma once
// What changed, row by row, between an earlier period's review and this one
// of the same perspective (report --previous): the rows whose score went up
// or down, the largest move first, and the rows scored in one of the two
// periods only. Built on compare()'s row movements (comparison.hpp).

#include <cstddef>
#include <memory>
#include <vector>

#include "analysis/comparison.hpp"

namespace coprod::analysis {

struct RowMoves {
  // The two side by side, the earlier first: its `rows` hold each row's two
  // results, its `row_movements` which way each moved. The lists below are
  // indices into both.
  Comparison comparison;
  // Scored in both periods and scored differently: the largest change first,
  // rows that moved as far in framework order.
  std::vector<std::size_t> moved;
  // Scored now and not then (not scored yet, not applicable or held back
  // then), and the other way round: framework order.
  std::vector<std::size_t> newly_scored;
  std::vector<std::size_t> no_longer_scored;
  // Scored the same in both periods.
  std::size_t unchanged = 0;

  std::size_t count(Direction direction) const;
  bool any() const { return !moved.empty() || !newly_scored.empty() || !no_longer_scored.empty(); }
};

// `earlier` and `now` are the same perspective's reviews of one framework,
// `earlier` for an earlier period (previous_period.hpp's latest_earlier_view()).
RowMoves row_moves(const std::shared_ptr<const AssessmentResult>& earlier,
                   const std::shared_ptr<const AssessmentResult>& now);

}  // namespace coprod::analysis
