// What a row's score means when the row has only a warning sign or only an
// early indicator.

#include "render/one_sign_note.hpp"

#include <fmt/format.h>

namespace coprod::render {

std::optional<std::string> one_sign_note(const model::Framework& framework, const model::FrameworkRow& row) {
  const auto& scale = framework.scale;
  if (row.warning && !row.indicator) {
    return fmt::format(
        "This row has only a warning sign: {} means it is not seen here at all, {} that it is seen a lot.", scale.max,
        scale.min);
  }
  if (row.indicator && !row.warning && framework.has_warning_signs()) {
    return fmt::format(
        "This row has only an early indicator: {} means it is fully true here, {} that there is no sign of it yet.",
        scale.max, scale.min);
  }
  return std::nullopt;
}

}  // namespace coprod::render
