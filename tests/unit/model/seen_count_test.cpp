#include "model/seen_count.hpp"

#include <doctest/doctest.h>

using namespace coprod;

TEST_CASE("seen_count_text and parse_seen_count") {
  CHECK(model::seen_count_text({1, 3}) == "1 of 3");
  CHECK(model::parse_seen_count("1 of 3") == model::SeenCount{1, 3});
  CHECK(model::parse_seen_count("0 of 1") == model::SeenCount{0, 1});
  CHECK(model::parse_seen_count("12 of 12") == model::SeenCount{12, 12});
  for (const char* wrong : {"", "1", "1 of", "of 3", "4 of 3", "0 of 0", "-1 of 3", "1 of 3 ", "1/3", "one of 3",
                            "1  of 3", "1 of 99999", "+1 of 3"}) {
    CAPTURE(wrong);
    CHECK_FALSE(model::parse_seen_count(wrong));
  }
}
