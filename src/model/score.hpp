#pragma once
// A row's self-assessment score: a point on the framework's scale, "not
// applicable", or not scored yet.

#include <optional>
#include <string>
#include <string_view>
#include <variant>

#include "model/framework.hpp"

namespace coprod::model {

class Score {
 public:
  enum class State { not_scored, not_applicable, scored };

  static Score not_scored() { return Score(State::not_scored, 0); }
  static Score not_applicable() { return Score(State::not_applicable, 0); }
  static Score from_halves(int halves) { return Score(State::scored, halves); }

  State state() const { return m_state; }
  bool is_scored() const { return m_state == State::scored; }
  bool is_not_applicable() const { return m_state == State::not_applicable; }
  // The score in half points (a 3 is 6, a 2.5 is 5). Only for scored rows.
  int halves() const { return m_halves; }
  double value() const { return m_halves / 2.0; }

  // "3", "2.5", "n/a" or "" (not scored): the form a file holds.
  std::string to_string() const;

  friend bool operator==(const Score&, const Score&) = default;

 private:
  Score(State state, int halves) : m_state(state), m_halves(halves) {}
  State m_state;
  int m_halves;
};

// The spelling of "not applicable" in files.
inline constexpr std::string_view k_not_applicable = "n/a";

// Parses a score as written in a file: a whole number on the scale, a half
// point such as 2.5 when the scale allows them, or "n/a". Returns the
// explanation of what is wrong otherwise.
std::variant<Score, std::string> parse_score(std::string_view text, const Scale& scale);

// "a whole number from 0 to 5, a half point such as 2.5, or n/a"
std::string describe_scale(const Scale& scale);

}  // namespace coprod::model
