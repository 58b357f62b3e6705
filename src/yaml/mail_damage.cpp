#include "yaml/mail_damage.hpp"

#include <cctype>
#include <vector>

#include "model/mail_damage_words.hpp"
#include "util/text.hpp"

namespace coprod::yaml {

namespace {

constexpr std::string_view k_no_break_space = "\xC2\xA0";

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

// "---" or "...", alone or before a space: a YAML document's start or end
// (a longer run of dashes, a comment's rule wrapped onto a line of its own,
// is not one).
bool is_document_marker(std::string_view content) {
  for (const std::string_view marker : {"---", "..."}) {
    if (content == marker || content.starts_with(std::string(marker) + " ")) return true;
  }
  return false;
}

// A key as coprod's own keys are written ("score:", "last_completed: ...").
bool is_plain_key(std::string_view content) {
  std::size_t i = 0;
  while (i < content.size() &&
         (std::isalnum(static_cast<unsigned char>(content[i])) != 0 || content[i] == '_' || content[i] == '-')) {
    ++i;
  }
  return i > 0 && i < content.size() && content[i] == ':' && (i + 1 == content.size() || content[i + 1] == ' ');
}

// A line YAML gives a meaning to by its start: a comment, a list item, a
// document marker or a key ("score:"; indented, any key: "co-production peer
// network:" in a plan), as opposed to the middle of some text. At the first
// column only coprod's own keys count, as a wrapped line's text may hold ": ".
bool starts_like_yaml(std::string_view line) {
  const auto content = util::trim(line);
  if (content.starts_with('#') || content == "-" || content.starts_with("- ")) return true;
  if (is_document_marker(content) || is_plain_key(content)) return true;
  return indent_of(line) > 0 && (content.ends_with(':') || content.find(": ") != std::string_view::npos);
}

// The nearest non-blank line before `number` (comments too), or 0.
int line_before(const std::vector<std::string_view>& lines, int number) {
  for (int before = number - 1; before >= 1; --before) {
    if (!is_blank(lines[static_cast<std::size_t>(before - 1)])) return before;
  }
  return 0;
}

// The first line up to `last_line` whose indentation holds a no-break space,
// at that space, where that cannot be text that starts with one: the line
// then reads as YAML (a key, a list item), or its ordinary spaces alone
// indent it less than the line above, so it would end any text block there.
std::optional<MailDamage> no_break_space_indentation(const std::vector<std::string_view>& lines, int last_line) {
  for (int number = 1; number <= last_line && number <= static_cast<int>(lines.size()); ++number) {
    const auto line = lines[static_cast<std::size_t>(number - 1)];
    auto rest = line.substr(indent_of(line));
    if (!rest.starts_with(k_no_break_space)) continue;
    const auto column = static_cast<int>(indent_of(line)) + 1;
    while (rest.starts_with(k_no_break_space) || rest.starts_with(' ')) rest.remove_prefix(rest.front() == ' ' ? 1 : 2);
    const int above = line_before(lines, number);
    const bool less_indented = above > 0 && indent_of(line) < indent_of(lines[static_cast<std::size_t>(above - 1)]);
    if (starts_like_yaml("  " + std::string(rest)) || less_indented) {
      return MailDamage{{number, column}, std::string(model::k_mail_no_break_spaces)};
    }
  }
  return std::nullopt;
}

// The length of `line` with the first word of `next` put back on its end.
std::size_t joined_width(std::string_view line, std::string_view next) {
  const auto word = util::trim(next);
  return code_points(line) + 1 + code_points(word.substr(0, word.find(' ')));
}

// Whether line `number` looks like the end of the line above it, wrapped by
// an e-mail program: it does not start as YAML starts a line, and it starts
// left of the long line just above it (an indented line or a comment).
bool looks_wrapped(const std::vector<std::string_view>& lines, int number) {
  const auto line = lines[static_cast<std::size_t>(number - 1)];
  if (is_blank(line) || starts_like_yaml(line)) return false;
  const int above_number = line_before(lines, number);
  if (above_number == 0) return false;
  const auto above = without_line_end(lines[static_cast<std::size_t>(above_number - 1)]);
  const bool left_of_above =
      indent_of(line) < indent_of(above) || (indent_of(line) == 0 && util::trim(above).starts_with('#'));
  return left_of_above && joined_width(above, line) >= model::k_mail_wrapped_line_width;
}

// The first line before `found` that an e-mail program wrapped to the first
// column as it wrapped `found`, else `found`: the place to start putting the
// text right, wherever a reader stops (yaml-cpp may read on past the first
// such line as text, the form's reader does not). Only the first column, as
// there nothing but a key, a comment, a list item or a document marker
// belongs, and e-mail programs wrap to it.
int first_wrapped(const std::vector<std::string_view>& lines, int found) {
  for (int number = 2; number < found; ++number) {
    if (indent_of(lines[static_cast<std::size_t>(number - 1)]) == 0 && looks_wrapped(lines, number)) return number;
  }
  return found;
}

// A line an e-mail program wrapped, looked for from the error's line up over
// the text such wrapping left, which never starts like YAML; then the first
// one wrapped so in the text.
std::optional<MailDamage> wrapped_line(const std::vector<std::string_view>& lines, int error_line) {
  for (int number = std::min(error_line, static_cast<int>(lines.size())); number >= 2; --number) {
    const auto line = lines[static_cast<std::size_t>(number - 1)];
    if (is_blank(line)) continue;
    if (starts_like_yaml(line)) {
      if (number == error_line) continue;
      break;
    }
    if (looks_wrapped(lines, number)) {
      const int first = first_wrapped(lines, number);
      const auto column = static_cast<int>(indent_of(lines[static_cast<std::size_t>(first - 1)])) + 1;
      return MailDamage{{first, column}, std::string(model::k_mail_wrapped_line)};
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
      return MailDamage{entry.key.position, std::string(model::k_mail_no_break_spaces)};
    }
    if (auto damage = find_no_break_space_key(entry.value)) return damage;
  }
  return std::nullopt;
}

}  // namespace coprod::yaml
