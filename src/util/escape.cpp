#include "util/escape.hpp"

#include <fmt/format.h>

#include "util/text.hpp"

namespace coprod::util {

namespace {

// The bidirectional embeddings, overrides and isolates (U+202A to U+202E,
// U+2066 to U+2069): they make the text after them show in another order
// than it is written ("Trojan Source"), so that a board could read words
// that are not in the file. Reports and tables leave them out; text in
// right-to-left scripts needs none of them to show as written.
bool is_bidi_control(char32_t c) { return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069); }

// The same, at `i` of UTF-8 text: its length in bytes, or 0.
std::size_t bidi_control_at(std::string_view text, std::size_t i) {
  if (i + 2 >= text.size() || static_cast<unsigned char>(text[i]) != 0xE2) return 0;
  const auto second = static_cast<unsigned char>(text[i + 1]);
  const auto third = static_cast<unsigned char>(text[i + 2]);
  const bool embedding_or_override = second == 0x80 && third >= 0xAA && third <= 0xAE;
  const bool isolate = second == 0x81 && third >= 0xA6 && third <= 0xA9;
  return embedding_or_override || isolate ? 3 : 0;
}

}  // namespace

std::string without_control_characters(std::string_view raw) {
  const std::string text = valid_utf8(raw);
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    const auto next = i + 1 < text.size() ? static_cast<unsigned char>(text[i + 1]) : 0;
    if (text[i] == '\r') {
      if (next != '\n') out += '\n';
    } else if (text[i] == '\t') {
      out += ' ';
    } else if ((byte < 0x20 && text[i] != '\n') || byte == 0x7F) {
      continue;
    } else if (byte == 0xC2 && next >= 0x80 && next <= 0x9F) {
      ++i;  // C1 control characters, U+0080 to U+009F
    } else if (const std::size_t bidi = bidi_control_at(text, i)) {
      i += bidi - 1;
    } else if (byte == 0xEF && next == 0xBF && i + 2 < text.size() &&
               (static_cast<unsigned char>(text[i + 2]) == 0xBE || static_cast<unsigned char>(text[i + 2]) == 0xBF)) {
      i += 2;  // U+FFFE and U+FFFF
    } else {
      out += text[i];
    }
  }
  return out;
}

bool is_plain_number(std::string_view text) {
  if (!text.empty() && (text.front() == '-' || text.front() == '+')) text.remove_prefix(1);
  const auto point = text.find('.');
  const auto whole = text.substr(0, point);
  const auto digits = [](std::string_view part) {
    return !part.empty() && part.find_first_not_of("0123456789") == std::string_view::npos;
  };
  return digits(whole) && (point == std::string_view::npos || digits(text.substr(point + 1)));
}

namespace {

// A spreadsheet may read a cell starting with one of these as a formula
// (spaces and line breaks may be trimmed first). `text` has had its control
// characters removed, so none can hide one: tabs are spaces by then.
bool starts_like_formula(std::string_view text) {
  const auto first = text.find_first_not_of(" \n");
  if (first == std::string_view::npos) return false;
  const char c = text[first];
  return c == '=' || c == '+' || c == '-' || c == '@';
}

constexpr std::string_view k_replacement_character = "\xEF\xBF\xBD";  // U+FFFD

// One character of UTF-8 text; a byte that does not start a valid sequence
// is one invalid "character" of length 1.
struct CodePoint {
  char32_t value = 0;
  std::size_t length = 1;
  bool valid = false;
};

CodePoint decode_utf8(std::string_view text, std::size_t at) {
  const auto lead = static_cast<unsigned char>(text[at]);
  if (lead < 0x80) return {lead, 1, true};
  std::size_t length = 0;
  char32_t value = 0;
  if (lead >= 0xC2 && lead <= 0xDF) length = 2, value = lead & 0x1F;
  else if (lead >= 0xE0 && lead <= 0xEF) length = 3, value = lead & 0x0F;
  else if (lead >= 0xF0 && lead <= 0xF4) length = 4, value = lead & 0x07;
  else return {};
  if (at + length > text.size()) return {};
  for (std::size_t k = 1; k < length; ++k) {
    const auto next = static_cast<unsigned char>(text[at + k]);
    if ((next & 0xC0) != 0x80) return {};
    value = (value << 6) | (next & 0x3F);
  }
  const bool overlong = (length == 3 && value < 0x800) || (length == 4 && value < 0x10000);
  if (overlong || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) return {};
  return {value, length, true};
}

// C0 controls, DEL and the C1 controls (U+0080 to U+009F).
bool is_control(char32_t c) { return c < 0x20 || (c >= 0x7F && c <= 0x9F); }

bool is_xml_character(const CodePoint& point) {
  if (!point.valid) return false;
  const char32_t c = point.value;
  if (c == '\t' || c == '\n' || c == '\r') return true;
  return !is_control(c) && c != 0xFFFE && c != 0xFFFF;
}

// Characters that change how text around them is shown without being seen:
// bidirectional overrides and isolates (which can make code or a message
// read differently from what it is: "Trojan Source") and zero-width ones.
bool is_hidden_format_character(char32_t c) {
  return c == 0x061C || c == 0x200B || c == 0x200C || c == 0x200D || c == 0x200E || c == 0x200F ||
         (c >= 0x202A && c <= 0x202E) || c == 0x2060 || (c >= 0x2066 && c <= 0x2069) || c == 0xFEFF;
}

bool is_ascii_word_character(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

// Whether the '@' at `at` starts an @name, which code-hosting sites (GitHub,
// GitLab) turn into a mention that notifies that account: at the start of a
// word and followed by a letter or digit. In an e-mail address
// (lead@example.org) it follows a word character, and is not one.
bool starts_mention(std::string_view text, std::size_t at) {
  const bool word_start = at == 0 || !is_ascii_word_character(text[at - 1]);
  return word_start && at + 1 < text.size() && is_ascii_word_character(text[at + 1]) && text[at + 1] != '_';
}

}  // namespace

std::string csv_field(std::string_view text) {
  std::string value = without_control_characters(text);
  if (starts_like_formula(value) && !is_plain_number(value)) value.insert(0, 1, '\'');
  if (value.find_first_of(",\"\n\r") == std::string::npos) return value;
  std::string out = "\"";
  for (const char c : value) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

std::string csv_record(const std::vector<std::string>& fields) {
  std::string line;
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i > 0) line += ',';
    line += csv_field(fields[i]);
  }
  return line + "\n";
}

namespace {

// Text without the blank lines around it: the line breaks (and spaces, tabs)
// before its first and after its last visible character, so that a YAML
// block ("|", which ends with a line break) gives no stray <br>. The spaces
// that start its first line stay.
std::string_view without_blank_lines_around(std::string_view text) {
  const auto last = text.find_last_not_of(" \t\r\n");
  if (last == std::string_view::npos) return {};
  if (text.find_first_of("\r\n", last + 1) != std::string_view::npos) text.remove_suffix(text.size() - last - 1);
  const auto first = text.find_first_not_of(" \t\r\n");
  const auto break_before = text.find_last_of("\r\n", first);
  if (break_before != std::string_view::npos) text.remove_prefix(break_before + 1);
  return text;
}

// Where text that starts a Markdown line would begin a list or a thematic
// break: the index of the character to escape ("1." or "1)" followed by a
// space, a tab, a line break or the end, as "1.4" or "2026.5" is no list; "-"
// or "+" followed by one of those, and "-" followed by "-", as in
// "---"), after any spaces; npos when none. A "*" or "#" is escaped
// wherever it is, and a ">" wherever it is but in an arrow ("->").
std::size_t list_marker_at(std::string_view text) {
  const auto start = text.find_first_not_of(" \t");
  if (start == std::string_view::npos) return std::string_view::npos;
  const auto ends_marker = [&](std::size_t next) {
    return next == text.size() || std::string_view(" \t\r\n").find(text[next]) != std::string_view::npos;
  };
  if (text[start] == '-' || text[start] == '+') {
    const bool rule = text[start] == '-' && start + 1 < text.size() && text[start + 1] == '-';
    return ends_marker(start + 1) || rule ? start : std::string_view::npos;
  }
  const auto digits = text.find_first_not_of("0123456789", start);
  if (digits == std::string_view::npos || digits == start || (text[digits] != '.' && text[digits] != ')'))
    return std::string_view::npos;
  return ends_marker(digits + 1) ? digits : std::string_view::npos;
}

std::string markdown_escaped(std::string_view text, bool starts_line) {
  std::string out;
  text = without_blank_lines_around(text);
  const std::size_t escape_at = starts_line ? list_marker_at(text) : std::string_view::npos;
  bool line_start = false;  // after a line break, before anything but spaces
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (line_start && (c == ' ' || c == '\t')) {
      out += "&nbsp;";  // Markdown would drop the spaces that indent a line
      continue;
    }
    line_start = c == '\n';
    if (i == escape_at) out += '\\';
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>':
        // An arrow ("2026-Q4 -> 2027-Q1") stays as it reads: after a '-' a
        // '>' can start no block quote, and no tag, as every '<' is escaped.
        out += i > 0 && text[i - 1] == '-' ? ">" : "&gt;";
        break;
      case '|': out += "\\|"; break;
      case '\r': break;
      case '\n': out += "<br>"; break;
      case '\t': out += ' '; break;
      case '@':
        out += c;
        if (starts_mention(text, i)) out += "&#8203;";
        break;
      case '\\':
      case '`':
      case '*':
      case '_':
      case '[':
      case ']':
      case '#':
      case '~':
      case '!':
        out += '\\';
        out += c;
        break;
      default: {
        const CodePoint point = decode_utf8(text, i);
        if (!point.valid || is_control(point.value)) out += k_replacement_character;
        else if (!is_bidi_control(point.value)) out += text.substr(i, point.length);
        i += point.length - 1;
      }
    }
  }
  return out;
}

}  // namespace

std::string markdown_text(std::string_view text) { return markdown_escaped(text, true); }

std::string markdown_inline_text(std::string_view text) { return markdown_escaped(text, false); }

std::string xml_text(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size();) {
    const char c = text[i];
    const CodePoint point = decode_utf8(text, i);
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default:
        // XML 1.0 forbids most control characters, U+FFFE and U+FFFF; C1
        // controls are allowed but invisible; bytes that are not UTF-8 make
        // the whole document unreadable. All become U+FFFD.
        if (!is_xml_character(point)) out += k_replacement_character;
        else if (!is_bidi_control(point.value)) out += text.substr(i, point.length);
    }
    i += point.length;
  }
  return out;
}

}  // namespace coprod::util

namespace coprod::util {

std::string terminal_text(std::string_view text, bool keep_newlines) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    // Printable ASCII, the common case, is copied a run at a time.
    const auto printable = [&](std::size_t at) { return text[at] >= 0x20 && text[at] < 0x7F; };
    if (std::size_t end = i; printable(end)) {
      while (end < text.size() && printable(end)) ++end;
      out.append(text.substr(i, end - i));
      i = end;
      continue;
    }
    const CodePoint point = decode_utf8(text, i);
    if (text[i] == '\n') {
      out += keep_newlines ? '\n' : ' ';
    } else if (text[i] == '\t') {
      out += ' ';
    } else if (!point.valid || is_control(point.value)) {
      out += '?';  // could move the cursor or change colours (a lone 0x9B is CSI to some terminals)
    } else if (point.valid && is_hidden_format_character(point.value)) {
      out += fmt::format("<U+{:04X}>", static_cast<unsigned>(point.value));  // "Trojan Source"
    } else {
      out += text.substr(i, point.length);
    }
    i += point.length;
  }
  return out;
}

}  // namespace coprod::util
