#include "cli/today.hpp"

#include <charconv>
#include <ctime>

#include <fmt/format.h>

#include "cli/error.hpp"

namespace coprod::cli {

namespace {

// The calendar date where the user is (TZ), so that an action due yesterday is
// overdue from local midnight, not from midnight in UTC.
model::Date local_date(std::time_t now) {
  std::tm local{};
  if (localtime_r(&now, &local) == nullptr) return model::Date::from_days_since_epoch(static_cast<long>(now / 86400));
  return model::Date{local.tm_year + 1900, local.tm_mon + 1, local.tm_mday};
}

// SOURCE_DATE_EPOCH=0, the usual "no date" placeholder, is 1970-01-01: as
// "today", every date people write would be in the future and nothing overdue.
void warn_about_placeholder_date(Console& console, const std::string& epoch, const model::Date& date,
                                 std::string_view option_name) {
  if (date.year >= 2000) return;
  console.err_once(fmt::format(
      "coprod: warning: the date {} comes from SOURCE_DATE_EPOCH ({}), and as it is before 2000 it is probably a "
      "placeholder, not the date meant; unset SOURCE_DATE_EPOCH to use today's date, give {} YYYY-MM-DD, or set it "
      "to a real time, such as the last commit's: SOURCE_DATE_EPOCH=$(git log -1 --format=%ct)\n",
      date.to_string(), epoch, option_name));
}

}  // namespace

model::Date choose_today(const std::string& today_option, Console& console, std::string_view option_name) {
  if (!today_option.empty()) {
    if (auto date = model::Date::parse(today_option)) return *date;
    const std::string wrong = model::Date::what_is_wrong(today_option);
    throw Error(k_exit_usage,
                wrong.empty() ? fmt::format("{} '{}' is not a date; write the date as YYYY-MM-DD, such as 2026-09-30",
                                            option_name, today_option)
                              : fmt::format("{} '{}' is not a date: {}", option_name, today_option, wrong));
  }
  if (const auto epoch = console.env("SOURCE_DATE_EPOCH"); epoch && !epoch->empty()) {
    long long seconds = 0;
    const auto [end, error] = std::from_chars(epoch->data(), epoch->data() + epoch->size(), seconds);
    if (error != std::errc{} || end != epoch->data() + epoch->size() || seconds < 0) {
      throw Error(k_exit_usage, fmt::format("SOURCE_DATE_EPOCH '{}' is not a number of seconds since 1970", *epoch));
    }
    const auto date = model::Date::from_days_since_epoch(static_cast<long>(seconds / 86400));
    warn_about_placeholder_date(console, *epoch, date, option_name);
    return date;
  }
  return local_date(std::time(nullptr));
}

}  // namespace coprod::cli
