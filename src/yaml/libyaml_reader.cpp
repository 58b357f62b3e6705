// The fast reader: libyaml (the C library under PyYAML's fast loader) builds
// the tree that parse_document() builds through yaml-cpp, several times
// faster, because yaml-cpp 0.7.0's scanner dominates the time of reading
// many files. yaml-cpp stays the parser of record: tests and a fuzz target
// check that the two trees are identical, positions and styles included.
//
// Only the plain layout coprod files use is taken here: block mappings and
// lists, one-line flow lists and mappings of plain words, one-line plain and
// quoted scalars, literal and folded block scalars, comments. Anything else
// (anchors, tags, null words, multi-line plain or quoted scalars, tabs, CR
// line ends, a second document, duplicate keys, any syntax error, and each
// place below where yaml-cpp was found to read text differently) makes
// parse_fast() return nullopt, and the caller uses yaml-cpp, which also
// reports the errors.

#include <algorithm>
#include <unordered_set>
#include <yaml.h>

#include "yaml/document.hpp"
#include "yaml/extents.hpp"

namespace coprod::yaml {

namespace {

// Thrown to give the text to yaml-cpp instead.
struct NotHandled {};

[[noreturn]] void give_up() { throw NotHandled{}; }

// YAML limits a key written without ? to 1024 characters, and yaml-cpp
// enforces it; longer keys (never coprod's) are left to yaml-cpp.
constexpr std::size_t k_longest_key = 1000;

bool is_null_word(std::string_view text) { return text == "~" || text == "null" || text == "Null" || text == "NULL"; }

// yaml-cpp 0.7.0 writes the escapes \N, \_, \L and \P (next line, no-break
// space, line and paragraph separators) as bytes that are not UTF-8.
bool has_escape_left_to_yaml_cpp(std::string_view quoted) {
  for (std::size_t i = 0; i + 1 < quoted.size(); ++i) {
    if (quoted[i] != '\\') continue;
    if (std::string_view("N_LP").find(quoted[++i]) != std::string_view::npos) return true;
  }
  return false;
}

class LibyamlReader {
 public:
  explicit LibyamlReader(std::string_view text)
      : m_text(text), m_ascii(std::all_of(text.begin(), text.end(), [](char c) { return (c & 0x80) == 0; })) {
    if (!yaml_parser_initialize(&m_parser)) give_up();  // out of memory
    yaml_parser_set_input_string(&m_parser, reinterpret_cast<const unsigned char*>(text.data()), text.size());
  }
  ~LibyamlReader() {
    yaml_event_delete(&m_event);
    yaml_parser_delete(&m_parser);
  }
  LibyamlReader(const LibyamlReader&) = delete;
  LibyamlReader& operator=(const LibyamlReader&) = delete;

  Node read_document() {
    expect(YAML_STREAM_START_EVENT);
    next();
    if (m_event.type == YAML_STREAM_END_EVENT) return Node{};
    if (m_event.type != YAML_DOCUMENT_START_EVENT || m_event.data.document_start.version_directive) give_up();
    next();
    // A document that is one scalar is never a coprod file; yaml-cpp says why.
    if (m_event.type != YAML_MAPPING_START_EVENT && m_event.type != YAML_SEQUENCE_START_EVENT) give_up();
    Node root = read_node(1);
    next();
    if (m_event.type != YAML_DOCUMENT_END_EVENT || !m_event.data.document_end.implicit) give_up();
    expect(YAML_STREAM_END_EVENT);  // one document only
    return root;
  }

 private:
  void next() {
    yaml_event_delete(&m_event);
    if (!yaml_parser_parse(&m_parser, &m_event)) give_up();  // yaml-cpp reports the error
  }

  void expect(yaml_event_type_t type) {
    next();
    if (m_event.type != type) give_up();
  }

  // The node whose first event is the current one.
  Node read_node(std::size_t depth) {
    switch (m_event.type) {
      case YAML_SCALAR_EVENT: return read_scalar();
      case YAML_SEQUENCE_START_EVENT: return read_sequence(depth);
      case YAML_MAPPING_START_EVENT: return read_mapping(depth);
      default: give_up();  // an alias
    }
  }

  Node read_scalar() {
    const auto& scalar = m_event.data.scalar;
    if (scalar.anchor || scalar.tag) give_up();
    Node node = node_here(NodeKind::scalar);
    node.text.assign(reinterpret_cast<const char*>(scalar.value), scalar.length);
    const std::string_view source = m_text.substr(node.begin, byte_offset(m_event.end_mark.index) - node.begin);
    switch (scalar.style) {
      case YAML_LITERAL_SCALAR_STYLE: check_block(node, source, false); break;
      case YAML_FOLDED_SCALAR_STYLE: check_block(node, source, true); break;
      case YAML_DOUBLE_QUOTED_SCALAR_STYLE:
        if (has_escape_left_to_yaml_cpp(source)) give_up();
        [[fallthrough]];
      default:
        if (m_event.start_mark.line != m_event.end_mark.line) give_up();  // one line only
    }
    // yaml-cpp reads null words as empty values; left to it, so both readers agree.
    if (scalar.style == YAML_PLAIN_SCALAR_STYLE && (node.text.empty() || is_null_word(node.text))) give_up();
    return node;
  }

  // yaml-cpp reads the line breaks of some block scalars differently (found
  // by fuzzing): one with an indentation indicator (|2), starting with an
  // empty line, or running to the end of a file that has no final line
  // break; a folded one (>) keeping its final line breaks (>+) or with lines
  // further in. coprod writes none of them.
  void check_block(const Node& node, std::string_view source, bool folded) const {
    const std::string_view header = source.substr(1, source.find_first_of(" #\n") - 1);  // after | or >
    const std::string& text = node.text;
    if (header.find_first_of("123456789") != std::string_view::npos || text.starts_with('\n')) give_up();
    if (m_text.back() != '\n' && m_text.find_first_not_of(" \n", node.begin + source.size()) == std::string_view::npos)
      give_up();
    if (folded && (header.find('+') != std::string_view::npos || text.starts_with(' ') ||
                   text.find("\n ") != std::string::npos)) {
      give_up();
    }
  }

  Node read_sequence(std::size_t depth) {
    if (depth > k_max_depth) give_up();
    const auto& start = m_event.data.sequence_start;
    if (start.anchor || start.tag) give_up();
    const bool flow = start.style == YAML_FLOW_SEQUENCE_STYLE;
    Node sequence = node_here(NodeKind::sequence);
    for (next(); m_event.type != YAML_SEQUENCE_END_EVENT; next()) {
      sequence.items.push_back(read_node(depth + 1));
      if (!flow) check_indented(sequence.items.back(), sequence);
    }
    if (flow) check_flow(sequence);
    return sequence;
  }

  Node read_mapping(std::size_t depth) {
    if (depth > k_max_depth) give_up();
    const auto& start = m_event.data.mapping_start;
    if (start.anchor || start.tag) give_up();
    const bool flow = start.style == YAML_FLOW_MAPPING_STYLE;
    Node mapping = node_here(NodeKind::mapping);
    std::unordered_set<std::string> keys;
    for (next(); m_event.type != YAML_MAPPING_END_EVENT; next()) {
      if (m_event.type != YAML_SCALAR_EVENT || m_event.data.scalar.style != YAML_PLAIN_SCALAR_STYLE) give_up();
      Node key = read_scalar();
      if (key.text.size() > k_longest_key || !keys.insert(key.text).second) give_up();
      next();
      Node value = empty_value() ? empty_value_of(key) : read_node(depth + 1);
      if (!flow && !value.is_null()) check_indented(value, key);
      mapping.entries.push_back({std::move(key), std::move(value)});
    }
    if (flow) check_flow(mapping);
    return mapping;
  }

  // A list item or a value starts further in than its '-' or key (a list may
  // start level with its key). libyaml also takes some that do not, which
  // yaml-cpp reads differently (found by fuzzing).
  static void check_indented(const Node& child, const Node& parent) {
    const int parent_column = parent.position.column;
    const bool level_list = child.is_sequence() && parent.is_scalar();
    if (child.position.column < parent_column || (child.position.column == parent_column && !level_list)) give_up();
  }

  // libyaml reports a missing value as an empty plain scalar.
  bool empty_value() const {
    return m_event.type == YAML_SCALAR_EVENT && m_event.data.scalar.style == YAML_PLAIN_SCALAR_STYLE &&
           m_event.data.scalar.length == 0 && !m_event.data.scalar.anchor && !m_event.data.scalar.tag;
  }

  // An empty value is placed at its key (complete_extents() finds its bytes).
  static Node empty_value_of(const Node& key) {
    Node empty;
    empty.position = key.position;
    empty.begin = key.begin;
    return empty;
  }

  // A flow list or mapping of plain words on one line, as coprod writes them:
  // yaml-cpp reads quotes, '?', '#' and ':' in one differently (found by fuzzing).
  void check_flow(const Node& node) {
    if (m_event.end_mark.line + 1 != static_cast<std::size_t>(node.position.line)) give_up();
    const std::string_view inside = m_text.substr(node.begin + 1, byte_offset(m_event.end_mark.index) - node.begin - 2);
    if (inside.find_first_of("[]{}?#'\"") != std::string_view::npos) give_up();
    for_each_node(node, [](const Node& word) {
      if (word.text.find(':') != std::string::npos) give_up();
    });
  }

  Node node_here(NodeKind kind) {
    const yaml_mark_t& mark = m_event.start_mark;
    Node node;
    node.kind = kind;
    node.begin = byte_offset(mark.index);
    node.position = {static_cast<int>(mark.line) + 1, static_cast<int>(byte_column(node.begin, mark)) + 1};
    return node;
  }

  // libyaml's column for ASCII text; else the bytes back to the line's start.
  std::size_t byte_column(std::size_t offset, const yaml_mark_t& mark) const {
    if (m_ascii) return mark.column;
    const auto line_start = m_text.rfind('\n', offset == 0 ? 0 : offset - 1);
    return line_start == std::string_view::npos || offset == 0 ? offset : offset - line_start - 1;
  }

  // libyaml counts characters; the tree counts bytes. Events come in text
  // order, so the count moves forward from where it last stopped.
  std::size_t byte_offset(std::size_t character) {
    if (m_ascii) return character;
    if (character < m_character) m_character = m_byte = 0;
    for (; m_character < character && m_byte < m_text.size(); ++m_character) {
      ++m_byte;
      while (m_byte < m_text.size() && (static_cast<unsigned char>(m_text[m_byte]) & 0xC0) == 0x80) ++m_byte;
    }
    return m_byte;
  }

  std::string_view m_text;
  bool m_ascii;  // then characters are bytes
  yaml_parser_t m_parser{};
  yaml_event_t m_event{};
  std::size_t m_character = 0;
  std::size_t m_byte = 0;
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
    Node root = LibyamlReader(text).read_document();
    if (complete_extents(text, root)) return std::nullopt;
    return root;
  } catch (const NotHandled&) {
    return std::nullopt;
  }
}

}  // namespace coprod::yaml
