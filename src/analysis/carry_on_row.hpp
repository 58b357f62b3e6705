#pragma once
// Where a walk through a file's rows carries on after it was stopped
// (score --interactive run again): after the last row answered, not at a row
// left empty on purpose before it.

#include <cstddef>
#include <optional>
#include <vector>

namespace coprod::analysis {

// `answered[i]`: whether the i-th row in the walk's order has an answer (a
// score or n/a). The first row not answered after the last one answered;
// when there is none after it (the last row is answered), the first row not
// answered; nullopt when every row is answered. With nothing answered, the
// first row.
std::optional<std::size_t> row_to_carry_on(const std::vector<bool>& answered);

}  // namespace coprod::analysis
