#pragma once
// What every format of `history` says of a period with no file between two
// it shows (analysis::History::missing): a skipped quarterly review.

#include <cstddef>
#include <string>

#include "analysis/history.hpp"

namespace coprod::render {

// "No file for 2026-Q2", or "No files for 2026-Q4 to 2027-Q1 (2 quarters)".
std::string missing_heading(const analysis::PeriodGap& gap);

// The text table's note on `history.missing`, wrapped to `width` ("" when no
// period is missing): for one gap, a paragraph: the heading, what is not
// there, what the table does about it (and Change, when the gap is before the
// latest period) and what to do if the review was done. For several, one
// note: a heading naming them all, a line for each gap saying what the table
// does about it, and what to do said once.
std::string missing_periods_note(const analysis::History& history, std::size_t width);

// The gap just before the version `point`, for the CSV ("2026-Q2", "2026-Q4 to
// 2027-Q1"); empty when there is none.
std::string missing_before(const analysis::History& history, std::size_t point);

}  // namespace coprod::render
