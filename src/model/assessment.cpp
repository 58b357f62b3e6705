#include "model/assessment.hpp"

#include <fmt/format.h>

namespace coprod::model {

const RowResponse* SectionResponse::find_row(const std::string& row_id) const {
  for (const auto& row : rows) {
    if (row.row_id == row_id) return &row;
  }
  return nullptr;
}

const SectionResponse* Assessment::find_section(const std::string& section_id) const {
  for (const auto& section : sections) {
    if (section.section_id == section_id) return &section;
  }
  return nullptr;
}

std::string Assessment::label() const {
  return fmt::format("{}, {}, {}", area, perspective_title(perspective), period.to_string());
}

}  // namespace coprod::model
