#include "analysis/file_name_period.hpp"

#include <fmt/format.h>

namespace coprod::analysis {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_letter_or_digit(char c) { return is_digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

constexpr std::size_t k_period_length = 7;  // 2027-Q1, 2026-H2, 2026-11

std::string_view last_part(std::string_view path) {
  const auto slash = path.find_last_of("/\\:");
  return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

// The period written at `at` in `name` ("2027-Q1" in "2027-Q1-organisation"),
// standing alone: not part of a longer word or number, nor a date's year and month.
std::optional<model::Period> period_at(std::string_view name, std::size_t at) {
  if (at + k_period_length > name.size()) return std::nullopt;
  if (at > 0 && is_letter_or_digit(name[at - 1])) return std::nullopt;
  const std::size_t after = at + k_period_length;
  if (after < name.size() && is_letter_or_digit(name[after])) return std::nullopt;
  if (after + 1 < name.size() && name[after] == '-' && is_digit(name[after + 1])) return std::nullopt;  // a date
  return model::Period::parse(name.substr(at, k_period_length));
}

}  // namespace

std::optional<model::Period> period_in_file_name(std::string_view path) {
  const std::string_view name = last_part(path);
  std::optional<model::Period> found;
  for (std::size_t at = 0; at < name.size(); ++at) {
    const auto period = period_at(name, at);
    if (!period) continue;
    if (found && !(*found == *period)) return std::nullopt;  // two periods: no telling which is meant
    found = period;
  }
  return found;
}

std::string file_name_with_period(std::string_view path, const model::Period& period) {
  const std::string_view name = last_part(path);
  const std::string written = period.to_string();
  std::string renamed;
  for (std::size_t at = 0; at < name.size(); ++at) {
    if (period_at(name, at)) {
      renamed += written;
      at += k_period_length - 1;
    } else {
      renamed += name[at];
    }
  }
  return renamed;
}

std::optional<std::string> file_name_period_message(const model::Assessment& assessment) {
  const auto named = period_in_file_name(assessment.source);
  if (!named || *named == assessment.period) return std::nullopt;
  const std::string said = named->to_string();
  const std::string period = assessment.period.to_string();
  return fmt::format(
      "the file name says {0}, but period is {1}; if this is {1}'s file, rename it, and if it is {0}'s (a copy of "
      "{1}'s, say), set period to {0} and check each section's answers and last_completed; 'coprod init NEW --from "
      "OLD' makes the next period's file with its period set",
      said, period);
}

std::optional<util::Diagnostic> file_name_period_warning(const model::Assessment& assessment) {
  const auto message = file_name_period_message(assessment);
  if (!message) return std::nullopt;
  return util::Diagnostic{util::Severity::warning, assessment.source, assessment.period_position,
                          fmt::format("{} [{}]", *message, k_file_name_period_rule)};
}

}  // namespace coprod::analysis
