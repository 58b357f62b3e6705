#include "render/coverage_notes.hpp"

#include <fmt/format.h>

#include "util/text.hpp"

namespace coprod::render {

std::string_view partial_mark(const analysis::Coverage& coverage) {
  return coverage.is_partial() ? k_partial_mark : std::string_view();
}

std::string describe_rows_counted(const analysis::Coverage& coverage) {
  std::string text = analysis::describe_coverage(coverage);
  const int not_scored = coverage.total - coverage.scored - coverage.not_applicable;
  if (not_scored > 0) text += fmt::format(", {} not scored yet", not_scored);
  return text;
}

std::optional<std::string> coverage_note(std::string_view section_label, const std::vector<ColumnCoverage>& columns) {
  std::vector<std::string> parts;
  for (const auto& column : columns) {
    if (column.coverage.is_partial())
      parts.push_back(column.column + " from " + describe_rows_counted(column.coverage));
  }
  if (parts.empty()) return std::nullopt;
  return std::string(section_label) + ": " + util::join(parts, "; ");
}

}  // namespace coprod::render
