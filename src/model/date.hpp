#pragma once
// A calendar date written as YYYY-MM-DD.

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace coprod::model {

struct Date {
  int year = 1970;
  int month = 1;
  int day = 1;

  static std::optional<Date> parse(std::string_view text);
  // Why `text`, written YYYY-MM-DD, is still not a date, for messages
  // ("February 2026 has 28 days", "there is no day 0"); "" when it is a
  // date or is not written YYYY-MM-DD at all. A date written day first
  // (15/12/2026) gets its YYYY-MM-DD form ("for 15 December 2026, write
  // 2026-12-15 (year, month, day)"); one that could be read month first as
  // another date (03/04/2026) gets both ("..., or for 4 March 2026, write
  // 2026-03-04").
  static std::string what_is_wrong(std::string_view text);
  std::string to_string() const;
  // Days since 1970-01-01, for comparing dates and counting days between them.
  long days_since_epoch() const;
  static Date from_days_since_epoch(long days);

  friend auto operator<=>(const Date&, const Date&) = default;
};

// "12 January 2027".
std::string in_words(const Date& date);

// "January" for 1, ... "December" for 12.
std::string_view month_name(int month);

}  // namespace coprod::model
