#pragma once
// A title joined to what follows it without doubling the punctuation between them.

#include <string>
#include <string_view>

namespace coprod::util {

// `title`, then `separator` (": ", ".", " - "), then `rest`. A title may end in a mark of its own (a leaflet's
// list item ends in ";" or "."): when `separator` starts with a mark too, the title's closing ".", ";", ":"
// or "," is dropped, so "7. A point of contact with the system;" with ": " and "3.0" gives
// "7. A point of contact with the system: 3.0", never ";: 3.0", and "... culture;" with "." gives
// "... culture."; so is it before a closing bracket, ")" giving "(5. Commitment from senior management)" in
// place of "(... management;)". A title ending in "?" or "!" keeps it and takes no full stop after it. The title's
// words are never changed otherwise: the framework's wording stays as written.
std::string join_title(std::string_view title, std::string_view separator, std::string_view rest = {});

}  // namespace coprod::util
