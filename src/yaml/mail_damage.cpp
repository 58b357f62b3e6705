#include "yaml/mail_damage.hpp"

#include <cctype>
#include <vector>

#include <fmt/format.h>

#include "util/text.hpp"

namespace coprod::yaml {

namespace {

constexpr std::string_view k_no_break_space = "\xC2\xA0";

// E-mail programs wrap at 72 to 78 characters, breaking at the last space
// before that, so a line they wrapped is seldom much shorter than this.
constexpr std::size_t k_wrapped_line_width = 60;

std::size_t code_points(std::string_view text) {
  std::size_t count = 0;
  for (const char c : text) count += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
  return count;
}

std::string_view without_line_end(std::string_view line) {
  while (!line.empty() && (line.back() == ' ' || line.back() == '\r')) line.remove_suffix(1);
  return line;
}

bool is_blank(std::string_view line) { return util::trim(line).empty(); }

std::size_t indent_of(std::string_view line) {
  const auto indent = line.find_first_not_of(' ');
  return indent == std::string_view::npos ? line.size() : indent;
}

// A line YAML gives a meaning to by its start: a comment, a list item or a
// key ("score:"), as opposed to the middle of some text.
bool starts_like_yaml(std::string_view line) {
  const auto content = util::trim(line);
  if (content.starts_with('#') || content == "-" || content.starts_with("- ")) return true;
  std::size_t i = 0;
  while (i < content.size() &&
         (std::isalnum(static_cast<unsigned char>(content[i])) != 0 || content[i] == '_' || content[i] == '-')) {
    ++i;
  }
  return i > 0 && i < content.size() && content[i] == ':' && (i + 1 == content.size() || content[i + 1] == ' ');
}

std::string indented_with_no_break_spaces(int line) {
  return fmt::format(
      "line {} is indented with no-break spaces (often from copying out of an e-mail); replace them "
      "with ordinary spaces",
      line);
}

// The first line up to `last_line` whose indentation holds a no-break space,
// at that space.
std::optional<MailDamage> no_break_space_indentation(const std::vector<std::string_view>& lines, int last_line) {
  for (int number = 1; number <= last_line && number <= static_cast<int>(lines.size()); ++number) {
    auto rest = lines[static_cast<std::size_t>(number - 1)];
    std::size_t column = 1;
    while (rest.starts_with(' ')) {
      rest.remove_prefix(1);
      ++column;
    }
    if (rest.starts_with(k_no_break_space)) {
      return MailDamage{{number, static_cast<int>(column)}, indented_with_no_break_spaces(number)};
    }
  }
  return std::nullopt;
}

// The nearest non-blank line before `number` (comments too), or 0.
int line_before(const std::vector<std::string_view>& lines, int number) {
  for (int before = number - 1; before >= 1; --before) {
    if (!is_blank(lines[static_cast<std::size_t>(before - 1)])) return before;
  }
  return 0;
}

// A line starting further left than a long indented line just above it, and
// not as YAML starts a line: the end of that line, wrapped by an e-mail
// program. Looked for from the error's line up over the text such wrapping
// left, which never starts like YAML.
std::optional<MailDamage> wrapped_line(const std::vector<std::string_view>& lines, int error_line) {
  for (int number = std::min(error_line, static_cast<int>(lines.size())); number >= 2; --number) {
    const auto line = lines[static_cast<std::size_t>(number - 1)];
    if (is_blank(line)) continue;
    if (starts_like_yaml(line)) {
      if (number == error_line) continue;
      break;
    }
    const int above_number = line_before(lines, number);
    if (above_number == 0) break;
    const auto above = without_line_end(lines[static_cast<std::size_t>(above_number - 1)]);
    if (indent_of(line) < indent_of(above) && indent_of(above) > 0 && code_points(above) >= k_wrapped_line_width) {
      return MailDamage{{number, static_cast<int>(indent_of(line)) + 1},
                        "this line looks like the end of the line above, wrapped by an e-mail program; join it to the "
                        "line above (or save the form's file rather than copying the text)"};
    }
  }
  return std::nullopt;
}

}  // namespace

std::optional<MailDamage> find_mail_damage(std::string_view text, int error_line) {
  const auto lines = util::split_lines(text);
  if (auto damage = no_break_space_indentation(lines, error_line)) return damage;
  return wrapped_line(lines, error_line);
}

std::optional<MailDamage> find_no_break_space_key(const Node& root) {
  for (const auto& item : root.items) {
    if (auto damage = find_no_break_space_key(item)) return damage;
  }
  for (const auto& entry : root.entries) {
    if (entry.key.text.starts_with(k_no_break_space)) {
      return MailDamage{entry.key.position, indented_with_no_break_spaces(entry.key.position.line)};
    }
    if (auto damage = find_no_break_space_key(entry.value)) return damage;
  }
  return std::nullopt;
}

}  // namespace coprod::yaml
