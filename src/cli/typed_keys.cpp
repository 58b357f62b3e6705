#include "cli/typed_keys.hpp"

#include <array>
#include <utility>

#include <fmt/format.h>

#include "util/small_letters.hpp"

namespace coprod::cli {

namespace {

// Each word, in small letters, and the key it stands for.
constexpr std::array<std::pair<std::string_view, std::string_view>, 10> k_words{{{"s", "s"},
                                                                                 {"skip", "s"},
                                                                                 {"b", "b"},
                                                                                 {"back", "b"},
                                                                                 {"q", "q"},
                                                                                 {"quit", "q"},
                                                                                 {"stop", "q"},
                                                                                 {"exit", "q"},
                                                                                 {"help", "?"},
                                                                                 {"n/a", "n/a"}}};

}  // namespace

std::string typed_key(std::string_view typed) {
  const std::string lower = util::in_small_letters(typed);
  for (const auto& [word, key] : k_words) {
    if (lower == word) return std::string(key);
  }
  if (lower == "g" || lower.starts_with("g ")) return "g" + std::string(typed.substr(1));
  return std::string(typed);
}

std::string row_keys_in_short(std::string_view scored) {
  return fmt::format("Keys: s skips this {}, b goes back, q stops (the answers given are saved), ? shows help.",
                     scored);
}

}  // namespace coprod::cli
