#include "analysis/area_names.hpp"

namespace coprod::analysis {

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

}  // namespace

std::string area_key(std::string_view area) {
  std::string key;
  bool space = false;
  for (const char c : area) {
    if (is_space(c)) {
      space = !key.empty();
      continue;
    }
    if (space) key += ' ';
    space = false;
    key += c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return key;
}

bool probably_same_area(std::string_view a, std::string_view b) { return a != b && same_area(a, b); }

std::string same_area_hint(std::string_view a, std::string_view b) {
  if (!probably_same_area(a, b)) return {};
  return "the names differ only in capitals or spaces, so they are probably the same area; write the name the "
         "same way in every file";
}

}  // namespace coprod::analysis
