#include <doctest/doctest.h>

#include "model/framework.hpp"

using namespace coprod;

TEST_CASE("rich text flattened to one line: bullets joined by '; ' unless one ends a sentence") {
  const model::RichText aim{"Develop a strategy.", {"Make time available.", "Model openness", "Be honest"}};
  CHECK(aim.flattened() == "Develop a strategy. Make time available. Model openness; Be honest");
  CHECK(model::RichText{"Plain", {}}.flattened() == "Plain");
}
