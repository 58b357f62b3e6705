#include "util/diagnostic.hpp"

#include <algorithm>

#include <fmt/format.h>

namespace coprod::util {

std::string Diagnostic::to_string() const {
  const char* label = severity == Severity::error ? "error" : "warning";
  if (position.line > 0) {
    return fmt::format("{}:{}:{}: {}: {}", source, position.line, position.column, label, message);
  }
  if (!source.empty()) return fmt::format("{}: {}: {}", source, label, message);
  return fmt::format("{}: {}", label, message);
}

bool has_errors(const Diagnostics& diagnostics) {
  return std::any_of(diagnostics.begin(), diagnostics.end(),
                     [](const Diagnostic& d) { return d.severity == Severity::error; });
}

void sort_by_position(Diagnostics& diagnostics) {
  std::stable_sort(diagnostics.begin(), diagnostics.end(), [](const Diagnostic& a, const Diagnostic& b) {
    if (a.source != b.source) return false;
    return std::pair(a.position.line, a.position.column) < std::pair(b.position.line, b.position.column);
  });
}

}  // namespace coprod::util
