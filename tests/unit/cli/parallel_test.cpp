#include "cli/parallel.hpp"

#include <atomic>
#include <vector>

#include <doctest/doctest.h>

using coprod::cli::run_in_parallel;

TEST_CASE("run_in_parallel does every piece of work exactly once, whatever the number of threads") {
  for (const unsigned threads : {0u, 1u, 2u, 7u, 64u}) {
    for (const std::size_t count : {std::size_t{0}, std::size_t{1}, std::size_t{5}, std::size_t{1000}}) {
      CAPTURE(threads);
      CAPTURE(count);
      std::vector<std::atomic<int>> done(count);
      run_in_parallel(count, threads, [&](std::size_t i) { ++done[i]; });
      for (std::size_t i = 0; i < count; ++i) CHECK(done[i].load() == 1);
    }
  }
}
