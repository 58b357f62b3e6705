#include "yaml/tree_edit.hpp"

#include <algorithm>
#include <tuple>

#include <fmt/format.h>

#include "model/text_field.hpp"
#include "util/text.hpp"
#include "yaml/scalar_writer.hpp"

namespace coprod::yaml {

namespace {

struct Replacement {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::string text;
  std::size_t indent = 0;           // a new line's indentation
  std::vector<std::string> parent;  // a new line's mapping
  std::size_t rank = 0;             // and its place among the new lines there
};

// The last change of each value, in the order given: a later one wins.
std::vector<ValueChange> last_of_each(const std::vector<ValueChange>& changes) {
  std::vector<ValueChange> kept;
  for (std::size_t i = 0; i < changes.size(); ++i) {
    const auto later = [&](const ValueChange& other) { return other.path == changes[i].path; };
    if (std::none_of(changes.begin() + static_cast<std::ptrdiff_t>(i) + 1, changes.end(), later))
      kept.push_back(changes[i]);
  }
  return kept;
}

// `lines` moved left or right as one, so that the first line starting with
// '-' starts at `column`, each ending with `line_break`.
std::string moved_to_column(std::string_view lines, std::size_t column, const std::string& line_break) {
  std::size_t dash = 0;
  for (const auto line : util::split_lines(lines)) {
    if (util::trim(line).starts_with('-')) {
      dash = line.find('-');
      break;
    }
  }
  std::string moved;
  for (const auto line : util::split_lines(lines)) {
    if (!util::trim(line).empty())
      moved += std::string(column, ' ') + std::string(line.substr(std::min(dash, line.find_first_not_of(' '))));
    moved += line_break;
  }
  return moved;
}

// The place in `mapping` just after the last of `keys` there; 0 when none is.
std::size_t index_after(const Node& mapping, const std::vector<std::string>& keys) {
  std::size_t index = 0;
  for (std::size_t i = 0; i < mapping.entries.size(); ++i) {
    if (std::find(keys.begin(), keys.end(), mapping.entries[i].key.text) != keys.end()) index = i + 1;
  }
  return index;
}

// The item of a list that `key` numbers from 0 ("2"), or nullptr.
const Node* item_at(const Node& list, const std::string& key) {
  if (key.empty() || key.size() > 9 || key.find_first_not_of("0123456789") != std::string::npos) return nullptr;
  const std::size_t index = std::stoul(key);
  return index < list.items.size() ? &list.items[index] : nullptr;
}

// The mapping at `path` and the entry holding it (nullptr for the root or
// an item of a list); throws why not, naming the place with `name`, when it
// cannot be edited in place (see mapping_not_editable()).
std::pair<const Node*, const Entry*> editable_mapping(const Node& root, const std::vector<std::string>& path,
                                                      const std::string& source, const PlaceName& name) {
  const auto refuse = [&](util::Position position, std::string message) {
    throw util::Diagnostic{util::Severity::error, source, position, std::move(message)};
  };
  const auto name_of_first = [&](std::size_t keys) {
    return name({path.begin(), path.begin() + static_cast<std::ptrdiff_t>(keys)});
  };
  const Node* node = &root;
  const Entry* holder = nullptr;
  util::Position key_position = root.position;
  for (std::size_t depth = 0;; ++depth) {
    if (node->style == Style::flow) {
      refuse(key_position, fmt::format("{} is written on one line ({{...}}); write it as 'key: value' lines to edit "
                                       "it with coprod",
                                       name_of_first(depth)));
    }
    // An item of a list is named by its place, from 0.
    const bool list_on_the_way = node->is_sequence() && depth < path.size() && !path[depth].empty() &&
                                 path[depth].find_first_not_of("0123456789") == std::string::npos;
    if (!node->is_mapping() && !node->is_null() && !list_on_the_way) {
      refuse(node->position, fmt::format("{} is {}, not 'key: value' lines; write it as 'key: value' lines to edit it "
                                         "with coprod",
                                         name_of_first(depth), describe_kind(*node)));
    }
    if (depth == path.size()) return {node, holder};
    if (list_on_the_way) {
      node = item_at(*node, path[depth]);
      if (!node) refuse({0, 0}, fmt::format("{} is not in the file", name_of_first(depth + 1)));
      holder = nullptr;
      key_position = node->position;
      continue;
    }
    holder = node->find_entry(path[depth]);
    if (!holder) {
      refuse({0, 0}, fmt::format("{} is not in the file; add it by hand, or start from a complete file ('coprod "
                                 "init' makes an assessment, 'coprod plan --write' a plan)",
                                 name_of_first(depth + 1)));
    }
    node = &holder->value;
    key_position = holder->key.position;
  }
}

class Editor {
 public:
  Editor(std::string_view text, const Node& root, std::string source = "", PlaceName name = dotted_name)
      : m_text(text), m_expected(root), m_source(std::move(source)), m_name(std::move(name)) {}

  void change(const ValueChange& change) {
    const auto [parent, holder] = editable_parent(change.path);
    if (Entry* entry = parent.find_entry(change.path.back())) {
      change_entry(parent, *entry, change);
    } else if (change.value && !change.value->empty()) {  // clearing what is not there leaves it so
      add_entry(parent, holder, change);
    }
  }

  // Adds `item` at the end of the list at `path` (see append_item()).
  void append(const std::vector<std::string>& path, std::string_view item, const NewListPlace& place) {
    Node& parent = editable_parent(path).first;
    Entry* entry = parent.find_entry(path.back());
    if (!entry) {
      start_list(parent, path, item, place);
      return;
    }
    Node& list = entry->value;
    if (!list.is_sequence() && !list.is_null()) {
      refuse(fmt::format("{} is {}, not a list; write it as lines starting '- ' to add to it with coprod", m_name(path),
                         describe_kind(list)),
             list.position);
    }
    if (list.style == Style::flow && !list.items.empty()) {
      refuse(fmt::format("{} is written in brackets ([...]); write each of its items on lines of its own, starting "
                         "'- ', to add one with coprod",
                         m_name(path)),
             list.position);
    }
    std::size_t at = 0;
    std::size_t column = column_of(entry->key) + 2;
    if (list.items.empty()) {  // 'key:', 'key: ~' or 'key: []' gives way to the new lines below its key
      if (list.end > list.begin) replace(after_colon(*entry), list.end, "");
      // Comments written under the key ("# none agreed yet") stay just under it.
      at = after_comments_deeper_than(next_line(list.end), column_of(entry->key));
      list.kind = NodeKind::sequence;
      list.style = Style::block;
      m_changed.emplace_back(path, ValueChange::Form::text);  // its style and comment may change
    } else {
      const std::size_t dash = dash_of(list.items.back());
      column = dash - line_start(dash);
      at = after_comments_deeper_than(line_after(list.items.back().end), column);
    }
    list.items.push_back(one_item(item));
    const std::string line_break = line_break_near(at == 0 ? 0 : at - 1);
    insert_lines(at, moved_to_column(item, column, line_break), line_break);
  }

  // Takes item `index` out of the list at `path` (see remove_item()).
  void remove(const std::vector<std::string>& path, std::size_t index) {
    Entry* entry = editable_parent(path).first.find_entry(path.back());
    if (!entry) refuse(fmt::format("{} is not in the file", m_name(path)));
    Node& list = entry->value;
    if (!list.is_sequence() || list.style == Style::flow) {
      refuse(fmt::format("{} is {}; write each of its items on lines of its own, starting '- ', to take one out with "
                         "coprod",
                         m_name(path), list.style == Style::flow ? "written in brackets" : describe_kind(list)),
             list.position);
    }
    if (index >= list.items.size()) refuse(fmt::format("{} has no item {}", m_name(path), index + 1), list.position);
    const Node& item = list.items[index];
    const std::size_t dash = dash_of(item);
    const std::size_t start = line_start(dash);
    if (dash == std::string_view::npos || m_text.find_first_not_of(' ', start) != dash)
      refuse(fmt::format("an item of {} does not start a line of its own", m_name(path)), item.position);
    const std::size_t column = dash - start;
    replace(item_lines_start(start, column), after_comments_deeper_than(line_after(item.end), column), "");
    list.items.erase(list.items.begin() + static_cast<std::ptrdiff_t>(index));
    if (list.items.empty()) {  // nothing left under its key: an empty value
      list.kind = NodeKind::null;
      list.style = Style::plain;
      m_changed.emplace_back(path, ValueChange::Form::text);
    }
  }

  // Where an item starting its line at `start` begins: with the comment lines
  // just above it at its '-' (`column`) and the blank line above those, as
  // 'plan --write' sets an action apart. Comment lines with no blank line
  // above them (right under the list's key, or under the item before) are
  // someone's notes on the list, and stay; so does the blank line then.
  std::size_t item_lines_start(std::size_t start, std::size_t column) const {
    const auto line_above = [this](std::size_t offset) {
      const std::size_t above = line_start(offset - 1);
      return std::pair(above, m_text.substr(above, offset - above));
    };
    std::size_t comments = start;
    while (comments > 0) {
      const auto [above, line] = line_above(comments);
      const std::size_t first = line.find_first_not_of(' ');
      if (first != column || line[first] != '#') break;
      comments = above;
    }
    if (comments == 0) return comments;
    const auto [above, line] = line_above(comments);
    if (util::trim(line).empty()) return above;
    return start;
  }

  // A list whose key is not in the mapping `parent` (a plan with no
  // 'actions:' line): the key goes after the entry `place` names (and its
  // own comments, indented past the key), below the heading `place` gives,
  // with `item` below it, two columns in.
  void start_list(Node& parent, const std::vector<std::string>& path, std::string_view item,
                  const NewListPlace& place) {
    if (parent.entries.empty() || parent.style != Style::block)
      refuse(fmt::format("{} is not in the file; add a line '{}:' to add to it", m_name(path), path.back()));
    std::size_t index = index_after(parent, place.after);
    if (index == 0) index = parent.entries.size();  // none of them there, or none named: after the last entry
    const Entry& before = parent.entries[index - 1];
    const std::size_t column = column_of(before.key);
    const std::size_t before_end = before.value.end > before.key.end ? before.value.end : before.key.end;
    const std::size_t at = after_comments_deeper_than(line_after(before_end), column);
    Entry entry;
    entry.key.kind = NodeKind::scalar;
    entry.key.text = path.back();
    entry.value.kind = NodeKind::sequence;
    entry.value.style = Style::block;
    entry.value.items.push_back(one_item(item));
    parent.entries.insert(parent.entries.begin() + static_cast<std::ptrdiff_t>(index), std::move(entry));
    m_changed.emplace_back(path, ValueChange::Form::text);
    const std::string line_break = line_break_near(at == 0 ? 0 : at - 1);
    insert_lines(at,
                 moved_to_column(place.heading, column, line_break) + std::string(column, ' ') + path.back() + ":" +
                     line_break + moved_to_column(item, column + 2, line_break),
                 line_break);
  }

  // `item` parsed: one list item, else refused.
  Node one_item(std::string_view item) const {
    auto parsed = parse_document(item, m_source);
    if (!parsed || !parsed->is_sequence() || parsed->items.size() != 1) refuse("the new item is not one list item");
    return std::move(parsed->items.front());
  }

  // Whole lines inserted at `at`, the start of a line, or the end of a last
  // line with no line break (they then start with one and end without).
  void insert_lines(std::size_t at, std::string lines, const std::string& line_break) {
    if (at == m_text.size() && !m_text.empty() && m_text.back() != '\n')
      lines = line_break + lines.substr(0, lines.size() - line_break.size());
    replace(at, at, std::move(lines));
  }

  std::string edited_text() {
    // By place; at one place, insertions first, the more indented first (a
    // new key under an empty value before one after it), new keys of one
    // mapping in their order there, then a replacement.
    std::stable_sort(m_replacements.begin(), m_replacements.end(), [](const auto& a, const auto& b) {
      return std::tuple(a.begin, a.end != a.begin, ~a.indent, a.rank) <
             std::tuple(b.begin, b.end != b.begin, ~b.indent, b.rank);
    });
    std::string out;
    std::size_t cursor = 0;
    int line = 1;
    int old_line = 1;
    const auto lines_in = [](std::string_view text) {
      return static_cast<int>(std::count(text.begin(), text.end(), '\n'));
    };
    for (const auto& replacement : m_replacements) {
      if (replacement.begin < cursor) refuse("two changes overlap");
      const std::string_view kept = m_text.substr(cursor, replacement.begin - cursor);
      out.append(kept);
      line += lines_in(kept);
      old_line += lines_in(kept);
      const int written = lines_in(replacement.text);
      const int replaced = lines_in(m_text.substr(replacement.begin, replacement.end - replacement.begin));
      m_replaced.push_back({line, line + written, old_line, old_line + replaced});
      line += written;
      old_line += replaced;
      out += replacement.text;
      cursor = replacement.end;
    }
    out.append(m_text.substr(cursor));
    return out;
  }

  const std::vector<ReplacedLines>& replaced_lines() const { return m_replaced; }

  // Whether `actual` holds the values expected after the changes (see same()).
  bool matches(const Node& actual) const {
    std::vector<std::string> path;
    return same(m_expected, actual, path);
  }

 private:
  [[noreturn]] void refuse(std::string message, util::Position position = {}) const {
    throw util::Diagnostic{util::Severity::error, m_source, position, std::move(message)};
  }

  // The mapping holding the last key of `path`, and the entry holding that
  // mapping; refused when it cannot be edited in place (see mapping_not_editable()).
  std::pair<Node&, Entry*> editable_parent(const std::vector<std::string>& path) {
    const auto [mapping, holder] = editable_mapping(m_expected, {path.begin(), path.end() - 1}, m_source, m_name);
    return {const_cast<Node&>(*mapping), const_cast<Entry*>(holder)};  // in m_expected, the editor's own
  }

  void replace(std::size_t begin, std::size_t end, std::string text) {
    m_replacements.push_back({begin, end, std::move(text), 0, {}, 0});
  }

  // The line break ending the line that holds `offset`, or the one before
  // it on a last line without one: new lines take the break of the lines
  // around them, in a file that mixes LF and CRLF too.
  std::string line_break_near(std::size_t offset) const {
    auto newline = m_text.find('\n', offset);
    if (newline == std::string_view::npos && offset > 0) newline = m_text.rfind('\n', offset - 1);
    if (newline == std::string_view::npos) return "\n";
    return newline > 0 && m_text[newline - 1] == '\r' ? "\r\n" : "\n";
  }

  // The start of the first line from `offset` that is not a comment
  // indented past `column` (the last item's own comments stay with it).
  std::size_t after_comments_deeper_than(std::size_t offset, std::size_t column) const {
    while (offset < m_text.size()) {
      const std::size_t first = m_text.find_first_not_of(' ', offset);
      if (first == std::string_view::npos || m_text[first] != '#' || first - offset <= column) break;
      offset = next_line(offset);
    }
    return offset;
  }

  std::size_t line_start(std::size_t offset) const {
    const auto newline = offset == 0 ? std::string_view::npos : m_text.rfind('\n', offset - 1);
    return newline == std::string_view::npos ? 0 : newline + 1;
  }
  std::size_t next_line(std::size_t offset) const {
    const auto newline = m_text.find('\n', offset);
    return newline == std::string_view::npos ? m_text.size() : newline + 1;
  }
  // The start of the line after a node ending at `end` (`end` itself when the node took its line break).
  std::size_t line_after(std::size_t end) const { return end > 0 && m_text[end - 1] == '\n' ? end : next_line(end); }

  // The '-' of a list item ("- - x": the first).
  std::size_t dash_of(const Node& item) const { return m_text.rfind('-', item.begin == 0 ? 0 : item.begin - 1); }

  // Just after the ':' that follows a key.
  std::size_t after_colon(const Entry& entry) const {
    const auto colon = m_text.find(':', entry.key.end);
    return colon == std::string_view::npos || colon > entry.value.begin ? entry.value.begin : colon + 1;
  }

  std::string written(const ValueChange& change, const Node& old, std::size_t key_indent, const std::string& line_break,
                      bool ends_unended_file) const {
    if (change.form == ValueChange::Form::word) return *change.value;
    std::string value = replacement_value(*change.value, old.is_null() ? Style::plain : old.style, key_indent + 2,
                                          line_break, comment_after_change(change, old));
    // A | block keeps its last line break only if there is one: at the end of a file with none, it adds it.
    if (ends_unended_file && value.starts_with('|') && !value.starts_with("|-")) value += line_break;
    return value;
  }

  // The comment to keep on a changed value's line, blanks before it
  // included: as written, less a '# coprod: reviewed' mark when free text
  // changes, since the mark vouched for the old text only.
  std::string comment_after_change(const ValueChange& change, const Node& old) const {
    std::string comment = spaced_comment(old);
    const auto mark = comment.find(model::k_reviewed_marker);
    if (change.form != ValueChange::Form::text || mark == std::string::npos || *change.value == old.text)
      return comment;
    comment.erase(mark);
    while (!comment.empty() && (comment.back() == ' ' || comment.back() == '\t')) comment.pop_back();
    return comment;
  }

  // The comment on a value's first line with the blanks before it, as
  // written: after a block's | and its indicators, or after any other value.
  std::string spaced_comment(const Node& value) const {
    if (value.comment.empty()) return {};
    const std::size_t from =
        is_block(value.style) ? m_text.find_first_not_of("+-123456789", value.begin + 1) : value.end;
    return std::string(m_text.substr(from, m_text.find('#', from) - from)) + value.comment;
  }

  // Replaces `old` with `text`, and the comment on the value's first line
  // with `comment` (see comment_after_change()): a block's comment stands
  // after its | (see replacement_value()), any other value's after the
  // value. A new block takes the blanks after the old value with it, which
  // would otherwise end its last line.
  void replace_value(const Node& old, std::size_t begin, std::string text, const std::string& comment) {
    const bool new_block = util::trim(text).starts_with('|');
    // A block's comment is inside its range, unless the block has no lines.
    const bool comment_after = !is_block(old.style) || m_text.find('\n', old.begin) >= old.end;
    const bool comment_changes = comment != spaced_comment(old);
    std::size_t end = old.end;
    if (!old.comment.empty() && comment_after && (new_block || comment_changes))
      end = m_text.find('#', old.end) + old.comment.size();
    if (!old.comment.empty() && !new_block && (!comment_after || comment_changes)) text += comment;
    if (new_block && old.comment.empty()) {
      const std::size_t blanks = m_text.find_first_not_of(" \t", end);
      if (blanks == std::string_view::npos || m_text[blanks] == '\r' || m_text[blanks] == '\n')
        end = std::min(blanks, m_text.size());
    }
    replace(begin, end, std::move(text));
  }

  // Clears a value from just after its key's ':'; but a value on a later
  // line, below a comment, loses only its own lines (its text alone when
  // a comment follows it). The comparison after the edit catches anything
  // else on those lines.
  void clear(const Entry& entry, const std::string& comment) {
    const Node& value = entry.value;
    const std::size_t from = after_colon(entry);
    const std::string_view rest = m_text.substr(value.end, next_line(value.end) - value.end);
    if (m_text.substr(from, value.begin - from).find('#') == std::string_view::npos) {
      replace_value(value, from, "", comment);
    } else if (value.comment.empty() && util::trim(rest).empty()) {
      replace(line_start(value.begin), next_line(value.end), "");
    } else {
      replace_value(value, value.begin, "", comment);
    }
  }

  void change_entry(Node& parent, Entry& entry, const ValueChange& change) {
    Node& value = entry.value;
    const std::string& key = change.path.back();
    if (change.value && change.form == ValueChange::Form::flow) {
      replace_flow(entry, change);
      return;
    }
    if (change.value && (value.is_mapping() || value.is_sequence())) {
      const std::string owner =
          change.path.size() > 1 ? " of " + m_name({change.path.begin(), change.path.end() - 1}) : "";
      refuse(fmt::format("'{}'{} is {}, not one value; write it as one value, such as '{}: ...', to set it with coprod",
                         key, owner, describe_kind(value), key),
             value.position);
    }
    if (!change.value) {
      if (parent.style != Style::block || line_start(entry.key.begin) + column_of(entry.key) != entry.key.begin) {
        refuse(fmt::format("{} does not start a line of its own", dotted_name(change.path)), entry.key.position);
      }
      replace(line_start(entry.key.begin), next_line(value.end), "");
      const auto index = static_cast<std::size_t>(&entry - parent.entries.data());
      parent.entries.erase(parent.entries.begin() + static_cast<std::ptrdiff_t>(index));
      shift_new_lines({change.path.begin(), change.path.end() - 1}, index, -1);
      return;
    }
    if (change.value->empty()) {
      if (value.is_null() && value.begin == value.end) return;
      clear(entry, comment_after_change(change, value));
    } else {  // an empty value's range is just after the ':'
      const std::string space = value.begin == value.end ? " " : "";
      replace_value(value, value.begin,
                    space + written(change, value, column_of(entry.key), line_break_near(value.begin),
                                    m_text.find('\n', value.end) == std::string_view::npos),
                    comment_after_change(change, value));
    }
    set(value, change);
  }

  // A mapping or list written on one line replaced by another written so
  // (ValueChange::Form::flow): what it holds is what the new text reads as.
  void replace_flow(Entry& entry, const ValueChange& change) {
    Node& value = entry.value;
    auto parsed = parse_document(*change.value, m_source);
    const auto one_line = [](const Node& node) {
      return (node.is_mapping() || node.is_sequence()) && node.style == Style::flow;
    };
    if (!one_line(value) || !parsed || !one_line(*parsed) || change.value->find('\n') != std::string::npos)
      refuse(fmt::format("{} is not written on one line in {{ }} or [ ]; edit it in a text editor",
                         dotted_name(change.path)),
             value.position);
    replace(value.begin, value.end, *change.value);  // a comment after it stays as it is
    value = std::move(*parsed);
    m_changed.emplace_back(change.path, change.form);
  }

  void add_entry(Node& parent, Entry* holder, const ValueChange& change) {
    if (parent.is_null()) {
      if (!holder) refuse(fmt::format("the file has no place for {}", dotted_name(change.path)));
      // A null word (~ or null) gives way to the new lines below its key.
      if (parent.end > parent.begin) replace(after_colon(*holder), parent.end, "");
      parent.kind = NodeKind::mapping;
      parent.style = Style::block;
      parent.comment.clear();
      parent.begin = parent.end = next_line(parent.end);
      parent.position.column = holder->key.position.column + 2;
    }
    const std::size_t index = index_after(parent, change.after);
    const std::size_t at = insertion_point(parent, index);
    const std::size_t indent = parent.entries.empty() ? column_of(parent) : column_of(parent.entries.front().key);
    const std::string line_break = line_break_near(at == 0 ? 0 : at - 1);
    // After a last line with no line break, each new line starts with one instead.
    const bool unended = at == m_text.size() && !m_text.empty() && m_text.back() != '\n';
    std::string line =
        std::string(indent, ' ') + change.path.back() + ": " + written(change, Node{}, indent, line_break, unended);
    if (unended) line = line_break + line;
    else line += line_break;
    const std::vector<std::string> parent_path(change.path.begin(), change.path.end() - 1);
    shift_new_lines(parent_path, index, +1);
    m_replacements.push_back({at, at, line, indent, parent_path, index});
    Entry entry;
    entry.key.kind = NodeKind::scalar;
    entry.key.text = change.path.back();
    entry.key.position.column = static_cast<int>(indent) + 1;
    set(entry.value, change);
    parent.entries.insert(parent.entries.begin() + static_cast<std::ptrdiff_t>(index), std::move(entry));
  }

  // An entry was added (+1) or removed (-1) at `index` of the mapping at
  // `parent`: the new lines there at or after it move by one place.
  void shift_new_lines(const std::vector<std::string>& parent, std::size_t index, int by) {
    for (auto& other : m_replacements) {
      if (other.parent != parent) continue;
      if (by > 0 && other.rank >= index) ++other.rank;
      if (by < 0 && other.rank > index) --other.rank;
    }
  }

  // Where a new entry at `index` goes in the text: after the last entry
  // before it that is in the file, else before the first that is.
  std::size_t insertion_point(const Node& parent, std::size_t index) const {
    const auto in_file = [](const Entry& entry) { return entry.key.end > entry.key.begin; };
    for (std::size_t i = index; i-- > 0;) {
      if (in_file(parent.entries[i])) return next_line(parent.entries[i].value.end);
    }
    for (const auto& entry : parent.entries) {
      if (in_file(entry)) return line_start(entry.key.begin);
    }
    return parent.end;
  }

  void set(Node& value, const ValueChange& change) {
    value.kind = change.value->empty() ? NodeKind::null : NodeKind::scalar;
    value.text = *change.value;
    value.style = Style::plain;
    m_changed.emplace_back(change.path, change.form);
  }

  // The same values as expected, less positions; changed values may be
  // written in any style (free text) or must be unquoted (words).
  bool same(const Node& expected, const Node& actual, std::vector<std::string>& path) const {
    const auto changed =
        std::find_if(m_changed.begin(), m_changed.end(), [&](const auto& c) { return c.first == path; });
    if (expected.kind != actual.kind || expected.text != actual.text) return false;
    if (changed == m_changed.end() && (expected.style != actual.style || expected.comment != actual.comment))
      return false;
    if (changed != m_changed.end() && changed->second == ValueChange::Form::word && actual.quoted()) return false;
    if (expected.items.size() != actual.items.size() || expected.entries.size() != actual.entries.size()) return false;
    for (std::size_t i = 0; i < expected.items.size(); ++i) {
      path.push_back(std::to_string(i));
      if (!same(expected.items[i], actual.items[i], path)) return false;
      path.pop_back();
    }
    for (std::size_t i = 0; i < expected.entries.size(); ++i) {
      path.push_back(expected.entries[i].key.text);
      if (expected.entries[i].key.text != actual.entries[i].key.text ||
          !same(expected.entries[i].value, actual.entries[i].value, path)) {
        return false;
      }
      path.pop_back();
    }
    return true;
  }

  std::string_view m_text;
  Node m_expected;
  std::string m_source;
  PlaceName m_name;
  std::vector<Replacement> m_replacements;
  std::vector<ReplacedLines> m_replaced;
  std::vector<std::pair<std::vector<std::string>, ValueChange::Form>> m_changed;
};

// The text `edit` makes with `editor`, parsed again and compared with the tree expected.
util::Result<EditedText> edited(Editor& editor, const std::string& source, const std::function<void()>& edit) {
  std::string edited;
  try {
    edit();
    edited = editor.edited_text();
  } catch (const util::Diagnostic& refusal) {
    return refusal;
  }
  auto reparsed = parse_document(edited, source);
  if (!reparsed || !editor.matches(*reparsed)) {
    return util::Diagnostic{util::Severity::error,
                            source,
                            {},
                            "coprod could not make this change without changing other parts of the file; edit it "
                            "in a text editor"};
  }
  return EditedText{std::move(edited), std::move(*reparsed), editor.replaced_lines()};
}

}  // namespace

std::string dotted_name(const std::vector<std::string>& path) {
  return path.empty() ? "the file" : "'" + util::join(path, ".") + "'";
}

std::optional<util::Diagnostic> mapping_not_editable(const Node& root, const std::vector<std::string>& path,
                                                     const std::string& source, const PlaceName& name) {
  try {
    editable_mapping(root, path, source, name);
  } catch (const util::Diagnostic& why) {
    return why;
  }
  return std::nullopt;
}

util::Result<EditedText> change_values(std::string_view text, const Node& root, const std::string& source,
                                       const std::vector<ValueChange>& changes, const PlaceName& name) {
  Editor editor(text, root, source, name);
  return edited(editor, source, [&] {
    for (const auto& change : last_of_each(changes)) editor.change(change);
  });
}

util::Result<EditedText> append_item(std::string_view text, const Node& root, const std::string& source,
                                     const std::vector<std::string>& path, std::string_view item, const PlaceName& name,
                                     const NewListPlace& place) {
  Editor editor(text, root, source, name);
  return edited(editor, source, [&] { editor.append(path, item, place); });
}

util::Result<EditedText> remove_item(std::string_view text, const Node& root, const std::string& source,
                                     const std::vector<std::string>& path, std::size_t index, const PlaceName& name) {
  Editor editor(text, root, source, name);
  return edited(editor, source, [&] { editor.remove(path, index); });
}

bool same_values(const Node& a, const Node& b) { return Editor({}, a).matches(b); }

int line_before_edits(const EditedText& edited, int line) {
  if (line == 0) return 0;
  int shift = 0;
  for (const auto& replaced : edited.replaced) {
    if (line < replaced.first) break;
    if (line < replaced.last) return replaced.old_first;
    shift = replaced.last - replaced.old_last;
  }
  return line - shift;
}

}  // namespace coprod::yaml
