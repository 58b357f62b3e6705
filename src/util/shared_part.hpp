#pragma once
// A pointer to a part of an object held by a shared pointer (a framework's
// section, one section of an assessment's results) that keeps the whole
// object alive: shared_ptr's aliasing constructor, so a part copied out of
// its whole stays valid however long it is kept.

#include <memory>

namespace coprod::util {

// Null when `part` is null. `part` must be inside `*whole`.
template <class Part, class Whole>
std::shared_ptr<const Part> share_part(const std::shared_ptr<Whole>& whole, const Part* part) {
  if (!part) return nullptr;
  return std::shared_ptr<const Part>(whole, part);
}

}  // namespace coprod::util
