#pragma once
// The Northbridge example file that the score --interactive tests carry forward, as a facilitator would start the
// next period.

#include <string>

#include <doctest/doctest.h>

#include "cli/temp_dir.hpp"
#include "test_support.hpp"

namespace coprod::test {

// A copy of the Northbridge peer network's 2026-Q4 file, every row scored and every section last completed on
// 2026-11-19, carried forward into 2027-Q1 as `init --from` carries it: the new file's path, in `dir`.
inline std::string carried_forward(const TempDir& dir) {
  const std::string meet = dir.write("meet.coprod.yaml", northbridge_example("2026-Q4-peer-network.coprod.yaml"));
  const std::string next = dir.path("next.coprod.yaml");
  REQUIRE(run_cli({"init", next, "--from", meet, "--period", "2027-Q1", "--schema", "none"}).status == 0);
  return next;
}

}  // namespace coprod::test
