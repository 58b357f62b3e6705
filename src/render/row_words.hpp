#pragma once
// What the evidence pack calls a thing scored: a row, or, in a framework whose every section is its one row
// (model::every_section_is_its_row(), the shorter frameworks), a section, for a reader who has only ever seen sections
// there. Chosen once from the framework, so that every part of the pack (index.html and report.md) says it
// alike: "Sections whose score changed", "6 sections up", "Action on this section".

#include <cstddef>
#include <string>
#include <string_view>

#include "model/framework.hpp"

namespace coprod::render {

struct RowWords {
  bool sections = false;         // each section is its one row: "section", else "row"
  std::string_view one = "row";  // "row" or "section"
  std::string_view many = "rows";

  std::string capital_one() const;               // "Row", "Section"
  std::string capital_many() const;              // "Rows", "Sections"
  std::string counted(std::size_t count) const;  // "1 row", "6 sections"
  // The row by its number, "row 5.1", or, where it is its section, the section, "section 5" (by its title where
  // it has no number, plan_section_name()).
  std::string named(const model::FrameworkSection& section, const model::FrameworkRow& row) const;
  // The row's number as the form and the pack show it, "5.1", or, where it is its section, the section's key, "5":
  // what `score --interactive`'s g takes.
  std::string number(const model::FrameworkSection& section, const model::FrameworkRow& row) const;
};

RowWords row_words(const model::Framework& framework);

}  // namespace coprod::render
