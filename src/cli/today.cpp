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

// A date before 2000 from SOURCE_DATE_EPOCH (1, or 315532800 for
// 1980-01-01) is most likely a placeholder: as "today", every date people
// write would be in the future and nothing overdue; printed, it is plainly
// wrong. `what_happens` says what coprod does with it, `advice` what to do.
void warn_about_placeholder_date(Console& console, const std::string& epoch, const model::Date& date,
                                 const std::string& what_happens, const std::string& advice) {
  if (date.year >= 2000) return;
  console.err_once(
      fmt::format("coprod: warning: SOURCE_DATE_EPOCH is {}, the date {}, which as it is before 2000 is "
                  "probably a placeholder, not the date meant; {}; {}\n",
                  epoch, date.to_string(), what_happens, advice));
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

// SOURCE_DATE_EPOCH as written and as seconds since 1970, when it is set.
struct Epoch {
  std::string text;
  long long seconds = 0;
};

model::Date epoch_date(long long seconds) {
  return model::Date::from_days_since_epoch(static_cast<long>(seconds / 86400));
}

// The last second of 9999-12-31 (UTC): dates are written with four-digit years.
constexpr long long k_last_second = 253402300799;

// SOURCE_DATE_EPOCH past the year 9999, most likely milliseconds (as
// JavaScript's Date.now() and many CI tools give) rather than seconds.
std::string too_late_message(const std::string& text, long long seconds) {
  const std::string refused =
      fmt::format("SOURCE_DATE_EPOCH '{}' is a time after the year 9999, not a number of seconds since 1970", text);
  if (seconds / 1000 > k_last_second)
    return refused +
           "; set it to seconds, such as the last commit's: "
           "SOURCE_DATE_EPOCH=$(git log -1 --format=%ct)";
  const long long in_seconds = seconds / 1000;
  // Seconds before 2000 would only be warned about as a placeholder: say how to get the time instead.
  if (epoch_date(in_seconds).year < 2000)
    return refused + "; set it to seconds since 1970, such as the time now: SOURCE_DATE_EPOCH=$(date +%s)";
  return fmt::format(
      "{}; it looks like milliseconds: in seconds it is {} (the date {}), so set "
      "SOURCE_DATE_EPOCH={}",
      refused, in_seconds, epoch_date(in_seconds).to_string(), in_seconds);
}

std::optional<Epoch> source_date_epoch(Console& console) {
  const auto epoch = console.env("SOURCE_DATE_EPOCH");
  if (!epoch || epoch->empty()) return std::nullopt;
  long long seconds = 0;
  const auto [end, error] = std::from_chars(epoch->data(), epoch->data() + epoch->size(), seconds);
  if (error != std::errc{} || end != epoch->data() + epoch->size() || seconds < 0) {
    throw Error(k_exit_usage, fmt::format("SOURCE_DATE_EPOCH '{}' is not a number of seconds since 1970", *epoch));
  }
  if (seconds > k_last_second) throw Error(k_exit_usage, too_late_message(*epoch, seconds));
  return Epoch{*epoch, seconds};
}

}  // namespace

model::Date choose_today(const std::string& today_option, Console& console, std::string_view option_name) {
  if (auto date = option_date(today_option, option_name)) return *date;
  const auto epoch = source_date_epoch(console);
  if (!epoch) return local_date(std::time(nullptr));
  const model::Date date = epoch_date(epoch->seconds);
  // Without SOURCE_DATE_EPOCH the date is today's, which is what is needed.
  const std::string give = option_name.empty() ? "" : fmt::format(", give {} YYYY-MM-DD", option_name);
  warn_about_placeholder_date(
      console, epoch->text, date,
      fmt::format("coprod takes today to be {}, so every later date counts as still to come and no action as "
                  "overdue",
                  date.to_string()),
      fmt::format("unset SOURCE_DATE_EPOCH to use today's date{}, or {}", give, k_real_time));
  return date;
}

std::optional<analysis::DateOrigin> today_origin(const std::string& today_option, Console& console,
                                                 std::string_view option_name) {
  if (!today_option.empty()) return analysis::DateOrigin{std::string(option_name), "give today's date"};
  if (!source_date_epoch(console)) return std::nullopt;
  return analysis::DateOrigin{"SOURCE_DATE_EPOCH",
                              "set it to the time now, SOURCE_DATE_EPOCH=$(date +%s), or unset it"};
}

Today today_with_origin(const std::string& today_option, Console& console, std::string_view option_name) {
  model::Date date = choose_today(today_option, console, option_name);
  return {date, today_origin(today_option, console, option_name)};
}

std::optional<model::Date> choose_printed_date(const std::string& date_option, Console& console,
                                               std::string_view option_name, const PrintedDate& printed) {
  if (auto date = option_date(date_option, option_name)) return date;
  const auto epoch = source_date_epoch(console);
  if (!epoch) return std::nullopt;
  const std::string give = option_name.empty() ? "" : fmt::format("give {} YYYY-MM-DD, or ", option_name);
  // 0 is the usual way to say "no date" (the reproducible-builds
  // specification allows it): 1970-01-01 printed on what people read would
  // be wrong, and leaving the date out is as reproducible.
  if (epoch->seconds == 0) {
    console.err_once(
        fmt::format("coprod: note: SOURCE_DATE_EPOCH is 0, which coprod takes as no date rather than "
                    "1970-01-01, so {}; to date it, {}{}\n",
                    printed.without_date, give, k_real_time));
    return std::nullopt;
  }
  const model::Date date = epoch_date(epoch->seconds);
  warn_about_placeholder_date(console, epoch->text, date, fmt::format("{} is dated {}", printed.what, date.to_string()),
                              fmt::format("{}{} (set to 0 or unset, {})", give, k_real_time, printed.without_date));
  return date;
}

}  // namespace coprod::cli
