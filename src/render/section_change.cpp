#include <cstdlib>

#include <fmt/format.h>

#include "render/scores.hpp"

namespace coprod::render {

std::string change_text(int tenths) {
  return fmt::format("{}{}.{}", tenths > 0 ? "+" : tenths < 0 ? "-" : "", std::abs(tenths) / 10, std::abs(tenths) % 10);
}

}  // namespace coprod::render
