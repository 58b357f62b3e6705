#include "util/diagnostic.hpp"

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

}  // namespace coprod::util
