#include "util/alphabetical_order.hpp"

#include <algorithm>

namespace coprod::util {

bool alphabetically_before(std::string_view a, std::string_view b) {
  const auto folded = [](char c) {
    const auto byte = static_cast<unsigned char>(c);
    return byte >= 'A' && byte <= 'Z' ? byte - 'A' + 'a' : byte;
  };
  const auto before = [&](char x, char y) { return folded(x) < folded(y); };
  if (std::lexicographical_compare(a.begin(), a.end(), b.begin(), b.end(), before)) return true;
  if (std::lexicographical_compare(b.begin(), b.end(), a.begin(), a.end(), before)) return false;
  return a < b;
}

}  // namespace coprod::util
