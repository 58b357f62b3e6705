#pragma once
// A review period as people type it where the scoring form takes it: as the
// files write it (2026-Q4), or another way ("Q4 2026", "2026 q4", "H2 2026",
// "09/2026"), so `coprod init --period` takes what the form takes.

#include <optional>
#include <string_view>

#include "model/period.hpp"

namespace coprod::model {

// A period written as the scoring form takes it (form_checks.js,
// periodInFull): a quarter or half year with its year before or after
// ("Q4 2026", "q4-2026", "2026 Q4", "2026q4", "H2 2026"), or a month and
// year with a separator between ("09/2026", "9-2026", "2026/9"), spaces
// around allowed; nullopt when it is not a period or not written so.
std::optional<Period> parse_typed_period(std::string_view text);

}  // namespace coprod::model
