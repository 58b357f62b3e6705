#include "yaml/document.hpp"

#include <algorithm>
#include <cctype>
#include <optional>
#include <sstream>
#include <unordered_map>
#include <utility>

#include <fmt/format.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include "util/text.hpp"
#include "yaml/extents.hpp"
#include "yaml/mail_damage.hpp"
#include "yaml/misplaced_field.hpp"

namespace coprod::yaml {

namespace {

util::Position to_position(const YAML::Mark& mark) { return {mark.line + 1, mark.column + 1}; }

util::Diagnostic error_at(const std::string& source, util::Position position, std::string message) {
  return {util::Severity::error, source, position, std::move(message)};
}

// Line `number` (from 1) of `lines`, if there is one.
std::optional<std::string_view> line_at(const std::vector<std::string_view>& lines, int number) {
  if (number < 1 || number > static_cast<int>(lines.size())) return std::nullopt;
  return lines[static_cast<std::size_t>(number - 1)];
}

// Thrown from inside the event handler to stop yaml-cpp at the first problem.
struct StopParsing {
  util::Diagnostic diagnostic;
};

// yaml-cpp 0.7.0 writes the escapes \N and \_ as the bytes 0x85 and 0xA0
// rather than in UTF-8 (U+0085, U+00A0). The text was checked to be UTF-8,
// so any byte of a value that is not is one of those.
std::string as_utf8(std::string_view value) {
  std::string out;
  while (const auto bad = util::find_invalid_utf8(value)) {
    out.append(value.substr(0, *bad)).append("\xC2").push_back(value[*bad]);
    value.remove_prefix(*bad + 1);
  }
  return out.append(value);
}

class TreeBuilder final : public YAML::EventHandler {
 public:
  TreeBuilder(std::string_view text, const std::string& source) : m_text(text), m_source(source) {}

  void OnDocumentStart(const YAML::Mark& mark) override { m_start = to_position(mark); }
  void OnDocumentEnd() override {}

  std::optional<Node> take_root() { return std::move(m_root); }
  util::Position start() const { return m_start; }  // of the document: its '---', if it has one

  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    reject_anchor(mark, anchor);
    Node node;
    place(node, mark);
    add(std::move(node));
  }

  void OnAlias(const YAML::Mark& mark, YAML::anchor_t) override {
    fail(mark, "aliases (*name) are not allowed in coprod files; write the value out in full");
  }

  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                const std::string& value) override {
    reject_anchor(mark, anchor);
    reject_tag(mark, tag);
    // yaml-cpp gives quoted and block scalars the tag "!", and a written "!" too.
    const auto first = mark.pos >= 0 && static_cast<std::size_t>(mark.pos) < m_text.size()
                           ? m_text[static_cast<std::size_t>(mark.pos)]
                           : ' ';
    if (tag == "!" && first != '"' && first != '\'' && first != '|' && first != '>') reject_tag(mark, "! ");
    if (first == '|' || first == '>') reject_glued_comment(mark);
    Node node;
    node.kind = NodeKind::scalar;
    place(node, mark);
    node.text = as_utf8(value);
    add(std::move(node));
  }

  void OnSequenceStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value) override {
    open(mark, tag, anchor, NodeKind::sequence);
  }
  void OnSequenceEnd() override { close(); }

  void OnMapStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value) override {
    open(mark, tag, anchor, NodeKind::mapping);
  }
  void OnMapEnd() override { close(); }

 private:
  struct Frame {
    Node node;
    std::optional<Node> pending_key;
    std::unordered_map<std::string, util::Position> keys;
  };

  static void place(Node& node, const YAML::Mark& mark) {
    node.position = to_position(mark);
    node.begin = static_cast<std::size_t>(std::max(0, mark.pos));
  }

  [[noreturn]] void fail(const YAML::Mark& mark, std::string message) const {
    fail_at(to_position(mark), std::move(message));
  }
  [[noreturn]] void fail_at(util::Position position, std::string message) const {
    throw StopParsing{error_at(m_source, position, std::move(message))};
  }

  void reject_anchor(const YAML::Mark& mark, YAML::anchor_t anchor) const {
    if (anchor != YAML::NullAnchor) {
      fail(mark, "anchors (&name) are not allowed in coprod files; write the value out in full");
    }
  }

  void reject_tag(const YAML::Mark& mark, const std::string& tag) const {
    if (!tag.empty() && tag != "?" && tag != "!") {
      fail(mark,
           fmt::format("YAML tags such as '{}' are not allowed in coprod files; remove the tag", util::trim(tag)));
    }
  }

  // yaml-cpp 0.7.0 reads "|#..." as a comment; YAML needs a space before the '#'.
  void reject_glued_comment(const YAML::Mark& mark) const {
    const std::size_t i = m_text.find_first_not_of("+-123456789", static_cast<std::size_t>(mark.pos) + 1);
    if (i != std::string_view::npos && m_text[i] == '#') {
      fail_at({mark.line + 1, mark.column + 1 + static_cast<int>(i - static_cast<std::size_t>(mark.pos))},
              "a comment after '|' or '>' needs a space before its '#'");
    }
  }

  void open(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor, NodeKind kind) {
    reject_anchor(mark, anchor);
    reject_tag(mark, tag);
    if (m_stack.size() >= k_max_depth) {
      fail(mark, fmt::format("the file is nested more than {} levels deep; coprod files are much "
                             "flatter than this, so check the indentation",
                             k_max_depth));
    }
    Frame frame;
    frame.node.kind = kind;
    place(frame.node, mark);
    m_stack.push_back(std::move(frame));
  }

  void close() {
    Frame frame = std::move(m_stack.back());
    m_stack.pop_back();
    add(std::move(frame.node));
  }

  void add(Node node) {
    if (m_stack.empty()) {
      m_root = std::move(node);
      return;
    }
    Frame& top = m_stack.back();
    if (top.node.kind == NodeKind::sequence) {
      top.node.items.push_back(std::move(node));
    } else if (!top.pending_key) {
      check_key(top, node);
      top.pending_key = std::move(node);
    } else {
      // An empty value is placed at its key: yaml-cpp would place it at the
      // next token, often on a later line.
      if (node.is_null()) node.position = top.pending_key->position;
      top.node.entries.push_back({std::move(*top.pending_key), std::move(node)});
      top.pending_key.reset();
    }
  }

  void check_key(Frame& frame, const Node& key) const {
    if (key.kind == NodeKind::null) fail_at(key.position, "a key is missing before ':'");
    if (key.kind != NodeKind::scalar) {
      fail_at(key.position, "a key must be plain text, not a list or mapping");
    }
    if (const auto [first, added] = frame.keys.emplace(key.text, key.position); !added) {
      fail_at(key.position, fmt::format("the key '{}' appears twice in the same mapping (first on line {}); keep one "
                                        "of them",
                                        key.text, first->second.line));
    }
  }

  std::string_view m_text;
  const std::string& m_source;
  std::vector<Frame> m_stack;
  std::optional<Node> m_root;
  util::Position m_start{};
};

util::Position position_of_offset(std::string_view text, std::size_t offset) {
  util::Position position{1, 1};
  for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++position.line;
      position.column = 1;
    } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      ++position.column;
    }
  }
  return position;
}

std::optional<util::Diagnostic> check_plain_text(std::string_view text, const std::string& source) {
  if (const auto nul = text.find('\0'); nul != std::string_view::npos) {
    return error_at(source, position_of_offset(text, nul),
                    "the file contains a NUL byte, so it is not a text file; check that this is the YAML file you "
                    "meant");
  }
  // yaml-cpp reads a carriage return without a line feed now as text, now as a line break.
  for (auto cr = text.find('\r'); cr != std::string_view::npos; cr = text.find('\r', cr + 1)) {
    if (cr + 1 == text.size() || text[cr + 1] != '\n') {
      return error_at(source, position_of_offset(text, cr),
                      "a line ends with a carriage return alone (old Mac line endings); save the file with Unix "
                      "(LF) or Windows (CRLF) line endings");
    }
  }
  if (const auto bad = util::find_invalid_utf8(text)) {
    return error_at(source, position_of_offset(text, *bad),
                    "the file is not valid UTF-8 text; save it as UTF-8 in your editor");
  }
  return std::nullopt;
}

// True when the text holds something other than blank lines, comments and
// document markers: yaml-cpp sometimes returns an empty document for input it
// cannot read (a lone ',' for example) instead of reporting an error.
bool has_content(std::string_view text) {
  for (const auto line : util::split_lines(text)) {
    const auto trimmed = util::trim(line);
    if (trimmed.empty() || trimmed.front() == '#' || trimmed == "---" || trimmed == "...") continue;
    return true;
  }
  return false;
}

// Plain-English messages for the syntax errors yaml-cpp reports, by the start of its message.
constexpr std::pair<std::string_view, std::string_view> k_translations[] = {
    {"illegal map value",
     "a ':' appears where YAML does not expect one; check the indentation, and put text that contains ': ' in quotes"},
    {"end of map not found", "a mapping is not closed; check the indentation of the lines around here"},
    {"end of sequence not found", "a list is not closed; check the indentation of the '-' lines around here"},
    {"end of sequence flow not found", "a list that opens with '[' has no closing ']'"},
    {"end of map flow not found", "a mapping that opens with '{' has no closing '}'"},
    {"unknown escape character",
     "unknown escape sequence in double-quoted text; write \\\\ for a backslash, or use single quotes"},
    {"illegal EOF in scalar", "quoted text is not closed before the end of the file; add the closing quote"},
    {"illegal document indicator in scalar",
     "a line starting with '---' or '...' is inside quoted text; close the quote first"},
    {"illegal block entry", "a '- ' list item appears where YAML does not expect one; check the indentation"},
    {"illegal map key", "a key appears where YAML does not expect one; check the indentation"},
    {"illegal flow end", "a closing ']' or '}' has no matching opening bracket"},
    {"unexpected character in block scalar", "unexpected character after '|' or '>'; start the text on the next line"},
    {"the referenced anchor is not defined",
     "aliases (*name) are not allowed in coprod files; write the value out in full"},
    {"bad file", "the file is nested too deeply to be a coprod file"},
    {"unknown token", "YAML cannot read this character here; put the text in quotes"},
};

std::string explain(const std::string& parser_message) {
  for (const auto& [prefix, explanation] : k_translations) {
    if (parser_message.starts_with(prefix)) return std::string(explanation);
  }
  return fmt::format("this is not valid YAML ({}); check the indentation and quoting here", parser_message);
}

// A tab in indentation near the error is the usual cause, whatever yaml-cpp
// says; point at the tab itself.
std::optional<util::Position> find_tab_indentation(std::string_view text, int error_line) {
  const auto lines = util::split_lines(text);
  for (int line = std::max(1, error_line - 1); line <= std::max(error_line, 1); ++line) {
    const auto content = line_at(lines, line).value_or("");
    const auto indent = content.find_first_not_of(' ');
    if (indent != std::string_view::npos && content[indent] == '\t')
      return util::Position{line, static_cast<int>(indent) + 1};
  }
  return std::nullopt;
}

struct IndentedLine {
  int number = 0;
  std::size_t indent = 0;
  std::string_view content;  // after the indentation, without the line break
};

// The nearest line before `line` with something other than a comment on it.
std::optional<IndentedLine> content_line_before(const std::vector<std::string_view>& lines, int line) {
  for (int number = line - 1; number >= 1; --number) {
    const auto text = lines[static_cast<std::size_t>(number - 1)];
    const auto indent = text.find_first_not_of(' ');
    if (indent == std::string_view::npos || text[indent] == '#' || util::trim(text).empty()) continue;
    return IndentedLine{number, indent, util::trim(text.substr(indent))};
  }
  return std::nullopt;
}

// The two slips people make most when typing by hand, which yaml-cpp
// reports on the line after them: a key with no ':' ("score 2.5"), and a
// line indented a space more or less than the lines it belongs with.
std::optional<std::string> typing_slip(const std::vector<std::string_view>& lines, util::Position& position,
                                       const std::string& parser_message) {
  const auto here = line_at(lines, position.line);
  const auto indent = here ? here->find_first_not_of(' ') : std::string_view::npos;
  const auto above = indent == std::string_view::npos ? std::nullopt : content_line_before(lines, position.line);
  if (!above) return std::nullopt;
  const bool unexpected_key =
      parser_message.starts_with("illegal map value") || parser_message.starts_with("end of map not found");
  // A line ending with a quote may end quoted text begun on a line before it.
  const bool ends_quote = above->content.ends_with('\'') || above->content.ends_with('"');
  if (unexpected_key && above->indent == indent && above->content.find(':') == std::string_view::npos && !ends_quote &&
      std::isalpha(static_cast<unsigned char>(above->content.front()))) {
    position = {above->number, static_cast<int>(above->indent) + 1};
    const auto space = above->content.find(' ');
    const auto rest = space == std::string_view::npos ? std::string_view() : util::trim(above->content.substr(space));
    // After 'evidence: some text' the line may be meant to go on with that text.
    const auto before = content_line_before(lines, above->number);
    const bool may_go_on = before && before->indent == indent && before->content.find(": ") != std::string_view::npos;
    if (!may_go_on && rest.find(' ') == std::string_view::npos) {  // "score 2.5": a name and one value
      return fmt::format("'{}' has no ':' after its name; write it as '{}:{}{}'", above->content,
                         above->content.substr(0, space), rest.empty() ? "" : " ", rest);
    }
    return fmt::format(
        "this line has no ':' ('{}'); if it goes on with the text of the line above, indent it "
        "further than that line; if it starts a new entry, write it as 'name: value'",
        util::truncate_to_width(above->content, 40));
  }
  if (parser_message.starts_with("end of map not found") && above->indent > indent) {
    auto parent = content_line_before(lines, above->number);
    while (parent && parent->indent > indent) parent = content_line_before(lines, parent->number);
    if (parent && parent->indent == indent) return std::nullopt;
    return fmt::format(
        "this line is indented {}, but line {} above it is indented {}; lines that belong together "
        "must start at the same column: check the spaces at the start of lines {} and {}",
        util::counted(indent, "space", "spaces"), above->number, util::counted(above->indent, "space", "spaces"),
        above->number, position.line);
  }
  return std::nullopt;
}

// The key a line starts with ("score" for "score: 4", "strategy" for
// "strategy:") and whether a value follows it (a comment is none).
std::optional<std::pair<std::string_view, bool>> line_key(std::string_view content) {
  const auto colon = content.find(':');
  if (colon == 0 || colon == std::string_view::npos ||
      content.substr(0, colon).find_first_of(" \"'#") != std::string_view::npos)
    return std::nullopt;
  const auto rest = content.substr(colon + 1);
  if (!rest.empty() && rest.front() != ' ') return std::nullopt;
  const auto value = util::trim(rest);
  return std::pair(content.substr(0, colon), !value.empty() && value.front() != '#');
}

// A row's field with a value at the column of the row's name ("strategy:",
// then "score: 4" under its 's'): YAML reads it as a row and the field below
// it, indented as fields are, as more of its value (or, after quotes or a
// comment, as out of place). The same for a section's field. Said only when
// the line above is the row's name alone, under 'rows:' (a section's, under
// 'sections:'), and the line below is a field of the same kind.
std::optional<util::Diagnostic> field_at_owner_level(const std::vector<std::string_view>& lines,
                                                     const std::string& source, util::Position error,
                                                     const std::string& parser_message) {
  const auto here = line_at(lines, error.line);
  const bool goes_on = parser_message.starts_with("illegal map value");
  if (!here || !(goes_on || parser_message.starts_with("end of map not found"))) return std::nullopt;
  const auto field = content_line_before(lines, error.line);
  const auto owner = field ? content_line_before(lines, field->number) : std::nullopt;
  const auto indent = here->find_first_not_of(' ');
  if (!owner || owner->indent != field->indent || indent <= field->indent) return std::nullopt;
  auto parent = content_line_before(lines, owner->number);
  while (parent && parent->indent >= field->indent) parent = content_line_before(lines, parent->number);
  const auto key = line_key(field->content);
  const auto name = line_key(owner->content);
  const auto next = line_key(util::trim(*here));
  const auto list = parent ? line_key(parent->content) : std::nullopt;
  const auto level = key && key->second ? field_level(key->first) : std::nullopt;
  const std::string_view owners = level == AssessmentLevel::row ? "rows" : "sections";
  if (!level || !name || name->second || !next || field_level(next->first) != level || !list || list->second ||
      list->first != owners)
    return std::nullopt;
  const KeyPlace place{level == AssessmentLevel::row ? AssessmentLevel::rows : AssessmentLevel::sections,
                       std::string(name->first), ""};
  return error_at(
      source, {field->number, static_cast<int>(field->indent) + 1},
      fmt::format("'{}' is indented as far as the names of the {}, so YAML reads it as a {} and line "
                  "{} as {}; {}: {} more, as far as '{}:' on line {}",
                  key->first, owners, owners.substr(0, owners.size() - 1), error.line,
                  goes_on ? "more of its value" : "out of place", *misplaced_field_advice(key->first, place),
                  util::counted(indent - field->indent, "space", "spaces"), next->first, error.line));
}

// Where the value that starts with `indicator` ends on its line: after its
// closing quote or bracket, or at the first space; npos if not on this line.
std::size_t end_of_indicated_value(std::string_view value) {
  const char indicator = value.front();
  if (indicator == '*' || indicator == '&' || indicator == '!') return value.find(' ');
  if (indicator == '"' || indicator == '\'') {
    for (std::size_t i = 1; i < value.size(); ++i) {
      if (indicator == '"' && value[i] == '\\') ++i;
      else if (value[i] == indicator && indicator == '\'' && i + 1 < value.size() && value[i + 1] == '\'') ++i;
      else if (value[i] == indicator) return i + 1;
    }
    return std::string_view::npos;
  }
  int depth = 0;
  for (std::size_t i = 0; i < value.size(); ++i) {
    if (value[i] == '{' || value[i] == '[') ++depth;
    if ((value[i] == '}' || value[i] == ']') && --depth == 0) return i + 1;
  }
  return std::string_view::npos;
}

// What YAML reads a leading character of a value as, where it gives it a meaning.
constexpr std::pair<char, std::string_view> k_indicator_meanings[] = {
    {'"', "the start of quoted text, which ends at the next '\"'"},
    {'\'', "the start of quoted text, which ends at the next \"'\""},
    {'{', "the start of a mapping written on one line, which ends at the next '}'"},
    {'[', "the start of a list written on one line, which ends at the next ']'"},
    {'*', "a reference to another value"},
    {'&', "a name given to the value so that other values can refer to it"},
    {'!', "a tag saying what type the value is"}};

const std::pair<char, std::string_view>* indicator_meaning(char c) {
  const auto* meaning = std::find_if(std::begin(k_indicator_meanings), std::end(k_indicator_meanings),
                                     [&](auto m) { return m.first == c; });
  return meaning == std::end(k_indicator_meanings) ? nullptr : meaning;
}

// Where the value on `line` starts: after any '- ', and after 'key: ' unless
// an indicator comes first; npos when there is none.
std::size_t value_start(std::string_view line) {
  auto start = line.find_first_not_of(' ');
  while (start != std::string_view::npos && line.substr(start).starts_with("- ")) {
    start = line.find_first_not_of(' ', start + 2);
  }
  if (start == std::string_view::npos || indicator_meaning(line[start])) return start;
  const auto colon = line.find(": ", start);
  return colon == std::string_view::npos ? colon : line.find_first_not_of(' ', colon + 2);
}

// Whether words follow the part of `value` that YAML read: not nothing, a
// comment or a key, nor the value an anchor or tag stands before ("&a [x, y]", "!!str 1").
bool words_follow(std::string_view value) {
  const auto end = end_of_indicated_value(value);
  const auto rest = end == std::string_view::npos ? std::string_view() : util::trim(value.substr(end));
  if (rest.empty() || rest.front() == '#' || rest.front() == ':' || rest.find(": ") != std::string_view::npos ||
      rest.ends_with(':'))
    return false;
  if (value.front() != '&' && value.front() != '!') return true;
  const bool has_letters =
      std::any_of(rest.begin(), rest.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; });
  return !value.starts_with("!!") && has_letters &&
         std::string_view("[{\"'*&!|>").find(rest.front()) == std::string_view::npos;
}

// Hand-typed text that starts with a character YAML gives a meaning to, with
// more words after the part YAML read ("Agreed" by the board, *all* agreed).
std::optional<util::Diagnostic> leading_indicator_slip(std::string_view text, const std::string& source,
                                                       util::Position error) {
  const auto line = line_at(util::split_lines(text), error.line);
  const auto start = line ? value_start(*line) : std::string_view::npos;
  const auto* meaning = start == std::string_view::npos ? nullptr : indicator_meaning((*line)[start]);
  if (!meaning || !words_follow(line->substr(start))) return std::nullopt;
  const util::Position position{error.line, position_of_offset(*line, start).column};
  if (position.column > error.column) return std::nullopt;
  return error_at(source, position,
                  fmt::format("text that starts with {0} must be in quotes: YAML reads a leading {0} as {1}; put the "
                              "whole text in {2} quotes, or start it on the next line after '|-'",
                              meaning->first == '\'' ? "\"'\"" : fmt::format("'{}'", meaning->first), meaning->second,
                              meaning->first == '"' ? "single" : "double"));
}

// A web page given where a coprod file belongs (a saved scoring form, say).
std::optional<util::Diagnostic> web_page(std::string_view text, const std::string& source) {
  const auto start = text.find_first_not_of(" \t\r\n");
  if (start == std::string_view::npos) return std::nullopt;
  const auto rest = text.substr(start);
  if (!util::starts_with_ignoring_case(rest, "<!doctype html") && !util::starts_with_ignoring_case(rest, "<html"))
    return std::nullopt;
  return error_at(source, position_of_offset(text, start),
                  "this is a web page (HTML), not a coprod file; if it is a coprod scoring form, open it in a web "
                  "browser, fill it in, press Save, and use the .coprod.yaml file it saves");
}

util::Diagnostic syntax_error_diagnostic(std::string_view text, const std::string& source, util::Position position,
                                         const std::string& parser_message) {
  if (const auto tab = find_tab_indentation(text, position.line)) {
    return error_at(source, *tab,
                    "a tab character is used for indentation; YAML indents with spaces only, so replace the tab with "
                    "spaces");
  }
  if (auto damage = find_mail_damage(text, position.line)) {
    return error_at(source, damage->position, std::move(damage->message));
  }
  if (auto slip = leading_indicator_slip(text, source, position)) return *slip;
  if (auto field = field_at_owner_level(util::split_lines(text), source, position, parser_message)) return *field;
  if (auto slip = typing_slip(util::split_lines(text), position, parser_message))
    return error_at(source, position, std::move(*slip));
  return error_at(source, position, explain(parser_message));
}

}  // namespace

const Entry* Node::find_entry(std::string_view key) const {
  for (const auto& entry : entries) {
    if (entry.key.text == key) return &entry;
  }
  return nullptr;
}

const Node* Node::find(std::string_view key) const {
  const Entry* entry = find_entry(key);
  return entry ? &entry->value : nullptr;
}

const Node* Node::find_path(const std::vector<std::string>& keys) const {
  const Node* node = this;
  for (auto key = keys.begin(); node && key != keys.end(); ++key) node = node->find(*key);
  return node;
}

std::string describe_kind(const Node& node) {
  switch (node.kind) {
    case NodeKind::null: return "empty";
    case NodeKind::scalar: return fmt::format("'{}'", util::truncate_to_width(node.text, 40));
    case NodeKind::sequence: return "a list";
    case NodeKind::mapping: return "a mapping (key: value pairs)";
  }
  return "unknown";
}

util::Result<Node> parse_document(std::string_view raw_text, const std::string& source) {
  std::size_t mark = 0;  // yaml-cpp skips a second byte-order mark too, so positions would be off by its size
  while (raw_text.substr(mark, k_byte_order_mark.size()) == k_byte_order_mark) mark += k_byte_order_mark.size();
  const std::string_view text = raw_text.substr(mark);
  if (auto problem = check_plain_text(text, source)) return *problem;
  auto fast = parse_fast(text);
  util::Result<Node> result = fast ? util::Result<Node>(std::move(*fast)) : parse_with_yaml_cpp(text, source);
  if (const auto damage = result ? find_no_break_space_key(*result) : std::nullopt) {
    return error_at(source, damage->position, damage->message);
  }
  if (result && mark > 0) {
    for_each_node(*result, [&](Node& node) {  // for the byte-order mark the readers did not see
      node.begin += mark;
      node.end += mark;
    });
  }
  return result;
}

util::Result<Node> parse_with_yaml_cpp(std::string_view text, const std::string& source) {
  std::istringstream stream{std::string(text)};
  TreeBuilder builder(text, source);
  try {
    YAML::Parser parser(stream);
    if (!parser.HandleNextDocument(builder)) return Node{};
    std::optional<Node> root = builder.take_root();
    if (auto page = !root || !root->is_mapping() ? web_page(text, source) : std::nullopt) return *page;
    if (!root || root->is_null()) {
      if (has_content(text)) {
        return error_at(source, {1, 1},
                        "this is not YAML that coprod can read (no key: value content was found); check the start "
                        "of the file");
      }
      return Node{};
    }
    TreeBuilder second(text, source);  // whatever it holds, even what the first may not
    bool more = true;
    try {
      more = parser.HandleNextDocument(second);
    } catch (const StopParsing&) {}
    if (more) {
      // A comment's rule of dashes wrapped onto a line of its own by an e-mail program reads as a '---'.
      if (auto damage = find_mail_damage(text, second.start().line)) {
        return error_at(source, damage->position, std::move(damage->message));
      }
      return error_at(source, second.start(),
                      "the file holds more than one YAML document (a line '---' starts a new one); keep one "
                      "assessment per file");
    }
    // yaml-cpp 0.7.0 silently ends an unclosed quoted scalar at the end of the file.
    if (const Node* open = complete_extents(text, *root)) {
      return error_at(source, open->position,
                      fmt::format("the quoted text starting here has no closing {}; add it where the text ends",
                                  open->style == Style::double_quoted ? "\"" : "'"));
    }
    return std::move(*root);
  } catch (const StopParsing& stop) {
    if (auto page = web_page(text, source)) return *page;
    if (auto slip = leading_indicator_slip(text, source, stop.diagnostic.position)) return *slip;
    return stop.diagnostic;
  } catch (const YAML::Exception& error) {
    if (auto page = web_page(text, source)) return *page;
    return syntax_error_diagnostic(text, source, to_position(error.mark), error.msg);
  } catch (const std::exception& error) {
    return error_at(source, {0, 0}, fmt::format("could not read the file as YAML ({})", error.what()));
  }
}

}  // namespace coprod::yaml
