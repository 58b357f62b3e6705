#pragma once
// A combined assessment shown to others (report, compare) may show a row
// that only one or two people scored: its combined score is then their own
// answer, though the form promised anonymity. combine warns when it makes
// the file; report and compare warn again where it is shown.

#include "cli/console.hpp"
#include "model/assessment.hpp"
#include "model/framework.hpp"

namespace coprod::cli {

// Warns (naming the file and each row, with how many people scored it) when
// fewer than 3 people (combine's default --min-responses) scored a row of a
// combined assessment; nothing for any other assessment.
void warn_about_identifiable_rows(Console& console, const model::Framework& framework,
                                  const model::Assessment& assessment);

}  // namespace coprod::cli
