#pragma once
// Earlier periods' assessments drawn behind the current ones (report and web
// --previous): which of them cannot be drawn together, and why.

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "analysis/scoring.hpp"
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

// The earlier period a change is measured from for `current`: the latest of
// `previous` that is an earlier view of it; null when there is none.
std::shared_ptr<const AssessmentResult> latest_earlier_view(const AssessmentResults& previous,
                                                            const model::Assessment& current);

// How section `section`'s score moved from `earlier` to `now`, in tenths of
// the scores as shown (one decimal place: 3.0 then 3.5 is +5); none when
// either has no score. Every output that shows a change uses this.
std::optional<int> section_change_tenths(const AssessmentResult& now, const AssessmentResult& earlier,
                                         std::size_t section);

// Whether section `section`'s two averages are of different rows: a row scored
// in one period and not in the other (not scored yet, or n/a), so part of the
// change is rows newly counted or no longer counted, not rows that moved.
bool averages_of_different_rows(const AssessmentResult& now, const AssessmentResult& earlier, std::size_t section);

}  // namespace coprod::analysis
