#include "cli/source_texts.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <mutex>
#include <optional>
#include <vector>

#include "util/text.hpp"

namespace coprod::cli {

namespace {

struct SourceText {
  std::string text;
  std::vector<std::size_t> line_starts;  // the offset of each line's first byte
};

struct SourceTexts {
  std::mutex mutex;
  std::map<std::string, SourceText, std::less<>> texts;
  // The file on disk last read again, and its text when that needs one.
  std::string last_read;
  std::optional<SourceText> last_read_text;
};

SourceTexts& source_texts() {
  static SourceTexts texts;
  return texts;
}

bool is_ascii(std::string_view text) {
  return std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

// The loaders count characters already for the problems that stop a text
// being read (a NUL byte, a carriage return alone, bytes that are not UTF-8),
// and such a text has no other problem: it is not kept, so that those
// columns are not counted again.
bool is_readable_text(std::string_view text) {
  if (text.find('\0') != std::string_view::npos || util::find_invalid_utf8(text)) return false;
  for (auto cr = text.find('\r'); cr != std::string_view::npos; cr = text.find('\r', cr + 1)) {
    if (cr + 1 == text.size() || text[cr + 1] != '\n') return false;
  }
  return true;
}

SourceText indexed(std::string_view text) {
  SourceText indexed{std::string(text), {0}};
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n') indexed.line_starts.push_back(i + 1);
  }
  return indexed;
}

std::string_view line_of(const SourceText& source, int line) {
  const auto index = static_cast<std::size_t>(line - 1);
  const std::size_t start = source.line_starts[index];
  const std::size_t end =
      index + 1 < source.line_starts.size() ? source.line_starts[index + 1] - 1 : source.text.size();
  return std::string_view(source.text).substr(start, end - start);
}

// A file on disk is not kept as it is read (that would hold every file of a
// large run in memory) but read again when a message about it is printed,
// which is rare; only the last file read again is kept, for the next message
// about it (messages come grouped by file), with no text when it needs none
// (ASCII) or cannot be read. A file changed in between gives columns of its
// new text.
const std::optional<SourceText>& read_again(SourceTexts& texts, const std::string& source) {
  if (texts.last_read == source) return texts.last_read_text;
  texts.last_read = source;
  texts.last_read_text.reset();
  std::error_code error;
  if (!std::filesystem::is_regular_file(source, error)) return texts.last_read_text;
  std::ifstream file(source, std::ios::binary);
  std::string text((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
  if (!file.good() && !file.eof()) return texts.last_read_text;
  std::string_view view(text);
  if (view.starts_with("\xEF\xBB\xBF")) view.remove_prefix(3);
  if (!is_ascii(view) && is_readable_text(view)) texts.last_read_text = indexed(view);
  return texts.last_read_text;
}

}  // namespace

void remember_source_text(const std::string& source, std::string_view text) {
  // The loaders count line 1's columns after a byte order mark, as editors show it.
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  auto& texts = source_texts();
  const std::lock_guard lock(texts.mutex);
  if (is_ascii(text) || !is_readable_text(text)) texts.texts.erase(source);
  else texts.texts.insert_or_assign(source, indexed(text));
}

void forget_source_texts() {
  auto& texts = source_texts();
  const std::lock_guard lock(texts.mutex);
  texts.texts.clear();
  texts.last_read.clear();
  texts.last_read_text.reset();
}

util::Position character_position(const std::string& source, util::Position position) {
  if (position.line <= 0 || position.column <= 1) return position;
  auto& texts = source_texts();
  const std::lock_guard lock(texts.mutex);
  const auto found = texts.texts.find(source);
  const SourceText* text = found != texts.texts.end() ? &found->second : nullptr;
  if (!text) {
    const auto& read = read_again(texts, source);
    if (!read) return position;
    text = &*read;
  }
  if (static_cast<std::size_t>(position.line) > text->line_starts.size()) return position;
  return {position.line, util::character_column(line_of(*text, position.line), position.column)};
}

util::Diagnostic with_character_column(util::Diagnostic diagnostic) {
  diagnostic.position = character_position(diagnostic.source, diagnostic.position);
  return diagnostic;
}

}  // namespace coprod::cli
