#pragma once
// Result<T>: a value, or the diagnostics that explain why there is none.
// Loaders return these; only the command-line layer turns them into exit codes.

#include <cassert>
#include <utility>
#include <variant>

#include "util/diagnostic.hpp"

namespace coprod::util {

template <class T>
class Result {
 public:
  Result(T value) : m_state(std::move(value)) {}                 // NOLINT: implicit by design
  Result(Diagnostics problems) : m_state(std::move(problems)) {  // NOLINT
    assert(!std::get<Diagnostics>(m_state).empty());
  }
  Result(Diagnostic problem) : m_state(Diagnostics{std::move(problem)}) {}  // NOLINT

  bool ok() const { return std::holds_alternative<T>(m_state); }
  explicit operator bool() const { return ok(); }

  T& value() { return std::get<T>(m_state); }
  const T& value() const { return std::get<T>(m_state); }
  T& operator*() { return value(); }
  const T& operator*() const { return value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }

  const Diagnostics& problems() const { return std::get<Diagnostics>(m_state); }

 private:
  std::variant<T, Diagnostics> m_state;
};

}  // namespace coprod::util
