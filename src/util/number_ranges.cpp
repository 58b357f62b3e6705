#include "util/number_ranges.hpp"

#include "util/text.hpp"

namespace coprod::util {

std::string number_ranges(const std::vector<std::size_t>& numbers) {
  std::vector<std::string> parts;
  for (std::size_t i = 0; i < numbers.size();) {
    std::size_t end = i;  // the last of the run starting at i
    while (end + 1 < numbers.size() && numbers[end + 1] == numbers[end] + 1) ++end;
    if (end - i >= 2) {
      parts.push_back(std::to_string(numbers[i]) + " to " + std::to_string(numbers[end]));
    } else {
      for (std::size_t j = i; j <= end; ++j) parts.push_back(std::to_string(numbers[j]));
    }
    i = end + 1;
  }
  return join_in_words(parts, "and");
}

}  // namespace coprod::util
