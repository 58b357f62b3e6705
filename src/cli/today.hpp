#pragma once
// "Today" for anything that depends on the date (overdue actions, stale
// evidence), chosen so output stays reproducible: --today, else
// SOURCE_DATE_EPOCH (https://reproducible-builds.org; a UTC date), else
// the clock's date in the local time zone (TZ).

#include <string>
#include <string_view>

#include "cli/console.hpp"
#include "model/date.hpp"

namespace coprod::cli {

// Throws Error(k_exit_usage) for a malformed date option or SOURCE_DATE_EPOCH;
// option_name is the option the date was given with, for the messages. Warns
// (once) when SOURCE_DATE_EPOCH gives a date before 2000, which is likely a
// placeholder such as 0 rather than a real time.
model::Date choose_today(const std::string& today_option, Console& console, std::string_view option_name = "--today");

}  // namespace coprod::cli
