#pragma once
// Earlier periods' assessments drawn behind the current ones (report and web
// --previous): which of them cannot be drawn together, and why.

#include <optional>
#include <string>
#include <vector>

#include "model/assessment.hpp"

namespace coprod::analysis {

// Whether `earlier` is drawn behind `current` to show what changed: the same
// perspective of the same area (written the same way, or probably so; see
// area_names.hpp).
bool is_earlier_view_of(const model::Assessment& earlier, const model::Assessment& current);

// Why earlier periods' assessments (--previous) and `current` cannot be drawn
// together, nullopt when they can. With --previous given, one perspective of
// an area among the current files for two periods (the earlier file was meant
// for --previous, which takes one file each time). A --previous assessment of
// a perspective and area no current file has (nothing to show a change
// against: it would read as the current one's past). One not for a period
// before that of every current file of its perspective and area, or one whose
// period takes theirs in (2026-H2 for 2026-Q4): real improvement would show
// as a fall, or the same months as both. (The pointers are only read during
// the call.)
std::optional<std::string> previous_period_problem(const std::vector<const model::Assessment*>& previous,
                                                   const std::vector<const model::Assessment*>& current);

}  // namespace coprod::analysis
