#include "model/date.hpp"

#include <charconv>

#include <fmt/format.h>

namespace coprod::model {

namespace {

bool is_leap_year(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int days_in_month(int year, int month) {
  constexpr int k_days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && is_leap_year(year) ? 29 : k_days[month - 1];
}

std::optional<int> parse_digits(std::string_view text) {
  if (text.find_first_not_of("0123456789") != std::string_view::npos) return std::nullopt;
  int value = 0;
  std::from_chars(text.data(), text.data() + text.size(), value);
  return value;
}

// The year, month and day of text written YYYY-MM-DD, whether or not they
// make a date.
std::optional<Date> as_written(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  const auto year = parse_digits(text.substr(0, 4));
  const auto month = parse_digits(text.substr(5, 2));
  const auto day = parse_digits(text.substr(8, 2));
  if (!year || !month || !day) return std::nullopt;
  return Date{*year, *month, *day};
}

constexpr const char* k_months[] = {"January", "February", "March",     "April",   "May",      "June",
                                    "July",    "August",   "September", "October", "November", "December"};

// The day, month and year of a date written day first, as people in the UK
// write it and the form takes it: 15/12/2026, 15.12.2026 or 15-12-2026 (as
// {year, month, day}, whether or not they make a date).
std::optional<Date> as_written_day_first(std::string_view text) {
  const auto first = text.find_first_of("/.-");
  if (first == std::string_view::npos || first == 0 || first > 2) return std::nullopt;
  const auto second = text.find(text[first], first + 1);
  if (second == std::string_view::npos || second - first < 2 || second - first > 3 || text.size() - second != 5)
    return std::nullopt;
  const auto day = parse_digits(text.substr(0, first));
  const auto month = parse_digits(text.substr(first + 1, second - first - 1));
  const auto year = parse_digits(text.substr(second + 1));
  if (!day || !month || !year) return std::nullopt;
  return Date{*year, *month, *day};
}

std::optional<Date> real_date(int year, int month, int day) {
  return Date::parse(fmt::format("{:04}-{:02}-{:02}", year, month, day));
}

// What to write for a real date written day first; one that could be read
// month first as another date (03/04/2026 may be 4 March) gets both.
std::optional<std::string> day_first_advice(std::string_view text) {
  const auto parts = as_written_day_first(text);
  if (!parts) return std::nullopt;
  const auto day_first = real_date(parts->year, parts->month, parts->day);
  if (!day_first) return std::nullopt;
  std::string advice = fmt::format("for {}, write {} (year, month, day)", in_words(*day_first), day_first->to_string());
  const auto month_first = real_date(parts->year, parts->day, parts->month);
  if (month_first && month_first != day_first)
    advice += fmt::format(", or for {}, write {}", in_words(*month_first), month_first->to_string());
  return advice;
}

}  // namespace

std::string_view month_name(int month) { return k_months[month - 1]; }

std::string in_words(const Date& date) {
  return fmt::format("{} {} {}", date.day, k_months[date.month - 1], date.year);
}

std::optional<Date> Date::parse(std::string_view text) {
  const auto date = as_written(text);
  if (!date || date->year < 1900 || date->month < 1 || date->month > 12) return std::nullopt;
  if (date->day < 1 || date->day > days_in_month(date->year, date->month)) return std::nullopt;
  return date;
}

std::string Date::what_is_wrong(std::string_view text) {
  if (auto advice = day_first_advice(text)) return *advice;
  const auto date = as_written(text);
  if (!date || parse(text)) return "";
  if (date->year < 1900) return "coprod takes years from 1900 on";
  if (date->month < 1 || date->month > 12) {
    return fmt::format("there is no month {} (the month comes second: YYYY-MM-DD)", date->month);
  }
  if (date->day < 1) return "there is no day 0";
  return fmt::format("{} {} has {} days", k_months[date->month - 1], date->year,
                     days_in_month(date->year, date->month));
}

std::string Date::to_string() const { return fmt::format("{:04}-{:02}-{:02}", year, month, day); }

// Howard Hinnant's days_from_civil.
long Date::days_since_epoch() const {
  const long y = year - (month <= 2 ? 1 : 0);
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long year_of_era = y - era * 400;
  const long month_index = month > 2 ? month - 3 : month + 9;
  const long day_of_year = (153 * month_index + 2) / 5 + day - 1;
  const long day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
  return era * 146097 + day_of_era - 719468;
}

Date Date::from_days_since_epoch(long days) {
  days += 719468;
  const long era = (days >= 0 ? days : days - 146096) / 146097;
  const long day_of_era = days - era * 146097;
  const long year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
  const long day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
  const long month_index = (5 * day_of_year + 2) / 153;
  const int day = static_cast<int>(day_of_year - (153 * month_index + 2) / 5 + 1);
  const int month = static_cast<int>(month_index < 10 ? month_index + 3 : month_index - 9);
  const long year = year_of_era + era * 400 + (month <= 2 ? 1 : 0);
  return Date{static_cast<int>(year), month, day};
}

}  // namespace coprod::model
