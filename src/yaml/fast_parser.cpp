// A fast reader for the plain layout coprod files use: block mappings and
// lists, one-line flow lists and mappings, plain and quoted one-line scalars,
// literal and folded block scalars (not kept with '+'), comments. It builds exactly the tree
// parse_document() builds through yaml-cpp (a test and a fuzz target compare
// the two), about twenty times faster, because yaml-cpp 0.7.0's scanner
// dominates the time of reading many files.
//
// Anything outside that layout (anchors, tags, multi-line plain or quoted
// scalars, a list item starting on the line after its '-', tabs, CR line
// ends, a '---' line, duplicate keys, any syntax error...) is not handled here: parse_fast() returns nullopt and the
// caller uses yaml-cpp, which also reports the errors.

#include <algorithm>
#include <charconv>
#include <unordered_set>
#include <vector>

#include "util/text.hpp"
#include "yaml/document.hpp"
#include "yaml/extents.hpp"

namespace coprod::yaml {

namespace {

// Thrown to give the text to yaml-cpp instead.
struct NotHandled {};

[[noreturn]] void give_up() { throw NotHandled{}; }

// The text before any comment (a '#' at the start or after a space), trimmed.
std::string_view without_comment(std::string_view text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '#' && (i == 0 || text[i - 1] == ' ')) return util::trim(text.substr(0, i));
  }
  return util::trim(text);
}

// What follows a token (a closing quote or bracket) may only be spaces
// and a comment; a # right after the token is not a comment.
bool only_comment_after_token(std::string_view rest) {
  return rest.empty() || (rest.front() == ' ' && without_comment(rest).empty());
}

bool is_sequence_entry(std::string_view content) { return content == "-" || content.substr(0, 2) == "- "; }

// Whether text cannot start a plain scalar: it is empty or starts with a YAML indicator.
bool starts_like_indicator(std::string_view text) {
  if (text.empty()) return true;
  constexpr std::string_view k_indicators = ",[]{}#&*!|>'\"%@`";
  if (k_indicators.find(text.front()) != std::string_view::npos) return true;
  return (text.front() == '-' || text.front() == '?' || text.front() == ':') && (text.size() == 1 || text[1] == ' ');
}

// YAML limits a key written without ? to 1024 characters, and yaml-cpp
// enforces it; longer keys (never coprod's) are left to yaml-cpp (found by
// fuzzing).
constexpr std::size_t k_longest_key = 1000;

class FastParser {
 public:
  explicit FastParser(std::string_view text)
      : m_text(text), m_lines(util::split_lines(text)), m_ends_with_line_break(!text.empty() && text.back() == '\n') {}

  Node parse_document() {
    skip_blank();
    if (at_end()) return Node{};
    const std::string_view first = m_lines[m_line];
    if (util::trim(first).front() == '%') give_up();
    // A line starting with --- or ... may be a marker that starts or ends a
    // document (found by fuzzing): left to yaml-cpp.
    for (std::size_t line = m_line; line < m_lines.size(); ++line) {
      const std::string_view start = m_lines[line].substr(0, 3);
      if (start == "---" || start == "...") give_up();
    }
    Node root = parse_block_node(m_line, indent_of(m_lines[m_line]), 1);
    skip_blank();
    if (!at_end()) give_up();
    return root;
  }

 private:
  bool at_end() const { return m_line >= m_lines.size(); }

  void skip_blank() {
    while (!at_end()) {
      const auto trimmed = util::trim(m_lines[m_line]);
      if (!trimmed.empty() && trimmed.front() != '#') return;
      ++m_line;
    }
  }

  // A node of `kind` starting at (line, column).
  Node node_at(NodeKind kind, std::size_t line, std::size_t column) const {
    Node node;
    node.kind = kind;
    node.position = {static_cast<int>(line) + 1, static_cast<int>(column) + 1};
    node.begin = static_cast<std::size_t>(m_lines[line].data() - m_text.data()) + column;
    return node;
  }

  Node scalar(std::string text, std::size_t line, std::size_t column, bool quoted) const {
    // yaml-cpp reads these plain words as null (and then places the node at
    // its key): left to yaml-cpp, so both readers agree (found by fuzzing).
    if (!quoted && (text == "~" || text == "null" || text == "Null" || text == "NULL")) give_up();
    Node node = node_at(NodeKind::scalar, line, column);
    node.text = std::move(text);
    return node;
  }

  // A mapping or a list starting at (line, column).
  Node parse_block_node(std::size_t line, std::size_t column, std::size_t depth) {
    const std::string_view content = m_lines[line].substr(column);
    if (is_sequence_entry(content)) return parse_sequence(line, column, depth);
    if (key_end(content)) return parse_mapping(line, column, depth);
    give_up();
  }

  // The ':' that ends a plain key at the start of `content`, if there is one.
  static std::optional<std::size_t> key_end(std::string_view content) {
    if (starts_like_indicator(content)) return std::nullopt;
    for (std::size_t i = 0; i < content.size(); ++i) {
      if (content[i] == '#' && i > 0 && content[i - 1] == ' ') return std::nullopt;
      if (content[i] == ':' && (i + 1 == content.size() || content[i + 1] == ' ')) return i;
    }
    return std::nullopt;
  }

  Node parse_mapping(std::size_t line, std::size_t column, std::size_t depth) {
    if (depth > k_max_depth) give_up();
    Node mapping = node_at(NodeKind::mapping, line, column);
    std::unordered_set<std::string> keys;
    for (;;) {
      const std::string_view content = m_lines[line].substr(column);
      const auto colon = key_end(content);
      if (!colon) give_up();
      Node key = scalar(std::string(util::trim(content.substr(0, *colon))), line, column, false);
      if (key.text.empty() || key.text.size() > k_longest_key || !keys.insert(key.text).second) give_up();
      Node value = parse_value(line, column + *colon + 1, column, depth);
      mapping.entries.push_back({std::move(key), std::move(value)});
      skip_blank();
      if (at_end()) break;
      const std::size_t indent = indent_of(m_lines[m_line]);
      if (indent < column) break;
      if (indent > column || is_sequence_entry(m_lines[m_line].substr(indent))) give_up();
      line = m_line;
    }
    return mapping;
  }

  Node parse_sequence(std::size_t line, std::size_t column, std::size_t depth) {
    if (depth > k_max_depth) give_up();
    Node sequence = node_at(NodeKind::sequence, line, column);
    for (;;) {
      const std::size_t item = column + 1 + indent_of(m_lines[line].substr(column + 1));
      const std::string_view rest = m_lines[line].substr(item);
      if (without_comment(rest).empty() || is_sequence_entry(rest)) {
        give_up();
      } else if (key_end(rest)) {
        sequence.items.push_back(parse_mapping(line, item, depth + 1));
      } else {
        sequence.items.push_back(parse_scalar_value(line, item, column));
      }
      skip_blank();
      if (at_end()) break;
      const std::size_t indent = indent_of(m_lines[m_line]);
      if (indent < column || (indent == column && !is_sequence_entry(m_lines[m_line].substr(indent)))) break;
      if (indent > column) give_up();
      line = m_line;
    }
    return sequence;
  }

  // The value after "key:" at (line, column); `parent` is the key's indentation.
  Node parse_value(std::size_t line, std::size_t column, std::size_t parent, std::size_t depth) {
    const std::string_view after = m_lines[line].substr(column);
    if (without_comment(after).empty()) {
      m_line = line + 1;
      skip_blank();
      Node empty = node_at(NodeKind::null, line, parent);  // placed at its key
      if (at_end()) return empty;
      const std::size_t indent = indent_of(m_lines[m_line]);
      const std::string_view content = m_lines[m_line].substr(indent);
      if (indent > parent) return parse_block_node(m_line, indent, depth + 1);
      if (indent == parent && is_sequence_entry(content)) return parse_sequence(m_line, indent, depth + 1);
      return empty;
    }
    return parse_scalar_value(line, column + indent_of(after), parent);
  }

  // A scalar (or one-line flow collection) starting at (line, column).
  Node parse_scalar_value(std::size_t line, std::size_t column, std::size_t parent) {
    const std::string_view text = m_lines[line].substr(column);
    Node node;
    switch (text.front()) {
      case '|':
      case '>': return parse_block_scalar(line, column, parent);
      case '"':
      case '\'': node = parse_quoted(line, column); break;
      case '[':
      case '{': node = parse_flow(line, column); break;
      default: node = parse_plain(line, column); break;
    }
    m_line = line + 1;
    // A more indented line next would continue the value over several lines.
    skip_blank();
    if (!at_end() && indent_of(m_lines[m_line]) > parent) give_up();
    return node;
  }

  Node parse_plain(std::size_t line, std::size_t column) {
    const std::string_view text = without_comment(m_lines[line].substr(column));
    if (starts_like_indicator(text) || text.find(": ") != std::string_view::npos || text.back() == ':') give_up();
    return scalar(std::string(text), line, column, false);
  }

  Node parse_quoted(std::size_t line, std::size_t column) {
    const std::string_view text = m_lines[line];
    const char quote = text[column];
    std::string value;
    std::size_t i = column + 1;
    for (;; ++i) {
      if (i >= text.size()) give_up();  // continues on the next line
      const char c = text[i];
      if (c == quote) {
        if (quote == '\'' && i + 1 < text.size() && text[i + 1] == '\'') {
          value += '\'';
          ++i;
          continue;
        }
        break;
      }
      if (quote == '"' && c == '\\') {
        i = unescape(text, i, value);
      } else {
        value += c;
      }
    }
    if (!only_comment_after_token(text.substr(i + 1))) give_up();
    return scalar(std::move(value), line, column, true);
  }

  // The escape at text[at] ('\'), appended to `value`; returns the index of its last character.
  static std::size_t unescape(std::string_view text, std::size_t at, std::string& value) {
    static constexpr std::string_view k_escapes = "\\\"/ntr0abefv ";
    static constexpr std::string_view k_characters("\\\"/\n\t\r\0\a\b\x1b\f\v ", k_escapes.size());
    if (at + 1 >= text.size()) give_up();
    const char c = text[at + 1];
    if (const auto k = k_escapes.find(c); k != std::string_view::npos) {
      value += k_characters[k];
      return at + 1;
    }
    if (c != 'x' && c != 'u' && c != 'U') give_up();
    const std::size_t digits = c == 'x' ? 2 : c == 'u' ? 4 : 8;
    if (at + 2 + digits > text.size()) give_up();
    unsigned long code = 0;
    const char* first = text.data() + at + 2;
    if (std::from_chars(first, first + digits, code, 16).ptr != first + digits) give_up();
    if (code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) give_up();
    constexpr unsigned long k_lead[] = {0, 0xC0, 0xE0, 0xF0};  // UTF-8, by the number of continuation bytes
    const int extra = code < 0x80 ? 0 : code < 0x800 ? 1 : code < 0x10000 ? 2 : 3;
    value += static_cast<char>(k_lead[extra] | (code >> (6 * extra)));
    for (int k = extra - 1; k >= 0; --k) value += static_cast<char>(0x80 | ((code >> (6 * k)) & 0x3F));
    return at + 1 + digits;
  }

  // [a, b] or {key: value, ...} of plain scalars, on one line.
  Node parse_flow(std::size_t line, std::size_t column) {
    const std::string_view text = m_lines[line];
    const bool is_mapping = text[column] == '{';
    const char close = is_mapping ? '}' : ']';
    Node node = node_at(is_mapping ? NodeKind::mapping : NodeKind::sequence, line, column);
    std::unordered_set<std::string> keys;
    std::size_t i = column + 1 + indent_of(text.substr(column + 1));
    if (i < text.size() && text[i] == close) {
      ++i;
    } else {
      for (;;) {
        Node first = flow_scalar(text, line, i, is_mapping);
        if (is_mapping) {
          if (i >= text.size() || text[i] != ':' || i + 1 >= text.size() || text[i + 1] != ' ') give_up();
          i += 1 + indent_of(text.substr(i + 1));
          Node value = flow_scalar(text, line, i, false);
          if (first.text.size() > k_longest_key || !keys.insert(first.text).second) give_up();
          node.entries.push_back({std::move(first), std::move(value)});
        } else {
          node.items.push_back(std::move(first));
        }
        i += indent_of(text.substr(i));
        if (i < text.size() && text[i] == close) {
          ++i;
          break;
        }
        if (i >= text.size() || text[i] != ',') give_up();
        i += 1 + indent_of(text.substr(i + 1));
      }
    }
    if (!only_comment_after_token(text.substr(i))) give_up();
    return node;
  }

  // A plain scalar inside a flow collection, ending before ',', ']', '}' (or ':' after a key).
  Node flow_scalar(std::string_view text, std::size_t line, std::size_t& i, bool key) {
    const std::size_t start = i;
    i = std::min(text.find_first_of(key ? ",]}:" : ",]}", start), text.size());
    const std::string_view value = util::trim(text.substr(start, i - start));
    if (starts_like_indicator(value) || value.find_first_of("[{#:?\"'") != std::string_view::npos) give_up();
    return scalar(std::string(value), line, start, false);
  }

  Node parse_block_scalar(std::size_t line, std::size_t column, std::size_t parent) {
    const std::string_view header = m_lines[line].substr(column);
    const bool folded = header.front() == '>';
    // '-' strips the final line break; '+' (keep every one) is left to yaml-cpp, which keeps one too few after a
    // folded block and none after an empty one (found by fuzzing).
    const bool strip = header.substr(1, 1) == "-";
    const std::size_t h = strip ? 2 : 1;
    if (!without_comment(header.substr(h)).empty() || (h < header.size() && header[h] != ' ')) give_up();
    const auto lines = block_lines(line + 1, parent);
    // A block running to the end of a file with no final line break has no
    // final line break to keep either: left to yaml-cpp (found by fuzzing).
    if (m_line == m_lines.size() && !m_ends_with_line_break) give_up();
    std::string text = folded ? fold(lines) : util::join(lines, "\n");
    if (!lines.empty() && !strip) text += '\n';
    return scalar(std::move(text), line, column, true);
  }

  // The content lines of a block scalar starting at `first`, up to the last
  // with text, less the content indentation; moves m_line past them.
  std::vector<std::string> block_lines(std::size_t first, std::size_t parent) {
    std::size_t content_indent = 0;
    for (std::size_t l = first; l < m_lines.size(); ++l) {
      if (const std::size_t indent = indent_of(m_lines[l]); indent < m_lines[l].size()) {
        content_indent = indent;
        break;
      }
    }
    std::vector<std::string> result;
    std::size_t l = first;
    std::size_t empties = 0;
    for (; l < m_lines.size(); ++l) {
      const std::string_view text = m_lines[l];
      const std::size_t indent = indent_of(text);
      if (indent == text.size()) {
        if (content_indent > parent && text.size() > content_indent) give_up();  // spaces that would be content
        ++empties;
        continue;
      }
      if (content_indent <= parent || indent < content_indent) {
        if (indent > parent) give_up();
        break;
      }
      result.insert(result.end(), empties, std::string());
      empties = 0;
      result.emplace_back(text.substr(content_indent));
    }
    m_line = l;
    return result;
  }

  static std::string fold(const std::vector<std::string>& lines) {
    std::string out;
    std::size_t pending_breaks = 0;
    for (const auto& line : lines) {
      if (line.empty()) {
        if (out.empty()) give_up();  // leading empty lines
        ++pending_breaks;
        continue;
      }
      if (line.front() == ' ') give_up();  // a more indented line is kept as it is: left to yaml-cpp
      if (!out.empty()) out += pending_breaks == 0 ? std::string(" ") : std::string(pending_breaks, '\n');
      out += line;
      pending_breaks = 0;
    }
    return out;
  }

  std::string_view m_text;
  std::vector<std::string_view> m_lines;
  bool m_ends_with_line_break;
  std::size_t m_line = 0;
};

// Tabs, carriage returns, anything YAML does not count as printable (control
// characters, DEL, the C1 controls, a byte-order mark past the start, U+FFFE
// and U+FFFF), and what YAML 1.1 took as line breaks (NEL, U+2028, U+2029):
// left to yaml-cpp (found by fuzzing).
bool has_characters_left_to_yaml_cpp(std::string_view text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte >= 0x20 && byte < 0x7F) continue;  // printable ASCII, most of any file
    if (byte != '\n' && byte < 0x80) return true;
    if (byte == 0xC2 && i + 1 < text.size() && (static_cast<unsigned char>(text[i + 1]) & 0xE0) == 0x80) return true;
    if (byte == 0xE2 || byte == 0xEF) {
      const std::string_view next = text.substr(i, 3);
      if (next == "\xEF\xBB\xBF" || next == "\xEF\xBF\xBE" || next == "\xEF\xBF\xBF" || next == "\xE2\x80\xA8" ||
          next == "\xE2\x80\xA9") {
        return true;
      }
    }
  }
  return false;
}

}  // namespace

std::optional<Node> parse_fast(std::string_view text) {
  if (has_characters_left_to_yaml_cpp(text)) return std::nullopt;
  try {
    Node root = FastParser(text).parse_document();
    if (complete_extents(text, root)) return std::nullopt;
    return root;
  } catch (const NotHandled&) {
    return std::nullopt;
  }
}

}  // namespace coprod::yaml
