#include "render/sections_as_rows.hpp"

#include <algorithm>

#include "render/report.hpp"

namespace coprod::render {

bool section_is_its_row(const model::FrameworkSection& section) {
  return section.rows.size() == 1 && row_is_the_section(section, section.rows.front());
}

bool every_section_is_its_row(const model::Framework& framework) {
  return !framework.sections.empty() &&
         std::all_of(framework.sections.begin(), framework.sections.end(), section_is_its_row);
}

}  // namespace coprod::render
