#include "util/shown_path.hpp"

#include <doctest/doctest.h>

using namespace coprod::util;

TEST_CASE("shown_path") {
  const std::optional<std::string> no_repository;
  SUBCASE("a file in the current folder or below: relative to it, however it was typed") {
    CHECK(shown_path("a.yaml", "/home/jane.smith/reviews", no_repository) == "a.yaml");
    CHECK(shown_path("./northbridge/a.yaml", "/home/jane.smith/reviews", no_repository) == "northbridge/a.yaml");
    CHECK(shown_path("/home/jane.smith/reviews/northbridge/a.yaml", "/home/jane.smith/reviews", no_repository) ==
          "northbridge/a.yaml");
    CHECK(shown_path("/home/jane.smith/reviews/x/../a.yaml", "/home/jane.smith/reviews/", no_repository) == "a.yaml");
  }
  SUBCASE("a file elsewhere in a git repository: relative to the repository's top folder") {
    const std::optional<std::string> top = "/home/jane.smith/coproduction";
    CHECK(shown_path("/home/jane.smith/coproduction/2026/a.yaml", "/home/jane.smith/coproduction/notes", top) ==
          "2026/a.yaml");
    CHECK(shown_path("../2026/a.yaml", "/home/jane.smith/coproduction/notes", top) == "2026/a.yaml");
  }
  SUBCASE("a file elsewhere and in no repository: its name alone, never a home folder") {
    CHECK(shown_path("/home/jane.smith/Downloads/a.yaml", "/tmp/pack", no_repository) == "a.yaml");
    CHECK(shown_path("../../home/jane.smith/a.yaml", "/tmp/pack", no_repository) == "a.yaml");
    const std::optional<std::string> other = "/srv/repository";
    CHECK(shown_path("/home/jane.smith/Downloads/a.yaml", "/srv/repository/x", other) == "a.yaml");
  }
}
