#pragma once
// A review period: a quarter (2026-Q3), a half year (2026-H2) or a month
// (2026-09). Periods sort by when they start, then by when they end:
// 2027-01, then 2027-Q1 (which takes it in), then 2027-02.

#include <optional>
#include <string>
#include <string_view>

#include "model/date.hpp"

namespace coprod::model {

class Period {
 public:
  enum class Kind { half, quarter, month };

  static std::optional<Period> parse(std::string_view text);
  // The period of this kind that `day` falls in (2026-Q4 for 2026-12-04).
  static Period containing(const Date& day, Kind kind);

  Kind kind() const { return m_kind; }
  int year() const { return m_year; }
  std::string to_string() const;
  Period next() const;
  // Month (1-12) in which the period starts.
  int start_month() const;
  // Its first day (2026-10-01 for 2026-Q4).
  Date first_day() const { return Date{m_year, start_month(), 1}; }
  // Whether this period is over before `other` starts (2026-Q3 before
  // 2026-Q4; not 2026-H2, which takes in 2026-Q4).
  bool ends_before(const Period& other) const;
  // Whether the two share any month (2026-H2 and 2026-Q4 do; so does a period and itself).
  bool overlaps(const Period& other) const { return !ends_before(other) && !other.ends_before(*this); }
  // Whether every month of `other` is one of this period's (2026-H2 takes in 2026-Q4, and itself).
  bool takes_in(const Period& other) const;

  friend bool operator==(const Period&, const Period&) = default;
  friend bool operator<(const Period& a, const Period& b);

 private:
  Period(Kind kind, int year, int index) : m_kind(kind), m_year(year), m_index(index) {}
  Kind m_kind;
  int m_year;
  int m_index;  // quarter 1-4, half 1-2, month 1-12
};

inline constexpr std::string_view k_period_forms =
    "a quarter such as 2026-Q3, a half year such as 2026-H2, or a month such as 2026-09";

// The months of a period in words, as the scoring form gives them: "October to
// December 2026" for 2026-Q4, "July to December 2026" for 2026-H2,
// "September 2026" for 2026-09. Quarters are counted from January, not from
// April as a financial year's are, so a reader in the NHS needs telling.
std::string period_in_words(const Period& period);

// How two periods that share months (overlaps()) stand, for messages:
// "takes in" (2026-H2, 2026-Q4), "is part of" (2026-Q4, 2026-H2) or "is"
// (one period twice). Half years, quarters and months that overlap always
// nest, so one of these holds.
std::string_view overlap_words(const Period& period, const Period& other);

// What to write instead of `text`, which is not a period, after "is not a
// review period; ": "write 2026-Q3, with a capital Q" for 2026-q3, else
// "write " and k_period_forms.
std::string what_to_write_for_period(std::string_view text);

}  // namespace coprod::model
