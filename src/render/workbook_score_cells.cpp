// The scores workbook's cells of scores and differences (workbook_score_cells.hpp).

#include "render/workbook_score_cells.hpp"

#include <fmt/format.h>

#include "analysis/held_back_scores.hpp"
#include "render/missing_score.hpp"

namespace coprod::render {

std::string difference_heading(const std::vector<std::string>& names) {
  if (names.size() == 2) return fmt::format("Difference: {} minus {}", names[1], names[0]);
  return "Spread: highest score minus lowest";
}

Cell missing_score_cell(bool not_applicable) {
  return Cell::of_text(missing_score_words(not_applicable), CellStyle::missing);
}

Cell score_cell(const model::Score& score) {
  if (score.is_scored()) return Cell::of_number(score.value(), CellStyle::score);
  return missing_score_cell(score.is_not_applicable());
}

std::optional<int> section_tenths(const analysis::SectionResult& section) {
  if (!section.score) return std::nullopt;
  return section.score->tenths();
}

Cell section_score_cell(const analysis::SectionResult& section) {
  const auto tenths = section_tenths(section);
  if (tenths) return Cell::of_number(*tenths / 10.0, CellStyle::score);
  if (analysis::is_held_back(section)) return Cell::of_text(k_held_back_words, CellStyle::missing);
  return missing_score_cell(section.is_not_applicable());
}

Cell no_difference_cell(std::size_t inputs) {
  return Cell::of_text(inputs == 2 ? k_no_difference_words : k_no_spread_words, CellStyle::missing);
}

Cell no_difference_of_two_cell(bool not_applicable, std::string_view not_applicable_words) {
  return not_applicable ? Cell::of_text(not_applicable_words, CellStyle::missing) : no_difference_cell(2);
}

}  // namespace coprod::render
