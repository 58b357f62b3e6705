#include "model/seen_count.hpp"

#include <charconv>

#include <fmt/format.h>

namespace coprod::model {

namespace {

// A whole number of at most four digits, and nothing else (no sign).
std::optional<int> whole_number(std::string_view text) {
  int value = 0;
  if (text.empty() || text.size() > 4 || text.front() < '0' || text.front() > '9') return std::nullopt;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc{} || end != text.data() + text.size()) return std::nullopt;
  return value;
}

}  // namespace

std::string seen_count_text(SeenCount count) { return fmt::format("{} of {}", count.yes, count.answered); }

bool indicator_seen_by_most(SeenCount count) { return count.yes * 2 > count.answered; }

bool warning_seen_by_anyone(SeenCount count) { return count.yes > 0; }

std::optional<SeenCount> parse_seen_count(std::string_view text) {
  constexpr std::string_view k_of = " of ";
  const auto of = text.find(k_of);
  if (of == std::string_view::npos) return std::nullopt;
  const auto yes = whole_number(text.substr(0, of));
  const auto answered = whole_number(text.substr(of + k_of.size()));
  if (!yes || !answered || *answered < 1 || *yes > *answered) return std::nullopt;
  return SeenCount{*yes, *answered};
}

}  // namespace coprod::model
