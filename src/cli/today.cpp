#include "cli/today.hpp"

#include <charconv>
#include <ctime>
#include <optional>

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

constexpr std::string_view k_real_time =
    "set it to a real time, such as the last commit's: SOURCE_DATE_EPOCH=$(git log -1 --format=%ct)";

// SOURCE_DATE_EPOCH=0, the usual "no date" placeholder, is 1970-01-01: as
// "today", every date people write would be in the future and nothing overdue;
// printed on a report, it is plainly wrong. `advice` is what to do instead.
void warn_about_placeholder_date(Console& console, const std::string& epoch, const model::Date& date,
                                 const std::string& advice) {
  if (date.year >= 2000) return;
  console.err_once(
      fmt::format("coprod: warning: the date {} comes from SOURCE_DATE_EPOCH ({}), and as it is before "
                  "2000 it is probably a placeholder, not the date meant; {}\n",
                  date.to_string(), epoch, advice));
}

// The date of an option such as --today or --date, when given.
std::optional<model::Date> option_date(const std::string& value, std::string_view option_name) {
  if (value.empty()) return std::nullopt;
  if (auto date = model::Date::parse(value)) return *date;
  const std::string wrong = model::Date::what_is_wrong(value);
  throw Error(k_exit_usage, wrong.empty() ? fmt::format("{} '{}' is not a date; write the date as YYYY-MM-DD, such as "
                                                        "2026-09-30",
                                                        option_name, value)
                                          : fmt::format("{} '{}' is not a date: {}", option_name, value, wrong));
}

// SOURCE_DATE_EPOCH's date, when it is set; a placeholder is warned about with `advice`.
std::optional<model::Date> epoch_date(Console& console, const std::string& advice) {
  const auto epoch = console.env("SOURCE_DATE_EPOCH");
  if (!epoch || epoch->empty()) return std::nullopt;
  long long seconds = 0;
  const auto [end, error] = std::from_chars(epoch->data(), epoch->data() + epoch->size(), seconds);
  if (error != std::errc{} || end != epoch->data() + epoch->size() || seconds < 0) {
    throw Error(k_exit_usage, fmt::format("SOURCE_DATE_EPOCH '{}' is not a number of seconds since 1970", *epoch));
  }
  const auto date = model::Date::from_days_since_epoch(static_cast<long>(seconds / 86400));
  warn_about_placeholder_date(console, *epoch, date, advice);
  return date;
}

}  // namespace

model::Date choose_today(const std::string& today_option, Console& console, std::string_view option_name) {
  if (auto date = option_date(today_option, option_name)) return *date;
  // Without SOURCE_DATE_EPOCH the date is today's, which is what is needed.
  const std::string advice = option_name.empty()
                                 ? fmt::format("unset SOURCE_DATE_EPOCH to use today's date, or {}", k_real_time)
                                 : fmt::format("unset SOURCE_DATE_EPOCH to use today's date, give {} YYYY-MM-DD, or {}",
                                               option_name, k_real_time);
  if (auto date = epoch_date(console, advice)) return *date;
  return local_date(std::time(nullptr));
}

std::optional<model::Date> choose_printed_date(const std::string& date_option, Console& console,
                                               std::string_view option_name, std::string_view without_date) {
  if (auto date = option_date(date_option, option_name)) return date;
  // Unsetting SOURCE_DATE_EPOCH would not give today's date here, but none.
  const std::string advice = option_name.empty() ? fmt::format("{} (unset, {})", k_real_time, without_date)
                                                 : fmt::format("give {} YYYY-MM-DD, or {} (unset, {})", option_name,
                                                               k_real_time, without_date);
  return epoch_date(console, advice);
}

}  // namespace coprod::cli
