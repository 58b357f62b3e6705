#include "yaml/comments.hpp"

#include <cstddef>
#include <optional>

namespace coprod::yaml {

namespace {

std::size_t indentation(std::string_view line) {
  const std::size_t first = line.find_first_not_of(' ');
  return first == std::string_view::npos ? line.size() : first;
}

bool is_blank(std::string_view line) { return line.find_first_not_of(" \t\r") == std::string_view::npos; }

// Where the comment in a line starts (its '#'): at the start of the line or
// after a space or tab, and not inside quotes; npos if there is none.
std::size_t comment_start(std::string_view line) {
  char quote = 0;
  for (std::size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (quote != 0) {
      if (c == '\\' && quote == '"') ++i;
      else if (c == '\'' && quote == '\'' && i + 1 < line.size() && line[i + 1] == '\'') ++i;  // '' is a quote
      else if (c == quote) quote = 0;
    } else if (c == '#' && (i == 0 || line[i - 1] == ' ' || line[i - 1] == '\t')) {
      return i;
    } else if ((c == '"' || c == '\'') && (i == 0 || line[i - 1] == ' ' || line[i - 1] == '[' ||
                                           line[i - 1] == '{' || line[i - 1] == ',')) {
      quote = c;
    }
  }
  return std::string_view::npos;
}

// Whether the part of a line before its comment ends with a block scalar
// indicator ("evidence: |-", "- >"), so the lines after it are text.
bool opens_block_scalar(std::string_view content) {
  const std::size_t end = content.find_last_not_of(" \t\r");
  if (end == std::string_view::npos) return false;
  std::size_t start = end;
  while (start > 0 && content[start - 1] != ' ' && content[start - 1] != '\t') --start;
  const std::string_view token = content.substr(start, end + 1 - start);
  if (token.empty() || (token[0] != '|' && token[0] != '>')) return false;
  if (token.find_first_not_of("|>+-0123456789") != std::string_view::npos) return false;
  return start == 0 || content[start - 1] == ' ';
}

}  // namespace

std::vector<TextLine> find_comments(std::string_view text) {
  std::vector<TextLine> comments;
  std::optional<std::size_t> block_indent;  // inside a block scalar: the indentation of its key
  int number = 0;
  for (std::size_t start = 0; start <= text.size();) {
    const std::size_t newline = text.find('\n', start);
    const std::size_t end = newline == std::string_view::npos ? text.size() : newline;
    const std::string_view line = text.substr(start, end - start);
    ++number;
    if (block_indent && (is_blank(line) || indentation(line) > *block_indent)) {
      // a line of a block scalar: text, not a comment
    } else {
      block_indent.reset();
      const std::size_t at = comment_start(line);
      const std::string_view content = line.substr(0, at == std::string_view::npos ? line.size() : at);
      if (at != std::string_view::npos) {
        std::string_view comment = line.substr(at + 1);
        if (!comment.empty() && comment.back() == '\r') comment.remove_suffix(1);
        comments.push_back({number, static_cast<int>(at) + 2, std::string(comment)});
      }
      if (opens_block_scalar(content)) block_indent = indentation(line);
    }
    if (newline == std::string_view::npos) break;
    start = newline + 1;
  }
  return comments;
}

}  // namespace coprod::yaml
