#include "yaml/extents.hpp"

#include <algorithm>
#include <vector>

namespace coprod::yaml {

namespace {

constexpr std::size_t k_none = std::string_view::npos;

bool is_blank(char c) { return c == ' ' || c == '\t'; }
bool is_white(char c) { return is_blank(c) || c == '\r' || c == '\n'; }

struct UnclosedQuote {
  const Node* node;
};

class ExtentFinder {
 public:
  explicit ExtentFinder(std::string_view text) : m_text(text) {}

  void run(Node& root) {
    for_each_node(root, [&](const Node& node) {
      if (!node.is_null()) m_starts.push_back(node.begin);
    });
    std::sort(m_starts.begin(), m_starts.end());
    complete(root, 0);
  }

 private:
  char at(std::size_t i) const { return i < m_text.size() ? m_text[i] : '\0'; }

  std::size_t line_end(std::size_t i) const {
    const auto newline = m_text.find('\n', i);
    return newline == k_none ? m_text.size() : newline;
  }
  std::size_t next_line(std::size_t i) const { return std::min(m_text.size(), line_end(i) + 1); }

  // The start of the first node after `offset`, or the end of the text.
  std::size_t next_start(std::size_t offset) const {
    const auto next = std::upper_bound(m_starts.begin(), m_starts.end(), offset);
    return next == m_starts.end() ? m_text.size() : *next;
  }

  // `min_indent`: how far a block scalar's content must at least be indented.
  void complete(Node& node, std::size_t min_indent) {
    switch (node.kind) {
      case NodeKind::scalar: complete_scalar(node, min_indent); break;
      case NodeKind::null: node.end = node.begin; break;
      case NodeKind::sequence:
      case NodeKind::mapping: complete_collection(node); return;
    }
    if (!is_block(node.style)) node.comment = comment_at(node.end);
  }

  void complete_collection(Node& node) {
    node.style = at(node.begin) == '[' || at(node.begin) == '{' ? Style::flow : Style::block;
    std::size_t last = node.begin;
    const auto item_indent = column_of(node) + 1;
    for (auto& item : node.items) {
      complete(item, item_indent);
      last = std::max(last, item.end);
    }
    for (auto& entry : node.entries) {
      complete(entry.key, 0);
      if (entry.value.is_null()) locate_empty_value(entry);
      else complete(entry.value, column_of(entry.key) + 1);
      last = std::max(last, entry.value.end);
    }
    node.end = node.style == Style::flow ? closing_bracket(node, last) : last;
  }

  // After the last child: spaces, line breaks, commas and comments, then the bracket.
  std::size_t closing_bracket(const Node& node, std::size_t from) const {
    const char close = at(node.begin) == '[' ? ']' : '}';
    std::size_t i = std::max(from, node.begin + 1);
    while (i < m_text.size() && m_text[i] != close) i = m_text[i] == '#' ? line_end(i) : i + 1;
    return std::min(i + 1, m_text.size());
  }

  // An empty value sits just after its key's ':'; a null word written there is a value of its own.
  void locate_empty_value(Entry& entry) {
    Node& value = entry.value;
    std::size_t i = entry.key.end;
    while (is_blank(at(i))) ++i;
    if (at(i) == ':') ++i;
    value.begin = value.end = i;
    value.style = Style::plain;
    std::size_t word = i;
    while (is_white(at(word))) ++word;
    for (const std::string_view null_word : {"~", "null", "Null", "NULL"}) {
      if (m_text.substr(word, null_word.size()) != null_word) continue;
      const char after = at(word + null_word.size());
      if (after == '\0' || is_white(after) || after == ',' || after == ']' || after == '}') {
        value.begin = word;
        value.end = word + null_word.size();
      }
      break;
    }
    value.comment = comment_at(value.end);
  }

  void complete_scalar(Node& node, std::size_t min_indent) {
    switch (at(node.begin)) {
      case '"': node.style = Style::double_quoted; break;
      case '\'': node.style = Style::single_quoted; break;
      case '|': node.style = Style::literal; break;
      case '>': node.style = Style::folded; break;
      default: node.style = Style::plain; break;
    }
    if (node.style == Style::plain) node.end = plain_end(node);
    else if (is_block(node.style)) block_end(node, min_indent);
    else node.end = quote_end(node);
  }

  std::size_t quote_end(const Node& node) const {
    const char quote = m_text[node.begin];
    for (std::size_t i = node.begin + 1; i < m_text.size(); ++i) {
      if (quote == '"' && m_text[i] == '\\') {
        ++i;
      } else if (m_text[i] == quote) {
        if (quote == '\'' && at(i + 1) == '\'') ++i;
        else return i + 1;
      }
    }
    throw UnclosedQuote{&node};
  }

  // The parsed value read back along the text: runs of white space in the
  // value stand for runs of spaces and line breaks in the text.
  std::size_t plain_end(const Node& node) const {
    const std::string& value = node.text;
    std::size_t i = node.begin;
    std::size_t j = 0;
    while (j < value.size() && i < m_text.size()) {
      if (is_white(value[j]) && is_white(m_text[i])) {
        while (j < value.size() && is_white(value[j])) ++j;
        while (i < m_text.size() && is_white(m_text[i])) ++i;
      } else if (value[j] == m_text[i]) {
        ++i;
        ++j;
      } else {
        break;
      }
    }
    return i;
  }

  // A block scalar's header (| or >, then its indicators) and content lines.
  void block_end(Node& node, std::size_t min_indent) {
    std::size_t header_end = node.begin + 1;
    std::size_t content_indent = k_none;
    while (at(header_end) == '+' || at(header_end) == '-' || (at(header_end) >= '1' && at(header_end) <= '9')) {
      if (at(header_end) != '+' && at(header_end) != '-') {
        content_indent = (min_indent == 0 ? 0 : min_indent - 1) + static_cast<std::size_t>(at(header_end) - '0');
      }
      ++header_end;
    }
    node.comment = comment_at(header_end);
    node.end = header_end;
    const std::size_t limit = next_start(node.begin);
    for (std::size_t line = next_line(node.begin); line < m_text.size(); line = next_line(line)) {
      if (limit < m_text.size() && next_line(line) > limit) break;  // the next node's line
      const std::size_t end = line_end(line);
      std::size_t indent = 0;
      while (at(line + indent) == ' ') ++indent;
      const std::size_t content_end = end > line && m_text[end - 1] == '\r' ? end - 1 : end;
      if (line + indent >= content_end) continue;  // a blank line
      if (content_indent == k_none) {
        if (indent < min_indent) break;
        content_indent = indent;
      }
      if (indent < content_indent) break;
      node.end = content_end;
    }
  }

  // A comment after `offset` on the same line ('#' included; a carriage
  // return ends it, as it ends a line for YAML), or "".
  std::string comment_at(std::size_t offset) const {
    std::size_t i = offset;
    while (is_blank(at(i))) ++i;
    if (at(i) != '#' || (i > 0 && i == offset && !is_white(m_text[i - 1]))) return {};
    return std::string(m_text.substr(i, std::min(m_text.find_first_of("\r\n", i), m_text.size()) - i));
  }

  std::string_view m_text;
  std::vector<std::size_t> m_starts;
};

}  // namespace

const Node* complete_extents(std::string_view text, Node& root) {
  if (root.is_null()) return nullptr;  // an empty document
  try {
    ExtentFinder(text).run(root);
  } catch (const UnclosedQuote& unclosed) {
    return unclosed.node;
  }
  return nullptr;
}

}  // namespace coprod::yaml
