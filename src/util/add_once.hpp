#pragma once
// Adding to a list in first-seen order, each item once (areas, periods,
// names to show): for the short lists a page names, where a set's order
// would be wrong.

#include <algorithm>
#include <vector>

namespace coprod::util {

// Whether `list` holds `item`.
template <class T>
bool contains(const std::vector<T>& list, const T& item) {
  return std::find(list.begin(), list.end(), item) != list.end();
}

template <class T>
void add_once(std::vector<T>& list, const T& item) {
  if (!contains(list, item)) list.push_back(item);
}

}  // namespace coprod::util
