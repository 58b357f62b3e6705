#include "model/score.hpp"

#include <algorithm>
#include <charconv>

#include <fmt/format.h>

#include "util/small_letters.hpp"

namespace coprod::model {

std::string Score::to_string() const {
  switch (m_state) {
    case State::not_scored: return "";
    case State::not_applicable: return std::string(k_not_applicable);
    case State::scored: break;
  }
  return m_halves % 2 == 0 ? fmt::format("{}", m_halves / 2) : fmt::format("{}.5", m_halves / 2);
}

std::string describe_scale(const Scale& scale) {
  if (scale.half_points) {
    return fmt::format("a whole number from {} to {}, a half point such as {}.5, or {}", scale.min, scale.max,
                       scale.min + (scale.max - scale.min) / 2, k_not_applicable);
  }
  return fmt::format("a whole number from {} to {}, or {}", scale.min, scale.max, k_not_applicable);
}

namespace {

bool all_digits(std::string_view text) {
  return !text.empty() && text.find_first_not_of("0123456789") == std::string_view::npos;
}

// Accepts "3", "3.0", "2.5", "2.50": digits, then optionally '.', a 0 or 5,
// and trailing zeros. Rejects signs, leading zeros, exponents and hex.
std::optional<int> parse_halves(std::string_view text) {
  const auto dot = text.find('.');
  const std::string_view whole = text.substr(0, dot);
  if (!all_digits(whole) || (whole.size() > 1 && whole.front() == '0') || whole.size() > 3) {
    return std::nullopt;
  }
  int value = 0;
  std::from_chars(whole.data(), whole.data() + whole.size(), value);
  int halves = value * 2;
  if (dot != std::string_view::npos) {
    std::string_view fraction = text.substr(dot + 1);
    if (!all_digits(fraction)) return std::nullopt;
    while (fraction.size() > 1 && fraction.back() == '0') fraction.remove_suffix(1);
    if (fraction == "5") halves += 1;
    else if (fraction != "0") return std::nullopt;
  }
  return halves;
}

// What to write for `text`, a spelling of n/a that coprod does not take
// ("N/A", "NA", "na"); "" for anything else.
std::string not_applicable_hint(std::string_view text) {
  const std::string lower = util::in_small_letters(text);
  if (lower != k_not_applicable && lower != "na") return "";
  const bool capitals = lower != text;
  const bool slash = lower == k_not_applicable;
  return fmt::format("for a row that does not apply here, write {}{}", k_not_applicable,
                     capitals && !slash ? ", in small letters with a slash"
                     : capitals         ? ", in small letters"
                                        : ", with a slash");
}

}  // namespace

std::variant<Score, std::string> parse_score(std::string_view text, const Scale& scale) {
  if (text == k_not_applicable) return Score::not_applicable();
  const auto halves = parse_halves(text);
  if (!halves) {
    std::string with_point(text);
    std::replace(with_point.begin(), with_point.end(), ',', '.');
    if (with_point != text && std::holds_alternative<Score>(parse_score(with_point, scale))) {
      return fmt::format("'{}' is not a score; write {}, with a full stop", text, with_point);
    }
    if (const auto hint = not_applicable_hint(text); !hint.empty()) {
      return fmt::format("'{}' is not a score; {}", text, hint);
    }
    return fmt::format("'{}' is not a score; write {}", text, describe_scale(scale));
  }
  if (*halves < scale.min * 2 || *halves > scale.max * 2) {
    return fmt::format("{} is outside the scale; write {}", text, describe_scale(scale));
  }
  if (*halves % 2 != 0 && !scale.half_points) {
    return fmt::format("{} is a half point, which this framework does not use; write {}", text, describe_scale(scale));
  }
  return Score::from_halves(*halves);
}

}  // namespace coprod::model
