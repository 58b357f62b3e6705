#include "yaml/depth_scan.hpp"

#include <vector>

namespace coprod::yaml {

namespace {

struct Scanner {
  std::string_view text;
  std::size_t max_depth;
  std::vector<std::size_t> indents;  // block indentation levels open
  std::size_t flow = 0;              // [ and { open
  int line = 1;

  std::size_t depth() const { return indents.size() + flow; }

  // Block structure at the start of a line: its indentation and any "- " items.
  std::size_t open_block(std::size_t i) {
    std::size_t indent = 0;
    while (i + indent < text.size() && text[i + indent] == ' ') ++indent;
    const std::size_t start = i + indent;
    if (start >= text.size() || text[start] == '\n' || text[start] == '#' || flow > 0) return start;
    while (!indents.empty() && indents.back() > indent) indents.pop_back();
    if (indents.empty() || indents.back() < indent) indents.push_back(indent);
    std::size_t j = start;
    while (j + 1 < text.size() && (text[j] == '-' || text[j] == '?' ) && text[j + 1] == ' ') {
      indents.push_back(indent + (j - start) + 2);
      j += 2;
      while (j < text.size() && text[j] == ' ') ++j;
    }
    return start;
  }

  // Skips a quoted scalar starting at i; returns the index after it.
  std::size_t skip_quoted(std::size_t i) {
    const char quote = text[i];
    for (++i; i < text.size(); ++i) {
      if (text[i] == '\n') ++line;
      if (quote == '"' && text[i] == '\\') {
        ++i;
      } else if (text[i] == quote) {
        if (quote == '\'' && i + 1 < text.size() && text[i + 1] == '\'') ++i;
        else return i + 1;
      }
    }
    return i;
  }

  std::optional<util::Position> run() {
    std::size_t line_start = 0;
    std::size_t i = open_block(0);
    while (i < text.size()) {
      const char c = text[i];
      if (depth() > max_depth) return util::Position{line, static_cast<int>(i - line_start) + 1};
      if (c == '\n') {
        ++line;
        line_start = i + 1;
        i = open_block(i + 1);
      } else if (c == '#' && (i == line_start || text[i - 1] == ' ' || text[i - 1] == '\t')) {
        while (i < text.size() && text[i] != '\n') ++i;
      } else if ((c == '"' || c == '\'') && (i == line_start || text[i - 1] == ' ' || text[i - 1] == '[' ||
                                             text[i - 1] == '{' || text[i - 1] == ',' || text[i - 1] == ':')) {
        i = skip_quoted(i);
      } else {
        if (c == '[' || c == '{') ++flow;
        else if ((c == ']' || c == '}') && flow > 0) --flow;
        ++i;
      }
    }
    if (depth() > max_depth) return util::Position{line, 1};
    return std::nullopt;
  }
};

}  // namespace

std::optional<util::Position> find_excessive_nesting(std::string_view text, std::size_t max_depth) {
  return Scanner{text, max_depth, {}, 0, 1}.run();
}

}  // namespace coprod::yaml
