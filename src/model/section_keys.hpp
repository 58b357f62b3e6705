#pragma once
// What names each section of a framework where there is no room for its
// title: the web's axis, and a row's number ("1.4", "F.2"), as people find
// them on the form. Each key is unique in its framework, so that no two rows
// share a number.

#include <string>
#include <vector>

#include "model/framework.hpp"

namespace coprod::model {

// The key of a section on its own, as if no other section shared it: its
// number; else its title's first letter, when that is a plain letter after
// any quotation marks or brackets ("F" for "Facilitate the process", "Q" for
// "\"Quick\" check-ins"); else its place in the framework, counted from 1.
std::string own_section_key(const FrameworkSection& section, std::size_t place);

// Sets every section's `key`: its own key, but for unnumbered sections whose
// titles start with the same letter (in either case), which get as many of
// their title's first letters (spaces and signs left out) as tell each from
// the others: "Li" and "Le" for "Listening well" and "Learning together".
// Where no start of a title tells it apart (two titles alike), the letter and
// the section's place among those sharing it: "L1", "L2". A section keyed by
// its place whose place is another's number gets a number past every section's.
void assign_section_keys(std::vector<FrameworkSection>& sections);

}  // namespace coprod::model
