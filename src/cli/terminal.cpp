#include "cli/terminal.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <optional>
#include <string>

namespace coprod::cli {

namespace {

constexpr std::size_t k_default_width = 80;
constexpr std::size_t k_narrowest = 40;
constexpr std::size_t k_widest = 1000;

// COLUMNS, when it is a whole number above 0.
std::optional<std::size_t> columns_variable(const Console& console) {
  const auto columns = console.env("COLUMNS");
  if (!columns) return std::nullopt;
  std::size_t width = 0;
  const auto* end = columns->data() + columns->size();
  const auto [rest, error] = std::from_chars(columns->data(), end, width);
  if (error != std::errc() || rest != end || width == 0) return std::nullopt;
  return width;
}

}  // namespace

std::size_t terminal_width(const Console& console) {
  auto width = columns_variable(console);
  if (!width) width = console.terminal_columns();
  return std::clamp(width.value_or(k_default_width), k_narrowest, k_widest);
}

std::size_t report_width(std::size_t given, bool writing_to_stdout, const Console& console, std::size_t narrowest,
                         std::size_t widest) {
  if (given != 0) return given;
  if (!writing_to_stdout || !console.out_is_terminal()) return k_default_width;
  return std::clamp(terminal_width(console), narrowest, widest);
}

bool use_colour(const Console& console, bool writing_to_stdout) {
  if (!writing_to_stdout || !console.out_is_terminal()) return false;
  if (const auto no_colour = console.env("NO_COLOR"); no_colour && !no_colour->empty()) return false;
  return console.env("TERM").value_or("") != "dumb";
}

bool terminal_speaks_utf8(const Console& console) {
  for (const char* name : {"LC_ALL", "LC_CTYPE", "LANG"}) {
    auto value = console.env(name);
    if (!value || value->empty()) continue;
    std::transform(value->begin(), value->end(), value->begin(), [](unsigned char c) { return std::tolower(c); });
    return value->find("utf-8") != std::string::npos || value->find("utf8") != std::string::npos;
  }
  return false;
}

}  // namespace coprod::cli
