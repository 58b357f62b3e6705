#pragma once
// Running independent pieces of work on a few threads.

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <functional>
#include <system_error>
#include <thread>
#include <vector>

namespace coprod::cli {

// Calls work(i) for every i below `count`, on up to `threads` threads (the
// calling thread too). Each i is handled once, by whichever thread is free;
// work must not throw. If the system cannot start as many threads as asked,
// the ones that did start (and the calling thread) do all the work.
inline void run_in_parallel(std::size_t count, unsigned threads, const std::function<void(std::size_t)>& work) {
  std::atomic<std::size_t> next{0};
  const auto take_work = [&] {
    for (std::size_t i = next++; i < count; i = next++) work(i);
  };
  const std::size_t wanted = std::max<std::size_t>(1, std::min<std::size_t>(threads, count));
  std::vector<std::thread> workers;
  for (std::size_t t = 1; t < wanted; ++t) {
    try {
      workers.emplace_back(take_work);
    } catch (const std::system_error&) {
      break;  // out of threads or memory: carry on with those running
    }
  }
  take_work();
  for (auto& worker : workers) worker.join();
}

}  // namespace coprod::cli
