#include "util/json_writer.hpp"

#include <cmath>

#include <fmt/format.h>

#include "util/text.hpp"

namespace coprod::util {

std::string json_quote(std::string_view raw) {
  const std::string text = valid_utf8(raw);
  std::string out = "\"";
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\xC2' && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) >= 0x80 &&
        static_cast<unsigned char>(text[i + 1]) <= 0x9F) {
      // C1 controls (U+0080 to U+009F) are legal in JSON but act on terminals.
      out += fmt::format("\\u{:04x}", static_cast<unsigned>(static_cast<unsigned char>(text[++i])));
      continue;
    }
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          out += fmt::format("\\u{:04x}", static_cast<unsigned>(static_cast<unsigned char>(c)));
        } else {
          out += c;
        }
    }
  }
  out += '"';
  return out;
}

void JsonWriter::newline_and_indent() {
  m_out += '\n';
  m_out.append((m_has_items.size() + m_base_indent) * 2, ' ');
}

void JsonWriter::before_value() {
  if (m_after_key) {
    m_after_key = false;
    return;
  }
  if (m_has_items.empty()) return;
  if (m_has_items.back()) m_out += ',';
  m_has_items.back() = true;
  newline_and_indent();
}

JsonWriter& JsonWriter::begin_object() {
  before_value();
  m_out += '{';
  m_has_items.push_back(false);
  return *this;
}

JsonWriter& JsonWriter::close(char bracket) {
  const bool had_items = m_has_items.back();
  m_has_items.pop_back();
  if (had_items) newline_and_indent();
  m_out += bracket;
  return *this;
}

JsonWriter& JsonWriter::end_object() { return close('}'); }

JsonWriter& JsonWriter::begin_array() {
  before_value();
  m_out += '[';
  m_has_items.push_back(false);
  return *this;
}

JsonWriter& JsonWriter::end_array() { return close(']'); }

JsonWriter& JsonWriter::key(std::string_view name) {
  before_value();
  m_out += json_quote(name);
  m_out += ": ";
  m_after_key = true;
  return *this;
}

JsonWriter& JsonWriter::string(std::string_view value) {
  before_value();
  m_out += json_quote(value);
  return *this;
}

JsonWriter& JsonWriter::number(int value) {
  before_value();
  m_out += fmt::format("{}", value);
  return *this;
}

JsonWriter& JsonWriter::decimal(double value, int decimals) {
  before_value();
  m_out += fmt::format("{:.{}f}", value, decimals);
  return *this;
}

JsonWriter& JsonWriter::real(double value) {
  before_value();
  m_out += fmt::format("{}", std::round(value * 10000.0) / 10000.0);
  return *this;
}

JsonWriter& JsonWriter::boolean(bool value) {
  before_value();
  m_out += value ? "true" : "false";
  return *this;
}

JsonWriter& JsonWriter::null() {
  before_value();
  m_out += "null";
  return *this;
}

std::string JsonWriter::finish() {
  m_out += '\n';
  return std::move(m_out);
}

}  // namespace coprod::util
