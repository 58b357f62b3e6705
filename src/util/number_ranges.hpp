#pragma once
// Numbers in words, runs of them as ranges: "1 to 3, 5 and 7 to 15".

#include <cstddef>
#include <string>
#include <vector>

namespace coprod::util {

// `numbers` (in order, none twice) with each run of three or more in a row
// as "FIRST to LAST", the parts joined with commas and a last "and":
// {1, 2, 3, 5, 7, 8} gives "1 to 3, 5, 7 and 8"; {} gives "".
std::string number_ranges(const std::vector<std::size_t>& numbers);

}  // namespace coprod::util
