#include "model/valid_id.hpp"

#include <string>
#include <vector>

#include <doctest/doctest.h>

using namespace coprod;

TEST_CASE("is_valid_id") {
  for (const std::string& id : std::vector<std::string>{"a", "senior-leaders", "phase-2", "0", std::string(64, 'a')}) {
    CAPTURE(id);
    CHECK(model::is_valid_id(id));
  }
  for (const std::string& id :
       std::vector<std::string>{"", "-a", "a-", "a--b", "Senior", "a_b", "a b", "caf\xC3\xA9", std::string(65, 'a')}) {
    CAPTURE(id);
    CHECK_FALSE(model::is_valid_id(id));
  }
}
