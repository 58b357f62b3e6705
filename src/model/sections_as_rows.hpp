#pragma once
// Frameworks whose every section is its one row (the shorter frameworks: the strategic co-production
// leaflet's ingredients, the top tips), the one test of where the pack, the workbook, the form, `plan`,
// `score --interactive` and the file `init` writes name a section once.

#include "model/framework.hpp"

namespace coprod::model {

// Whether `row` is its section's only row and worded as its title (its early indicator, and no warning sign).
bool row_is_the_section(const FrameworkSection& section, const FrameworkRow& row);

// The same of one section: its only row is worded as its title, with no warning sign.
bool section_is_its_row(const FrameworkSection& section);

// Whether every section of `framework` is its one row, worded as its title with no warning sign
// (row_is_the_section()). Where it is, the pack and the workbook name each section once, by its number and
// title: no "Row 2.1", no row's wording under the same words as its heading, no "1 of 1 row", no rows counted
// or averaged, and "marked not applicable".
bool every_section_is_its_row(const Framework& framework);

}  // namespace coprod::model
