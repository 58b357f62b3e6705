#include "util/number_ranges.hpp"

#include <doctest/doctest.h>

using coprod::util::number_ranges;

TEST_CASE("number_ranges: runs of three or more numbers in a row are ranges, the rest listed") {
  CHECK(number_ranges({}) == "");
  CHECK(number_ranges({4}) == "4");
  CHECK(number_ranges({1, 2}) == "1 and 2");
  CHECK(number_ranges({1, 2, 3}) == "1 to 3");
  CHECK(number_ranges({1, 2, 3, 5, 7, 8}) == "1 to 3, 5, 7 and 8");
  CHECK(number_ranges({1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15}) == "1 and 3 to 15");
}
