#pragma once
// "Today" for anything that depends on the date (overdue actions, stale
// evidence), chosen so output stays reproducible: --today, else
// SOURCE_DATE_EPOCH (https://reproducible-builds.org; a UTC date), else
// the clock's date in the local time zone (TZ).

#include <string>

#include "cli/console.hpp"
#include "model/date.hpp"

namespace coprod::cli {

// Throws Error(k_exit_usage) for a malformed --today or SOURCE_DATE_EPOCH.
model::Date choose_today(const std::string& today_option, const Console& console);

}  // namespace coprod::cli
