#include "model/sections_as_rows.hpp"

#include <algorithm>

#include "util/text.hpp"

namespace coprod::model {

bool row_is_the_section(const FrameworkSection& section, const FrameworkRow& row) {
  return section.has_one_row() && row.indicator && !row.warning &&
         util::trim(row.indicator->flattened()) == util::trim(section.title);
}

bool section_is_its_row(const FrameworkSection& section) {
  return !section.rows.empty() && row_is_the_section(section, section.rows.front());
}

bool every_section_is_its_row(const Framework& framework) {
  return !framework.sections.empty() &&
         std::all_of(framework.sections.begin(), framework.sections.end(), section_is_its_row);
}

}  // namespace coprod::model
