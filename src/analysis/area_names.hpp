#pragma once
// Area names people type differently for one area: "Northbridge",
// "northbridge" and " Northbridge " are kept apart as written (each file
// says what it says), but told apart only with a hint that they are
// probably the same area.

#include <string>
#include <string_view>

namespace coprod::analysis {

// The name without spaces at either end, each run of white space inside as
// one space, and ASCII letters in lower case: names with the same key are
// probably one area.
std::string area_key(std::string_view area);

// Two names written differently that have the same key.
bool probably_same_area(std::string_view a, std::string_view b);

// The same name, or probably the same area (see area_key()).
inline bool same_area(std::string_view a, std::string_view b) { return area_key(a) == area_key(b); }

// "the names differ only in capitals or spaces, so they are probably the same
// area; write the name the same way in every file": a hint to add to a
// message about two areas, when probably_same_area(a, b); empty otherwise.
std::string same_area_hint(std::string_view a, std::string_view b);

}  // namespace coprod::analysis
