#include "render/row_words.hpp"

#include <fmt/format.h>

#include "model/sections_as_rows.hpp"
#include "render/plan.hpp"
#include "util/text.hpp"

namespace coprod::render {

std::string RowWords::capital_one() const { return util::capitalised(std::string(one)); }

std::string RowWords::capital_many() const { return util::capitalised(std::string(many)); }

std::string RowWords::counted(std::size_t count) const { return util::counted(count, one, many); }

std::string RowWords::named(const model::FrameworkSection& section, const model::FrameworkRow& row) const {
  if (sections) return plan_section_name(section);
  return fmt::format("row {}", section.row_number(row.id));
}

std::string RowWords::number(const model::FrameworkSection& section, const model::FrameworkRow& row) const {
  if (sections && !section.key.empty()) return section.key;
  return section.row_number(row.id);
}

RowWords row_words(const model::Framework& framework) {
  if (model::every_section_is_its_row(framework)) return {true, "section", "sections"};
  return {};
}

}  // namespace coprod::render
