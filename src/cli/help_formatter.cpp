#include "cli/help_formatter.hpp"

#include <algorithm>
#include <regex>
#include <sstream>
#include <vector>

#include "cli/option_values.hpp"
#include "util/text.hpp"

namespace coprod::cli {

namespace {

// CLI11's check in words: "{a,b,c}" as "a, b or c", "INT in [1 - 120]" as "1 to 120".
std::string check_in_words(const std::string& check) {
  static const std::regex range(R"(^[A-Z]+ in \[(\S+) - (\S+)\]$)");
  std::smatch match;
  if (std::regex_match(check, match, range)) return match[1].str() + " to " + match[2].str();
  if (check.size() < 2 || check.front() != '{' || check.back() != '}') return check;
  std::vector<std::string> choices;
  std::stringstream list(check.substr(1, check.size() - 2));
  for (std::string choice; std::getline(list, choice, ',');) choices.emplace_back(util::trim(choice));
  return util::join_in_words(choices, "or");
}

}  // namespace

std::string plain_option_value(const std::string& type_name, const std::string& default_value) {
  const auto colon = type_name.find(':');
  std::string shown = type_name.substr(0, colon);
  if (shown == "INT" || shown == "UINT" || shown == "FLOAT") shown = "N";
  std::vector<std::string> notes;
  if (colon != std::string::npos) notes.push_back(check_in_words(type_name.substr(colon + 1)));
  if (!default_value.empty()) notes.push_back("default " + default_value);
  return notes.empty() ? shown : shown + " (" + util::join(notes, "; ") + ")";
}

HelpFormatter::HelpFormatter(std::size_t width) : m_width(width) { column_width(std::min<std::size_t>(30, width / 3)); }

std::string HelpFormatter::paragraphs(const std::string& text) const {
  std::string out;
  std::size_t start = 0;
  while (start <= text.size()) {
    const auto end = std::min(text.find("\n\n", start), text.size());
    if (!out.empty()) out += '\n';
    for (const auto& line : util::wrap_words(std::string_view(text).substr(start, end - start), m_width)) {
      out += line + '\n';
    }
    start = end + 2;
  }
  return out;
}

std::string HelpFormatter::make_description(const CLI::App* app) const {
  return app->get_description().empty() ? std::string() : paragraphs(app->get_description()) + "\n";
}

std::string HelpFormatter::make_footer(const CLI::App* app) const {
  return app->get_footer().empty() ? std::string() : paragraphs(app->get_footer());
}

// An option's name and values, broken after commas when it is wider than
// `width` ("--fail-on RULES:{email, phone, ...}").
std::string HelpFormatter::name_lines(const std::string& name) const {
  if (name.size() + 2 <= m_width) return "  " + name;
  std::string spaced;
  for (const char c : name) spaced += c == ',' ? std::string(", ") : std::string(1, c);
  std::string out;
  for (const auto& line : util::wrap_words(spaced, m_width > 6 ? m_width - 6 : m_width)) {
    out += (out.empty() ? "  " : "\n      ") + line;
  }
  return out;
}

std::string HelpFormatter::two_columns(const std::string& name, const std::string& text) const {
  const std::size_t column = get_column_width();
  std::string out = name_lines(name);
  const auto lines = util::wrap_words(text, m_width > column + 20 ? m_width - column : 20);
  if (lines.empty()) return out + '\n';
  if (out.find('\n') != std::string::npos || out.size() + 2 > column) {
    out += '\n';
    out += std::string(column, ' ');
  } else {
    out += std::string(column - out.size(), ' ');
  }
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (i > 0) out += std::string(column, ' ');
    out += lines[i] + '\n';
  }
  return out;
}

// An argument after the command is shown as what it stands for, in capitals
// ("FILE", in the usage line too), and not as CLI11's "file TEXT": its
// choices, default, "..." and REQUIRED follow as for an option.
std::string HelpFormatter::make_option_name(const CLI::Option* option, bool is_positional) const {
  return is_positional ? argument_placeholder(*option) : CLI::Formatter::make_option_name(option, is_positional);
}

std::string HelpFormatter::make_option_opts(const CLI::Option* option) const {
  std::string values = CLI::Formatter::make_option_opts(option);
  const std::string& type_name = option->get_type_name();
  const std::string& default_value = option->get_default_str();
  const std::string written = " " + type_name + (default_value.empty() ? "" : "=" + default_value);
  if (option->get_option_text().empty() && !type_name.empty() && values.starts_with(written))
    values.replace(0, written.size(), " " + plain_option_value(type_name, default_value));
  if (const auto needs = values.find(" Needs: "); needs != std::string::npos)
    values = values.substr(0, needs) + " (with " + values.substr(needs + 8) + ")";
  return values;
}

std::string HelpFormatter::make_option(const CLI::Option* option, bool is_positional) const {
  std::string values = make_option_opts(option);
  constexpr std::string_view k_text = " TEXT";
  if (is_positional && values.starts_with(k_text)) values.erase(0, k_text.size());
  return two_columns(make_option_name(option, is_positional) + values, make_option_desc(option));
}

std::string HelpFormatter::make_subcommand(const CLI::App* command) const {
  return two_columns(command->get_display_name(true), command->get_description());
}

}  // namespace coprod::cli
