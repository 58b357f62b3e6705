#include "analysis/response_file_name.hpp"

#include <algorithm>
#include <regex>

namespace coprod::analysis {

namespace {

// One copy mark, as browsers, file managers and operating systems add them.
constexpr const char* k_copy_mark =
    R"((?: ?\(\d+\)|-\d+| \d+| - copy(?: \(\d+\))?| copy(?: \d+)?| \((?:another |\d+(?:st|nd|rd|th) )?copy\)))";

const std::regex& response_name_pattern() {
  static const std::regex pattern(std::string(R"(^(response-[0-9a-f]{8})((?:)") + k_copy_mark + R"()*)\.coprod((?:)" +
                                      k_copy_mark + R"()*)\.yaml$)",
                                  std::regex::icase);
  return pattern;
}

}  // namespace

std::optional<ResponseFileName> response_file_name(std::string_view path) {
  const auto slash = path.find_last_of('/');
  const std::string name(slash == std::string_view::npos ? path : path.substr(slash + 1));
  std::smatch match;
  if (!std::regex_match(name, match, response_name_pattern())) return std::nullopt;
  std::string original = match[1].str() + ".coprod.yaml";
  std::transform(original.begin(), original.end(), original.begin(),
                 [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; });
  return ResponseFileName{std::move(original), match[2].length() > 0 || match[3].length() > 0};
}

}  // namespace coprod::analysis
