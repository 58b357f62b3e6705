#pragma once
// The scores workbook's Change sheet: each section's score in an earlier
// period and now, and the change since, as the evidence pack shows them.

#include <string>
#include <string_view>
#include <vector>

#include "analysis/comparison.hpp"
#include "render/workbook.hpp"

namespace coprod::render {

inline constexpr std::string_view k_change_sheet = "Change";

// Each input's section scores in its earlier period (the latest of
// `previous` of its area and perspective), now, and the change since, as the
// evidence pack shows them; inputs with no earlier period are left out (with
// none, a table of the sections alone: the caller leaves the sheet out). In
// one table when it prints legibly one page wide, else in tables of as many
// inputs as do, one under another, each kept whole on a printed page, so
// short tables share a page. Under them, when a change is marked, the pack's
// key line for the mark.
Sheet change_sheet(const analysis::Comparison& comparison, const std::vector<std::string>& names,
                   const analysis::AssessmentResults& previous);

}  // namespace coprod::render
