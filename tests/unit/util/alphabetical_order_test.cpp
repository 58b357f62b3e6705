#include "util/alphabetical_order.hpp"

#include <doctest/doctest.h>

using coprod::util::alphabetically_before;

TEST_CASE("alphabetically_before: A to Z read as a to z, then bytes") {
  CHECK(alphabetically_before("apple", "Zebra"));
  CHECK_FALSE(alphabetically_before("Zebra", "apple"));
  CHECK(alphabetically_before("Apple", "banana"));
  CHECK(alphabetically_before("Apple", "apple"));  // differ only in capitals: by bytes
  CHECK_FALSE(alphabetically_before("apple", "Apple"));
  CHECK_FALSE(alphabetically_before("apple", "apple"));
  CHECK(alphabetically_before("app", "Apple"));         // a prefix first
  CHECK(alphabetically_before("zebra", "\u00C9mile"));  // beyond ASCII: after z
  CHECK(alphabetically_before("[note]", "apple"));      // '[' comes before the letters once A to Z are folded
  CHECK(alphabetically_before("_x", "Zebra"));          // '_' comes after 'Z' in bytes but before 'z'
}
