#include "render/coverage_notes.hpp"

#include <fmt/format.h>

#include "util/text.hpp"

namespace coprod::render {

std::string_view partial_mark(const analysis::Coverage& coverage) {
  return coverage.is_partial() ? k_partial_mark : std::string_view();
}

namespace {

// "held back as only 1 person scored it" (one row), "held back as only 1 person scored each".
std::string held_back_reason(int rows) {
  return fmt::format("held back as only 1 person scored {}", rows == 1 ? "it" : "each");
}

// "1 held back as only 1 person scored it", "3 held back as only 1 person scored each".
std::string held_back_words(int rows) { return fmt::format("{} {}", rows, held_back_reason(rows)); }

// "2 of 5 rows held back as only 1 person scored each"; a section of one row, "held back as only 1 person
// scored it", with no "1 of 1 rows" (the shorter frameworks, whose every section is its one row).
std::string held_back_of_rows(int held_back, int rows) {
  if (rows == 1) return held_back_reason(held_back);
  return fmt::format("{} of {} rows {}", held_back, rows, held_back_reason(held_back));
}

}  // namespace

std::string describe_rows_counted(const analysis::Coverage& coverage, int held_back) {
  std::string text = analysis::describe_coverage(coverage);
  const int not_scored = coverage.total - coverage.scored - coverage.not_applicable - held_back;
  if (not_scored > 0) text += fmt::format(", {} not scored yet", not_scored);
  if (held_back > 0) text += ", " + held_back_words(held_back);
  return text;
}

std::string no_score_held_back_words(const analysis::Coverage& coverage, int held_back) {
  if (held_back == 0) return {};
  const int not_scored = coverage.total - coverage.scored - coverage.not_applicable - held_back;
  return fmt::format("no score to show: {}{}", held_back_of_rows(held_back, coverage.total),
                     not_scored > 0 ? fmt::format(", {} not scored yet", not_scored) : "");
}

std::optional<std::string> coverage_note(std::string_view section_label, const std::vector<ColumnCoverage>& columns) {
  std::vector<std::string> parts;
  for (const auto& column : columns) {
    if (column.coverage.is_partial())
      parts.push_back(column.column + " from " + describe_rows_counted(column.coverage, column.held_back));
  }
  if (parts.empty()) return std::nullopt;
  return std::string(section_label) + ": " + util::join(parts, "; ");
}

std::optional<std::string> held_back_note(std::string_view section_label, const std::vector<ColumnCoverage>& columns) {
  std::vector<std::string> parts;
  for (const auto& column : columns) {
    if (column.coverage.scored > 0 || column.held_back == 0) continue;
    const int not_scored = column.coverage.total - column.coverage.not_applicable - column.held_back;
    parts.push_back(fmt::format("{}, {}{}", column.column, held_back_of_rows(column.held_back, column.coverage.total),
                                not_scored > 0 ? fmt::format(", {} not scored yet", not_scored) : ""));
  }
  if (parts.empty()) return std::nullopt;
  return std::string(section_label) + ": " + util::join(parts, "; ");
}

}  // namespace coprod::render
