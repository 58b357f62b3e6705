#include "cli/warning_count.hpp"

namespace coprod::cli {

bool is_warning_message(std::string_view message) {
  const std::string_view first_line = message.substr(0, message.find('\n'));
  if (first_line.starts_with("coprod: ")) return first_line.starts_with("coprod: warning: ");
  return first_line.starts_with("warning: ") || first_line.find(": warning: ") != std::string_view::npos;
}

void WarningCountingConsole::err(std::string_view text) {
  if (is_warning_message(text)) ++m_warnings;
  m_console.err(text);
}

}  // namespace coprod::cli
