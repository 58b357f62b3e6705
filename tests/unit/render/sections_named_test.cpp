#include "render/sections_named.hpp"

#include <doctest/doctest.h>

using coprod::render::sections_named;

TEST_CASE("sections_named: one section, or several with runs as ranges") {
  SUBCASE("one section") { CHECK(sections_named({3}) == "section 3"); }
  SUBCASE("two sections") { CHECK(sections_named({4, 9}) == "sections 4 and 9"); }
  SUBCASE("a run and one more") { CHECK(sections_named({1, 2, 3, 5}) == "sections 1 to 3 and 5"); }
  SUBCASE("many") { CHECK(sections_named({1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 14}) == "sections 1 to 12 and 14"); }
}
