#pragma once
// Where lines of the co-production web would lie on one another: two series
// share the stretch of line between neighbouring axes when they have the
// same scores at both ends. There the series drawn first (higher in the
// legend) is drawn wider beneath, with its middle cleared, so it shows as a
// rail on each side of the later line: a rail's width further out for each
// later series on that stretch, so no line hides another.

#include <cstddef>
#include <optional>
#include <vector>

#include "render/web_chart.hpp"

namespace coprod::render {

// [series][axis]: how many series drawn after this one share its line from
// `axis` to the next axis clockwise; 0 where none does, or it has no line there.
using WebSharedLines = std::vector<std::vector<int>>;

WebSharedLines find_shared_lines(const WebChart& chart);

// Consecutive stretches of one series' line with the same number of later
// series on them (`above`, never 0), as the axes they pass through in
// drawing order; `closed` when it goes all the way round.
struct SharedStretch {
  int above = 0;
  std::vector<int> axes;
  bool closed = false;
};

std::vector<SharedStretch> shared_stretches(const std::vector<int>& above);

// The legend's example of a shared line: the first two inputs (in drawing
// order) that share a stretch, the lines it mostly explains; else the first
// earlier period with a line another shares, and the first that shares it.
// None when no line is shared.
struct SharedPair {
  std::size_t beneath = 0;
  std::size_t above = 0;
};

std::optional<SharedPair> first_shared_pair(const WebChart& chart);

}  // namespace coprod::render
