// Dates as people type them where the scoring form takes them.

#include "model/typed_date.hpp"

#include <charconv>

#include <fmt/format.h>

namespace coprod::model {

namespace {

std::optional<int> parse_digits(std::string_view text) {
  if (text.empty() || text.find_first_not_of("0123456789") != std::string_view::npos) return std::nullopt;
  int value = 0;
  std::from_chars(text.data(), text.data() + text.size(), value);
  return value;
}

// The year, month and day of a date written one of the ways the scoring form
// takes (its date script, form_checks.js): day first with '/', '.', '-' or a
// space between parts of one or two digits (12/01/2027), or year first with
// such parts (2027-1-12); whether or not they make a date. `day_first` says
// which.
std::optional<Date> as_typed(std::string_view text, bool& day_first) {
  const auto first = text.find_first_of("/.- ");
  if (first == std::string_view::npos) return std::nullopt;
  const auto second = text.find(text[first], first + 1);
  if (second == std::string_view::npos || text.find(text[first], second + 1) != std::string_view::npos)
    return std::nullopt;
  const std::string_view parts[] = {text.substr(0, first), text.substr(first + 1, second - first - 1),
                                    text.substr(second + 1)};
  day_first = parts[2].size() == 4;
  const std::string_view year = day_first ? parts[2] : parts[0];
  const std::string_view day = day_first ? parts[0] : parts[2];
  if (year.size() != 4 || day.empty() || day.size() > 2 || parts[1].empty() || parts[1].size() > 2) return std::nullopt;
  const auto y = parse_digits(year);
  const auto m = parse_digits(parts[1]);
  const auto d = parse_digits(day);
  if (!y || !m || !d) return std::nullopt;
  return Date{*y, *m, *d};
}

std::string year_month_day(const Date& date) {
  return fmt::format("{:04}-{:02}-{:02}", date.year, date.month, date.day);
}

}  // namespace

std::optional<Date> parse_typed_date(std::string_view text) {
  bool day_first = false;
  const auto date = as_typed(text, day_first);
  return date ? Date::parse(year_month_day(*date)) : std::nullopt;
}

std::string what_is_wrong_typed_date(std::string_view text) {
  bool day_first = false;
  const auto date = as_typed(text, day_first);
  if (!date || parse_typed_date(text)) return "";
  if (day_first && (date->month < 1 || date->month > 12))
    return fmt::format("there is no month {} (write the day first, then the month: 30/09/2026)", date->month);
  return Date::what_is_wrong(year_month_day(*date));
}

}  // namespace coprod::model
