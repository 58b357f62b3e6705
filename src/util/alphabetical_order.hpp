#pragma once
// Alphabetical order for lists people read, with nothing about co-production.

#include <string_view>

namespace coprod::util {

// Alphabetical order with ASCII case folding: byte by byte with A to Z read
// as a to z, so "apple" < "Banana" < "zebra" and any byte from 0x80 (the
// start of "É", "Ł" ...) comes after "z"; texts that differ only in capitals
// go by their bytes ("Apple" before "apple"), so the order is total.
bool alphabetically_before(std::string_view a, std::string_view b);

}  // namespace coprod::util
