#pragma once
// A YAML document read into a plain tree that remembers where every node came
// from (its byte range, line and column, and how it is written), so every
// later error can name file:line:column and every edit can replace exactly
// the bytes of the values it changes.
//
// Built from yaml-cpp's event stream rather than YAML::Node because yaml-cpp
// 0.7.0 does not report duplicate keys, resolves YAML 1.1 booleans and C-style
// numbers, and loads anchors and aliases as shared or cyclic graphs. Here
// scalars stay text (typed later by strict rules), duplicate keys, anchors,
// aliases, tags and deep nesting are rejected, and only one document is read.

#include <algorithm>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "util/diagnostic.hpp"
#include "util/result.hpp"

namespace coprod::yaml {

enum class NodeKind { null, scalar, sequence, mapping };

// How a node is written: scalars plain, quoted or as a block (| literal,
// > folded); lists and mappings as indented blocks or in brackets (flow).
enum class Style { plain, single_quoted, double_quoted, literal, folded, block, flow };

// A block scalar: | literal or > folded.
inline bool is_block(Style style) { return style == Style::literal || style == Style::folded; }

struct Entry;

struct Node {
  NodeKind kind = NodeKind::null;
  util::Position position;  // where the node starts; an empty value is placed at its key
  std::size_t begin = 0;    // byte offsets of the node in the text parsed (a byte-order mark counts)
  std::size_t end = 0;      // just past the node; an empty value is an empty range just after its key's ':'
  Style style = Style::plain;
  std::string text;            // scalars only: the value as written, unescaped
  std::string comment;         // scalars and empty values: a comment after it on its line (after a block
                               // scalar's | or > line), '#' included; "" for none
  std::vector<Node> items;     // sequences
  std::vector<Entry> entries;  // mappings, in file order

  bool is_null() const { return kind == NodeKind::null; }
  bool is_scalar() const { return kind == NodeKind::scalar; }
  bool is_mapping() const { return kind == NodeKind::mapping; }
  bool is_sequence() const { return kind == NodeKind::sequence; }
  // A scalar written in quotes or as a block (| or >): never a number or a null word.
  bool quoted() const { return kind == NodeKind::scalar && style != Style::plain; }

  // Mapping lookup by key; nullptr when absent or not a mapping.
  const Node* find(std::string_view key) const;
  // The value at a path of mapping keys from this node; nullptr when any is absent.
  const Node* find_path(const std::vector<std::string>& keys) const;
  const Entry* find_entry(std::string_view key) const;
  Entry* find_entry(std::string_view key) { return const_cast<Entry*>(std::as_const(*this).find_entry(key)); }

  friend bool operator==(const Node&, const Node&) = default;
};

// The column the node starts at, counted from 0 (as indentation is).
inline std::size_t column_of(const Node& node) {
  return static_cast<std::size_t>(std::max(0, node.position.column - 1));
}

// The spaces `line` is indented by (all of it when it holds only spaces).
inline std::size_t indent_of(std::string_view line) {
  const auto first = line.find_first_not_of(' ');
  return first == std::string_view::npos ? line.size() : first;
}

struct Entry {
  Node key;
  Node value;

  friend bool operator==(const Entry&, const Entry&) = default;
};

// Calls f on `node` and on every node under it, keys included, in file order.
template <class N, class F>
void for_each_node(N& node, const F& f) {
  f(node);
  for (auto& item : node.items) for_each_node(item, f);
  for (auto& entry : node.entries) {
    for_each_node(entry.key, f);
    for_each_node(entry.value, f);
  }
}

inline constexpr std::string_view k_byte_order_mark = "\xEF\xBB\xBF";

// How deeply lists and mappings may nest.
inline constexpr std::size_t k_max_depth = 32;

// Parses the one YAML document in `text`. `source` is the file name used in
// diagnostics. Never throws for bad input.
util::Result<Node> parse_document(std::string_view text, const std::string& source);

// The same through yaml-cpp alone, after the text has been checked (no NUL,
// valid UTF-8, no carriage return alone, no byte-order mark). parse_document() uses it
// for whatever the fast reader does not handle; tests use it to check the two agree.
util::Result<Node> parse_with_yaml_cpp(std::string_view text, const std::string& source);

// The fast reader (fast_parser.cpp): the same tree for the plain layout coprod
// files use, or nullopt for anything else (errors included).
std::optional<Node> parse_fast(std::string_view text);

// A short description of a node's kind for messages: "a list", "a mapping", ...
std::string describe_kind(const Node& node);

}  // namespace coprod::yaml
