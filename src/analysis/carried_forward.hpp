#pragma once
// Sections carried forward from an earlier period's file (`coprod init
// --from` copies every answer into the next period's file) and not reviewed
// in the new period, so that an unchanged score is not read as a fresh review
// that found no change.

#include <cstddef>
#include <optional>
#include <string>

#include "analysis/scoring.hpp"

namespace coprod::analysis {

// Why a section counts as carried forward, if it does.
enum class Carried {
  no,                   // reviewed in its file's period, or nothing tells
  completed_before,     // its last completed date is before its file's period began
  same_answers_undated  // no last completed date, and the same answers as in the earlier period
};

// Whether section `section` of `now` was carried forward. With `earlier`
// (the latest earlier period of the same perspective and area, or null), a
// section whose answers differ from its answers there never is: who completed
// it, its notes, and each row's score, evidence and signs seen (`score --set`
// changes answers but not the date). Otherwise a section with a last
// completed date is carried if that date is before its file's period began.
// One without counts only with `earlier`, when it has some row scored (or
// n/a) and every answer as there. The file holds no other mark of a carried
// section.
Carried carried_forward(const AssessmentResult& now, const AssessmentResult* earlier, std::size_t section);

// Whether a section last completed on `last_completed` was completed before
// `period` began (so, by its date, carried forward into it).
bool completed_before(const model::Date& last_completed, const model::Period& period);

// For a section of a file for `period` whose answers were just changed
// (score --set, --interactive) while its last completed date is still before
// the period began: "the section 'commitment' was changed, but its last
// completed date is still 2026-11-26, before 2027-Q1 began, so a report may
// call it carried forward from an earlier period". Nothing otherwise. The date is
// never changed for the user: only they know the day.
std::optional<std::string> changed_but_completed_before_message(const model::SectionResponse& section,
                                                                const model::Period& period);

}  // namespace coprod::analysis
