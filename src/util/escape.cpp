#include "util/escape.hpp"

namespace coprod::util {

std::string without_control_characters(std::string_view text) {
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

// A spreadsheet may read a cell starting with one of these as a formula (a
// tab or carriage return can hide one, and spaces may be trimmed first).
bool starts_like_formula(std::string_view text) {
  if (!text.empty() && (text.front() == '\t' || text.front() == '\r')) return true;
  const auto first = text.find_first_not_of(' ');
  if (first == std::string_view::npos) return false;
  const char c = text[first];
  return c == '=' || c == '+' || c == '-' || c == '@';
}

}  // namespace

std::string csv_field(std::string_view text) {
  std::string value;
  if (starts_like_formula(text) && !is_plain_number(text)) value += '\'';
  value += without_control_characters(text);
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

std::string markdown_text(std::string_view text) {
  std::string out;
  // "1. Title" at the start would begin an ordered list: escape its full stop.
  const auto digits = text.find_first_not_of("0123456789");
  if (digits != std::string_view::npos && digits > 0 && (text[digits] == '.' || text[digits] == ')')) {
    out += text.substr(0, digits);
    out += '\\';
    out += text[digits];
    text.remove_prefix(digits + 1);
  }
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '|': out += "\\|"; break;
      case '\r': break;
      case '\n': out += "<br>"; break;
      case '\t': out += ' '; break;
      case '\\': case '`': case '*': case '_': case '[': case ']': case '#': case '~': case '!':
        out += '\\';
        out += c;
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) out += "\xEF\xBF\xBD";
        else out += c;
    }
  }
  return out;
}

std::string xml_text(std::string_view text) {
  std::string out;
  for (const char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default:
        // Control characters are not allowed in XML 1.0 at all.
        if (static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r') {
          out += "\xEF\xBF\xBD";
        } else {
          out += c;
        }
    }
  }
  return out;
}

}  // namespace coprod::util

namespace coprod::util {

std::string terminal_text(std::string_view text, bool keep_newlines) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (text[i] == '\n') {
      out += keep_newlines ? '\n' : ' ';
    } else if (byte < 0x20 || byte == 0x7F) {
      out += text[i] == '\t' ? ' ' : '?';
    } else if (byte == 0xC2 && i + 1 < text.size() &&
               static_cast<unsigned char>(text[i + 1]) >= 0x80 &&
               static_cast<unsigned char>(text[i + 1]) <= 0x9F) {
      out += '?';  // C1 control characters, U+0080 to U+009F
      ++i;
    } else {
      out += text[i];
    }
  }
  return out;
}

}  // namespace coprod::util
