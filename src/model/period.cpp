#include "model/period.hpp"

#include <charconv>
#include <utility>

#include <fmt/format.h>

namespace coprod::model {

namespace {

std::optional<int> parse_number(std::string_view text, std::size_t digits) {
  if (text.size() != digits) return std::nullopt;
  int value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc{} || end != text.data() + text.size()) return std::nullopt;
  return value;
}

int periods_per_year(Period::Kind kind) {
  switch (kind) {
    case Period::Kind::half: return 2;
    case Period::Kind::quarter: return 4;
    case Period::Kind::month: return 12;
  }
  return 1;
}

}  // namespace

std::optional<Period> Period::parse(std::string_view text) {
  const auto year = parse_number(text.substr(0, 4), 4);
  if (!year || *year < 1900) return std::nullopt;
  if (text.size() < 6 || text[4] != '-') return std::nullopt;
  const std::string_view rest = text.substr(5);
  if (rest.front() == 'Q' || rest.front() == 'H') {
    const auto index = parse_number(rest.substr(1), 1);
    const Kind kind = rest.front() == 'Q' ? Kind::quarter : Kind::half;
    if (!index || *index < 1 || *index > periods_per_year(kind)) return std::nullopt;
    return Period(kind, *year, *index);
  }
  const auto month = parse_number(rest, 2);
  if (!month || *month < 1 || *month > 12) return std::nullopt;
  return Period(Kind::month, *year, *month);
}

std::string Period::to_string() const {
  switch (m_kind) {
    case Kind::half: return fmt::format("{}-H{}", m_year, m_index);
    case Kind::quarter: return fmt::format("{}-Q{}", m_year, m_index);
    case Kind::month: return fmt::format("{}-{:02}", m_year, m_index);
  }
  return {};
}

Period Period::containing(const Date& day, Kind kind) {
  return Period(kind, day.year, (day.month - 1) / (12 / periods_per_year(kind)) + 1);
}

Period Period::next() const {
  if (m_index == periods_per_year(m_kind)) return Period(m_kind, m_year + 1, 1);
  return Period(m_kind, m_year, m_index + 1);
}

int Period::start_month() const { return (m_index - 1) * (12 / periods_per_year(m_kind)) + 1; }

bool Period::ends_before(const Period& other) const {
  const int last_month = m_year * 12 + start_month() + 12 / periods_per_year(m_kind) - 1;
  return last_month < other.m_year * 12 + other.start_month();
}

namespace {

// Months since year 0 of a period's first and last month.
std::pair<int, int> month_span(const Period& period) {
  const int first = period.year() * 12 + period.start_month();
  const int length = period.kind() == Period::Kind::half ? 6 : period.kind() == Period::Kind::quarter ? 3 : 1;
  return {first, first + length - 1};
}

}  // namespace

bool Period::takes_in(const Period& other) const {
  const auto [first, last] = month_span(*this);
  const auto [other_first, other_last] = month_span(other);
  return first <= other_first && other_last <= last;
}

bool operator<(const Period& a, const Period& b) { return month_span(a) < month_span(b); }

std::string period_in_words(const Period& period) {
  const auto [first, last] = month_span(period);
  const std::string_view last_month = month_name((last - 1) % 12 + 1);
  if (first == last) return fmt::format("{} {}", last_month, period.year());
  return fmt::format("{} to {} {}", month_name((first - 1) % 12 + 1), last_month, period.year());
}

std::string_view overlap_words(const Period& period, const Period& other) {
  if (period == other) return "is";
  return period.takes_in(other) ? "takes in" : "is part of";
}

std::string what_to_write_for_period(std::string_view text) {
  if (text.size() > 5 && (text[5] == 'q' || text[5] == 'h')) {
    std::string capital(text);
    capital[5] = static_cast<char>(capital[5] - 'a' + 'A');
    if (Period::parse(capital)) return fmt::format("write {}, with a capital {}", capital, capital[5]);
  }
  return fmt::format("write {}", k_period_forms);
}

}  // namespace coprod::model
