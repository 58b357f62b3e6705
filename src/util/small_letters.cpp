#include "util/small_letters.hpp"

namespace coprod::util {

std::string in_small_letters(std::string_view text) {
  std::string lower(text);
  for (char& c : lower) c = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  return lower;
}

}  // namespace coprod::util
