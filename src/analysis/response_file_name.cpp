#include "analysis/response_file_name.hpp"

#include <algorithm>
#include <regex>

namespace coprod::analysis {

namespace {

// A copy mark no one would write on purpose, as browsers, file managers and operating systems add them:
// " (2)", " - Copy", " copy 2", " (another copy)".
constexpr const char* k_unmistakable_copy_marks =
    R"( ?\(\d+\)| - copy(?: \(\d+\))?| copy(?: \d+)?| \((?:another |\d+(?:st|nd|rd|th) )?copy\))";

// Any number of copy marks in a row, as a group for a regular expression; on a response's own name, "-1" and
// " 2" count too (a person names a response by hand rarely, and never so).
std::string copy_marks(bool with_bare_numbers) {
  return std::string("((?:") + k_unmistakable_copy_marks + (with_bare_numbers ? R"(|-\d+| \d+)" : "") + ")*)";
}

const std::regex& response_name_pattern() {
  static const std::regex pattern(
      R"(^(response-[0-9a-f]{8}))" + copy_marks(true) + R"(\.coprod)" + copy_marks(true) + R"(\.yaml$)",
      std::regex::icase);
  return pattern;
}

const std::regex& copied_name_pattern() {
  static const std::regex pattern(
      R"(^(.+?))" + copy_marks(false) + R"((\.coprod)?)" + copy_marks(false) + R"(\.(yaml|yml)$)", std::regex::icase);
  return pattern;
}

std::string last_part(std::string_view path) {
  const auto slash = path.find_last_of('/');
  return std::string(slash == std::string_view::npos ? path : path.substr(slash + 1));
}

}  // namespace

std::optional<std::string> name_without_copy_marks(std::string_view path) {
  const std::string name = last_part(path);
  std::smatch match;
  if (response_file_name(name) || !std::regex_match(name, match, copied_name_pattern())) return std::nullopt;
  if (match[2].length() == 0 && match[4].length() == 0) return std::nullopt;
  return match[1].str() + match[3].str() + "." + match[5].str();
}

std::optional<ResponseFileName> response_file_name(std::string_view path) {
  const std::string name = last_part(path);
  std::smatch match;
  if (!std::regex_match(name, match, response_name_pattern())) return std::nullopt;
  std::string original = match[1].str() + ".coprod.yaml";
  std::transform(original.begin(), original.end(), original.begin(),
                 [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; });
  return ResponseFileName{std::move(original), match[2].length() > 0 || match[3].length() > 0};
}

}  // namespace coprod::analysis
