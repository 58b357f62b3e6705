#pragma once
// A combined file's row that only one person scored (coprod combine): its
// score is that person's own answer, and the individual form promises that
// what is shared shows the group's view, not whose answers were whose. The
// evidence pack holds such scores back unless told to show them
// (report --show-single-scores). The files are never changed: this works on
// the loaded values.

#include "analysis/scoring.hpp"
#include "model/assessment.hpp"

namespace coprod::analysis {

// Takes the score and the range out of each combined row exactly one person
// scored, keeping how many people scored it (1) and how many said it does
// not apply, so its section's score is worked out from the other rows as for
// any row not scored. A section with a row held back loses its range of
// people's own section averages too (it counts the score held back; its
// count of people stays). A count of people who see a row's signs that
// only one person answered ("1 of 1") is held back too, its yes or no kept.
// Returns how many rows' scores were held back; nothing changes in a file
// that is not combined.
int hold_back_single_scores(model::Assessment& assessment);

// A row whose score was held back: combined, scored by 1 person, and with no
// score left (a combined row one person scored always has one in its file).
bool is_held_back(const model::RowResponse& response);
bool is_held_back(const RowResult& row);
// How many of a section's rows were held back.
int held_back_rows(const SectionResult& section);
// A section with no score as each row anyone scored was held back.
bool is_held_back(const SectionResult& section);
// A combined section's range of people's own averages held back with a row
// of it: it has no range to show.
bool is_held_back(const model::SectionSpread& spread);

}  // namespace coprod::analysis
