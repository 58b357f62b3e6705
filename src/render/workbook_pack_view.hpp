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

// The lines that count the scored rows with no evidence and the rows changed since the earlier period, as the
// pack's page 1 has them, each pointing to the sheet that lists what it counts: "No supporting evidence for
// organisation 3 of 24 scored rows, peer network none: see “no evidence given” on the Rows sheet." and "Row by row
// since 2026-Q3: organisation 4 up, 3 down: see the Row changes sheet."; none where the pack has none. The About
// these scores sheet puts them under its table.
std::vector<std::string> evidence_and_row_change_lines(const Report& report);

// Where the scores of the earlier periods the Summary lists (by their months) are, so a period listed there
// does not read as missing its figures: "Scores in 2026-Q3, and the change since: see the Change sheet." for
// the periods the Change sheet shows (each input's latest earlier period), then, for any other the pack's table
// of every period shows, "Scores in 2026-Q1 and 2026-Q2: see “Part 3: Section scores in every period” in the
// evidence pack."; none without earlier periods.
std::vector<std::string> earlier_period_lines(const Report& report);

}  // namespace coprod::render
