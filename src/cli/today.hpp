#pragma once
// "Today" for anything that depends on the date (overdue actions, stale
// evidence), chosen so output stays reproducible: --today, else
// SOURCE_DATE_EPOCH (https://reproducible-builds.org; a UTC date), else
// the clock's date in the local time zone (TZ).

#include <optional>
#include <string>
#include <string_view>

#include "analysis/check_flags.hpp"
#include "cli/console.hpp"
#include "model/date.hpp"

namespace coprod::cli {

// Throws Error(k_exit_usage) for a malformed date option or SOURCE_DATE_EPOCH;
// option_name is the option the date was given with, for the messages (empty
// for a command that has none). Warns (once) when SOURCE_DATE_EPOCH gives a
// date before 2000, which is likely a placeholder such as 0 rather than a real
// time, saying what coprod does with it (today is that date) and to unset it:
// today's date is what is needed.
model::Date choose_today(const std::string& today_option, Console& console, std::string_view option_name = "--today");

// Where choose_today() with the same arguments takes the date from, for the
// messages that compare dates in files with it: the option when given,
// SOURCE_DATE_EPOCH when set, each with what to do when it is out of date;
// nullopt for the clock. Call it after choose_today(), which refuses a
// malformed value.
std::optional<analysis::DateOrigin> today_origin(const std::string& today_option, Console& console,
                                                 std::string_view option_name = "--today");

// The date taken as today, and where it came from when not the clock, for
// the messages that compare dates in files with it (future-date's, which
// then say to put SOURCE_DATE_EPOCH or the option right, not the file).
struct Today {
  model::Date date;
  std::optional<analysis::DateOrigin> origin;
};
Today today_with_origin(const std::string& today_option, Console& console, std::string_view option_name = "--today");

// What is dated, for the messages about SOURCE_DATE_EPOCH.
struct PrintedDate {
  std::string_view what;          // "the pack"
  std::string_view without_date;  // what happens with no date: "the pack is undated"
};

// A date printed on what a command writes (a report pack, a workbook): the
// option when given, else SOURCE_DATE_EPOCH when set, except 0, else none.
// SOURCE_DATE_EPOCH=0 is taken as no date (with a note saying so and how to
// give one): 1970-01-01 printed would be wrong. The same errors as
// choose_today(); a date before 2000 warns, saying what is dated that day and
// to give the option or a real time, since unsetting it gives no date.
std::optional<model::Date> choose_printed_date(const std::string& date_option, Console& console,
                                               std::string_view option_name, const PrintedDate& printed);

}  // namespace coprod::cli
