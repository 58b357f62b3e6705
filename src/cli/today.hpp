#pragma once
// "Today" for anything that depends on the date (overdue actions, stale
// evidence), chosen so output stays reproducible: --today, else
// SOURCE_DATE_EPOCH (https://reproducible-builds.org; a UTC date), else
// the clock's date in the local time zone (TZ).

#include <optional>
#include <string>
#include <string_view>

#include "cli/console.hpp"
#include "model/date.hpp"

namespace coprod::cli {

// Throws Error(k_exit_usage) for a malformed date option or SOURCE_DATE_EPOCH;
// option_name is the option the date was given with, for the messages (empty
// for a command that has none). Warns (once) when SOURCE_DATE_EPOCH gives a
// date before 2000, which is likely a placeholder such as 0 rather than a real
// time, saying to unset it: today's date is what is needed.
model::Date choose_today(const std::string& today_option, Console& console, std::string_view option_name = "--today");

// A date printed on what a command writes (a report pack, a workbook): the
// option when given, else SOURCE_DATE_EPOCH when set, else none. The same
// errors as choose_today(), but the warning about a placeholder says to give
// the option or a real time, since unsetting SOURCE_DATE_EPOCH gives no date:
// `without_date` says what then ("the report pack is undated").
std::optional<model::Date> choose_printed_date(const std::string& date_option, Console& console,
                                               std::string_view option_name, std::string_view without_date);

}  // namespace coprod::cli
