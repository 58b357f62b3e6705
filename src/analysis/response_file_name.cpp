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

// A copy mark no one would write on purpose: "-1" and " 2" are left out.
constexpr const char* k_unmistakable_copy_mark =
    R"((?: ?\(\d+\)| - copy(?: \(\d+\))?| copy(?: \d+)?| \((?:another |\d+(?:st|nd|rd|th) )?copy\)))";

const std::regex& copied_name_pattern() {
  static const std::regex pattern(std::string(R"(^(.+?)((?:)") + k_unmistakable_copy_mark + R"()*)(\.coprod)?((?:)" +
                                      k_unmistakable_copy_mark + R"()*)\.(yaml|yml)$)",
                                  std::regex::icase);
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
