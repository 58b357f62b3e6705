#include "render/period_words.hpp"

#include <doctest/doctest.h>

using namespace coprod;

namespace {

model::Period period(const char* text) { return *model::Period::parse(text); }

}  // namespace

TEST_CASE("months_to_tell") {
  SUBCASE("a quarter's months, counted from January: an NHS reader counts Q1 from April") {
    CHECK(render::months_to_tell(period("2027-Q1")) == "January to March 2027");
    CHECK(render::months_to_tell(period("2026-Q4")) == "October to December 2026");
  }
  SUBCASE("a half year's too, which a financial year starts in April as well") {
    CHECK(render::months_to_tell(period("2026-H1")) == "January to June 2026");
  }
  SUBCASE("a month needs no telling") { CHECK_FALSE(render::months_to_tell(period("2026-09")).has_value()); }
}

TEST_CASE("period_months") {
  SUBCASE("the period, then its months, as the pack first names it") {
    CHECK(render::period_months(period("2026-Q4")) == "2026-Q4: October to December 2026");
    CHECK(render::period_months(period("2026-H2")) == "2026-H2: July to December 2026");
  }
  SUBCASE("a month is left as it is") { CHECK_FALSE(render::period_months(period("2027-01")).has_value()); }
}
