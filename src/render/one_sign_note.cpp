// What a row's score means when the row has only a warning sign or only an
// early indicator.

#include "render/one_sign_note.hpp"

#include <algorithm>

#include <fmt/format.h>

namespace coprod::render {

namespace {

bool has_warning_signs(const model::Framework& framework) {
  return std::any_of(framework.sections.begin(), framework.sections.end(), [](const model::FrameworkSection& section) {
    return std::any_of(section.rows.begin(), section.rows.end(),
                       [](const model::FrameworkRow& row) { return row.warning.has_value(); });
  });
}

}  // namespace

std::optional<std::string> one_sign_note(const model::Framework& framework, const model::FrameworkRow& row) {
  const auto& scale = framework.scale;
  if (row.warning && !row.indicator) {
    return fmt::format(
        "This row has only a warning sign: {} means it is not seen here at all, {} that it is seen a lot.", scale.max,
        scale.min);
  }
  if (row.indicator && !row.warning && has_warning_signs(framework)) {
    return fmt::format(
        "This row has only an early indicator: {} means it is fully true here, {} that there is no sign of it yet.",
        scale.max, scale.min);
  }
  return std::nullopt;
}

}  // namespace coprod::render
