#include "util/title_join.hpp"

namespace coprod::util {

namespace {

bool is_closing_mark(char c) { return c == '.' || c == ';' || c == ':' || c == ','; }

bool is_trailing_space(char c) { return c == ' ' || c == '\t' || c == '\n'; }

}  // namespace

std::string join_title(std::string_view title, std::string_view separator, std::string_view rest) {
  // A closing bracket ends the title as a mark does: "(5. Commitment from senior management)", never "...;)".
  const bool separator_has_mark =
      !separator.empty() && (is_closing_mark(separator.front()) || separator.front() == ')');
  if (separator_has_mark) {
    while (!title.empty() && is_trailing_space(title.back())) title.remove_suffix(1);
    while (!title.empty() && is_closing_mark(title.back())) title.remove_suffix(1);
    if (separator.front() == '.' && !title.empty() && (title.back() == '?' || title.back() == '!')) {
      separator.remove_prefix(1);
    }
  }
  std::string joined;
  joined.reserve(title.size() + separator.size() + rest.size());
  joined.append(title).append(separator).append(rest);
  return joined;
}

}  // namespace coprod::util
