#pragma once
// A date as people type it where the scoring form takes it: YYYY-MM-DD, or
// day first as people in the UK write it, and the date in words, so that a
// day and month the wrong way round are seen.

#include <optional>
#include <string>
#include <string_view>

#include "model/date.hpp"

namespace coprod::model {

// A date written as the scoring form takes it (its date script,
// form_checks.js): YYYY-MM-DD, day first (12/01/2027, 12-1-2027,
// 12.01.2027, 12 01 2027), or year first with one-digit parts (2027-1-12).
// nullopt when it is not a real date or not written so.
std::optional<Date> parse_typed_date(std::string_view text);

// Why `text`, written one of parse_typed_date()'s ways, is still not a date
// ("November 2026 has 30 days", "there is no month 30 (write the day first,
// then the month: 30/09/2026)"); "" when it is a date or is not written one
// of those ways.
std::string what_is_wrong_typed_date(std::string_view text);

}  // namespace coprod::model
