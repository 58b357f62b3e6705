#include "yaml/syntax_messages.hpp"

#include <array>
#include <utility>

#include <fmt/format.h>

#include "util/text.hpp"

namespace coprod::yaml {

namespace {

struct Translation {
  std::string_view parser_message;  // prefix of yaml-cpp's message
  std::string_view explanation;
};

constexpr std::array k_translations{
    Translation{"illegal map value",
                "a ':' appears where YAML does not expect one; check the indentation, and put "
                "text that contains ': ' in quotes"},
    Translation{"end of map not found", "a mapping is not closed; check the indentation of the lines around here"},
    Translation{"end of sequence not found",
                "a list is not closed; check the indentation of the '-' lines around here"},
    Translation{"end of sequence flow not found", "a list that opens with '[' has no closing ']'"},
    Translation{"end of map flow not found", "a mapping that opens with '{' has no closing '}'"},
    Translation{"unknown escape character",
                "unknown escape sequence in double-quoted text; write \\\\ for a backslash, or "
                "use single quotes"},
    Translation{"illegal EOF in scalar", "quoted text is not closed before the end of the file; add the closing quote"},
    Translation{"illegal document indicator in scalar",
                "a line starting with '---' or '...' is inside quoted text; close the quote "
                "first"},
    Translation{"illegal block entry",
                "a '- ' list item appears where YAML does not expect one; check the "
                "indentation"},
    Translation{"illegal map key", "a key appears where YAML does not expect one; check the indentation"},
    Translation{"illegal flow end", "a closing ']' or '}' has no matching opening bracket"},
    Translation{"unexpected character in block scalar",
                "unexpected character after '|' or '>'; start the text on the next line"},
    Translation{"the referenced anchor is not defined",
                "aliases (*name) are not allowed in coprod files; write the value out in full"},
    Translation{"bad file", "the file is nested too deeply to be a coprod file"},
    Translation{"unknown token", "YAML cannot read this character here; put the text in quotes"},
};

bool line_has_tab_in_indentation(std::string_view line) {
  for (const char c : line) {
    if (c == '\t') return true;
    if (c != ' ') return false;
  }
  return false;
}

std::string explain(const std::string& parser_message) {
  for (const auto& translation : k_translations) {
    if (parser_message.rfind(translation.parser_message, 0) == 0) {
      return std::string(translation.explanation);
    }
  }
  return fmt::format("this is not valid YAML ({}); check the indentation and quoting here", parser_message);
}

// A tab in indentation near the error is the usual cause, whatever yaml-cpp
// says; point at the tab itself.
std::optional<util::Position> find_tab_indentation(std::string_view text, int error_line) {
  const auto lines = util::split_lines(text);
  const int first = std::max(1, error_line - 1);
  const int last = std::min<int>(static_cast<int>(lines.size()), std::max(error_line, 1));
  for (int line = first; line <= last; ++line) {
    const auto content = lines[static_cast<std::size_t>(line - 1)];
    if (line_has_tab_in_indentation(content)) {
      const auto column = static_cast<int>(content.find('\t')) + 1;
      return util::Position{line, column};
    }
  }
  return std::nullopt;
}

}  // namespace

util::Diagnostic syntax_error_diagnostic(std::string_view text, const std::string& source, util::Position position,
                                         const std::string& parser_message) {
  if (const auto tab = find_tab_indentation(text, position.line)) {
    return {util::Severity::error, source, *tab,
            "a tab character is used for indentation; YAML indents with spaces only, so "
            "replace the tab with spaces"};
  }
  return {util::Severity::error, source, position, explain(parser_message)};
}

}  // namespace coprod::yaml
