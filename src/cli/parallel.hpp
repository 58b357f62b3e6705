#pragma once
// Running independent pieces of work on a few threads.

#include <algorithm>
#include <cstddef>
#include <functional>
#include <thread>
#include <vector>

namespace coprod::cli {

// Calls work(i) for every i below `count`, on up to `threads` threads (the
// calling thread too). Each i is handled once; work must not throw.
inline void run_in_parallel(std::size_t count, unsigned threads, const std::function<void(std::size_t)>& work) {
  const std::size_t used = std::max<std::size_t>(1, std::min<std::size_t>(threads, count));
  std::vector<std::thread> workers;
  for (std::size_t t = 1; t < used; ++t) {
    workers.emplace_back([&, t] {
      for (std::size_t i = t; i < count; i += used) work(i);
    });
  }
  for (std::size_t i = 0; i < count; i += used) work(i);
  for (auto& worker : workers) worker.join();
}

}  // namespace coprod::cli
