#include "analysis/row_moves.hpp"

#include <algorithm>
#include <cmath>

namespace coprod::analysis {

std::size_t RowMoves::count(Direction direction) const {
  const auto& movements = comparison.row_movements;
  const auto in = [&](const std::vector<std::size_t>& rows) {
    return static_cast<std::size_t>(
        std::count_if(rows.begin(), rows.end(), [&](std::size_t r) { return movements[r].direction == direction; }));
  };
  return in(moved) + in(newly_scored) + in(no_longer_scored);
}

RowMoves row_moves(const std::shared_ptr<const AssessmentResult>& earlier,
                   const std::shared_ptr<const AssessmentResult>& now) {
  RowMoves moves;
  // The threshold is compare()'s for differences between inputs, which nothing here uses.
  moves.comparison = compare({earlier, now}, 1.5);
  for (const auto& movement : moves.comparison.row_movements) {
    switch (movement.direction) {
      case Direction::up:
      case Direction::down: moves.moved.push_back(movement.row); break;
      case Direction::newly_scored: moves.newly_scored.push_back(movement.row); break;
      case Direction::no_longer_scored: moves.no_longer_scored.push_back(movement.row); break;
      case Direction::same: ++moves.unchanged; break;
      case Direction::not_scored: break;
    }
  }
  const auto& movements = moves.comparison.row_movements;
  std::stable_sort(moves.moved.begin(), moves.moved.end(), [&movements](std::size_t a, std::size_t b) {
    return std::abs(movements[a].change) > std::abs(movements[b].change);
  });
  return moves;
}

}  // namespace coprod::analysis
