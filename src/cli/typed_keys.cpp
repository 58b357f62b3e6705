#include "cli/typed_keys.hpp"

#include <array>
#include <utility>

namespace coprod::cli {

namespace {

std::string in_small_letters(std::string_view text) {
  std::string lower(text);
  for (char& c : lower) c = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  return lower;
}

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
  const std::string lower = in_small_letters(typed);
  for (const auto& [word, key] : k_words) {
    if (lower == word) return std::string(key);
  }
  if (lower == "g" || lower.starts_with("g ")) return "g" + std::string(typed.substr(1));
  return std::string(typed);
}

}  // namespace coprod::cli
