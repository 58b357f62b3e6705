#pragma once
// A combined assessment shown to others (report, compare) may show a row
// that only one or two people scored: its combined score is then their own
// answer, though the form promised anonymity. combine warns when it makes
// the file; report and compare warn again where it is shown (report holds
// back the scores of rows one person scored unless --show-single-scores).

#include "cli/console.hpp"
#include "model/assessment.hpp"
#include "model/framework.hpp"

namespace coprod::cli {

// Warns (naming the file and each row, with how many people scored it) when
// fewer than 3 people (combine's default --min-responses) scored a row of a
// combined assessment; nothing for any other assessment. `held_back` rows
// (those one person scored, whose scores report holds back) are said to be
// held back, with the option that shows them.
void warn_about_identifiable_rows(Console& console, const model::Framework& framework,
                                  const model::Assessment& assessment, int held_back = 0);

}  // namespace coprod::cli
