#pragma once
// The workbook's inputs as the evidence pack sees them (a render::Report), so
// the workbook's sheets say what the pack says through the pack's own
// functions: who completed each section, the reflections, the rows that moved
// since the earlier period and the scored rows with no evidence.

#include <string>
#include <vector>

#include "analysis/comparison.hpp"
#include "render/report.hpp"
#include "render/workbook.hpp"

namespace coprod::render {

// A pack of the workbook's inputs, earlier periods, plan and title; its
// comparison is `comparison` where there are two inputs or more, as the pack's is.
Report workbook_pack_view(const ScoresWorkbookInput& input, const analysis::Comparison& comparison);

// Page 1's lines under the section scores, for the foot of About these scores, each pointing to the sheet
// that lists what it counts: "No supporting evidence for organisation 3 of 24 scored rows, peer network none: see “no
// evidence given” on the Rows sheet." and "Row by row since 2026-Q3: organisation 4 up, 3 down: see the Row changes
// sheet."; none where the pack has none.
std::vector<std::string> summary_pointer_lines(const Report& report);

}  // namespace coprod::render
