#include "cli/standard_input.hpp"

#include <fmt/format.h>

#include "cli/error.hpp"
#include "util/text.hpp"

namespace coprod::cli {

namespace {

std::string times(std::size_t count) {
  if (count == 2) return "twice";
  if (count == 3) return "three times";
  return fmt::format("{} times", count);
}

}  // namespace

void refuse_standard_input_twice(std::initializer_list<NamedInputs> inputs) {
  std::vector<std::string> places;  // "file 1", "--framework"
  for (const auto& input : inputs) {
    for (std::size_t i = 0; i < input.paths.size(); ++i) {
      if (input.paths[i] != "-") continue;
      places.push_back(input.option.empty() ? fmt::format("file {}", i + 1) : input.option);
    }
  }
  if (places.size() < 2) return;
  throw Error(k_exit_usage, fmt::format("standard input ('-') is named {} (as {}), but it can be read only once; name "
                                        "'-' for one input at most, and give the others as files",
                                        times(places.size()), util::join_in_words(places)));
}

}  // namespace coprod::cli
