#pragma once
// Changing values of a YAML file in place. Each change replaces the bytes of
// one value, found in the parsed tree (Node::begin and Node::end), so
// everything else (comments, key order, quoting, blank lines, line endings,
// a byte-order mark) stays byte for byte as it was. The result is parsed
// again and compared with the tree expected: if anything but the intended
// values changed, nothing is written and the change is refused.

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "util/result.hpp"
#include "yaml/document.hpp"

namespace coprod::yaml {

struct ValueChange {
  enum class Form {
    word,  // written as given, unquoted (a score, a date, true or false): the caller has checked it
    text,  // free text: quoted or written as a block only when it needs to be, keeping the old style if it can;
           // a "# coprod: reviewed" mark in its comment vouched for the old text only, and goes when it changes
    flow,  // a mapping or list written on one line as given ("{warning: 1 of 3}"), in place of one written
           // so ({...} or [...]), its comment kept: the caller has checked it
  };
  std::vector<std::string> path;     // keys from the root: {"sections", "commitment", "rows", "strategy", "score"};
                                     // in a list, an item's place from 0: {"actions", "0", "owner"}
  std::optional<std::string> value;  // the new value; "" leaves it empty; nullopt removes the entry
  Form form = Form::word;
  std::vector<std::string> after;  // where a missing entry goes: after the last of these keys present, else first
};

// Lines of the edited text written by one replacement (`first` to `last`),
// in place of lines `old_first` to `old_last` of the text before.
struct ReplacedLines {
  int first = 0;
  int last = 0;
  int old_first = 0;
  int old_last = 0;
};

struct EditedText {
  std::string text;
  Node root;                            // the edited text parsed
  std::vector<ReplacedLines> replaced;  // in order
};

// The line of the text before the edits that holds what is on `line` of the
// edited text (a line written by an edit: the line it replaced first); 0
// stays 0 (no line).
int line_before_edits(const EditedText& edited, int line);

// What the mapping at a path of keys from the root is called in messages:
// "'sections.contact'", or "the section 'contact'" in an assessment.
using PlaceName = std::function<std::string(const std::vector<std::string>& path)>;

// The keys joined with dots and quoted ("'sections.contact'"); "the file" for no keys.
std::string dotted_name(const std::vector<std::string>& path);

// Why the mapping at `path` cannot be edited in place, naming the place: it,
// or a mapping on the way to it, is not in the file, is written on one line,
// or is not 'key: value' lines; nullopt when it can (an empty value can).
std::optional<util::Diagnostic> mapping_not_editable(const Node& root, const std::vector<std::string>& path,
                                                     const std::string& source, const PlaceName& name = dotted_name);

// The text with every change made, and its tree. Fails, naming the place
// with `name`, when a change cannot be made in place (see
// mapping_not_editable(); a value that is a list) or the result would differ
// anywhere else.
util::Result<EditedText> change_values(std::string_view text, const Node& root, const std::string& source,
                                       const std::vector<ValueChange>& changes, const PlaceName& name = dotted_name);

// Where append_item() starts a list whose key is not in its mapping.
struct NewListPlace {
  std::vector<std::string> after;  // after the last of these keys present; else (or none given) after the last entry
  std::string heading;  // lines above the key ("\n# What ...\n": a blank line, comments), moved to its column
};

// The text with `item` added at the end of the block list at `path`, and its
// tree. `item` is the lines of one list item ("- id: ...\n  what: ...\n"),
// a blank line or comment lines before it too, written at any indentation: they
// are moved to the column of the list's items (two past its key's when it is
// empty: 'key:', 'key: ~' or 'key: []', below any comments under the key) and
// take the line break of the line before them. A list whose key is not in its
// mapping is started where `place` says, below its heading: 'key:', the item below it.
// Fails, naming the place, when the list is not a list, is written in brackets
// with items in them, its mapping is not 'key: value' lines, or the result
// would differ anywhere but in the new item.
util::Result<EditedText> append_item(std::string_view text, const Node& root, const std::string& source,
                                     const std::vector<std::string>& path, std::string_view item,
                                     const PlaceName& name = dotted_name, const NewListPlace& place = {});

// The text with item `index` (from 0) of the block list at `path` taken out,
// and its tree: the item's lines, its own comments (indented past its '-')
// and the comment lines just above it at its '-' when a blank line sets them
// apart (what 'plan --write' says of it), with that blank line (comment lines
// with no blank line above them are notes on the list, and stay); a list left empty
// is left as its key with an empty value ('key:'). Fails, naming the place,
// when the list is not a list, is written in brackets, has no such item, or
// the result would differ anywhere but in the item taken out.
util::Result<EditedText> remove_item(std::string_view text, const Node& root, const std::string& source,
                                     const std::vector<std::string>& path, std::size_t index,
                                     const PlaceName& name = dotted_name);

// Whether two trees hold the same values, written the same way, wherever they are in the text.
bool same_values(const Node& a, const Node& b);

}  // namespace coprod::yaml
