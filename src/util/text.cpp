#include "util/text.hpp"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <numeric>
#include <utility>

#include <fmt/format.h>

namespace coprod::util {

namespace {

// Length of the UTF-8 sequence starting at text[i], or 0 if it is invalid.
std::size_t utf8_sequence_length(std::string_view text, std::size_t i) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  const unsigned char lead = byte(i);
  if (lead < 0x80) return 1;
  std::size_t length = 0;
  unsigned min_code_point = 0;
  unsigned code_point = 0;
  if ((lead & 0xE0) == 0xC0) {
    length = 2;
    code_point = lead & 0x1Fu;
    min_code_point = 0x80;
  } else if ((lead & 0xF0) == 0xE0) {
    length = 3;
    code_point = lead & 0x0Fu;
    min_code_point = 0x800;
  } else if ((lead & 0xF8) == 0xF0) {
    length = 4;
    code_point = lead & 0x07u;
    min_code_point = 0x10000;
  } else return 0;
  if (i + length > text.size()) return 0;
  for (std::size_t k = 1; k < length; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) return 0;
    code_point = (code_point << 6) | (byte(i + k) & 0x3Fu);
  }
  if (code_point < min_code_point || code_point > 0x10FFFF) return 0;
  if (code_point >= 0xD800 && code_point <= 0xDFFF) return 0;
  return length;
}

bool is_continuation_byte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

}  // namespace

std::string valid_utf8(std::string_view text) {
  std::string out;
  while (const auto bad = find_invalid_utf8(text)) {
    out.append(text.substr(0, *bad)).append("\xEF\xBF\xBD");
    text.remove_prefix(*bad + 1);
  }
  return out.append(text);
}

std::optional<std::size_t> find_invalid_utf8(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    // ASCII, most of any file, is passed over eight bytes at a time.
    std::uint64_t eight = 0;
    if (i + 8 <= text.size() && (std::memcpy(&eight, text.data() + i, 8), (eight & 0x8080808080808080ULL) == 0)) {
      i += 8;
      continue;
    }
    const std::size_t length = utf8_sequence_length(text, i);
    if (length == 0) return i;
    i += length;
  }
  return std::nullopt;
}

int character_column(std::string_view line, int byte_column) {
  if (byte_column <= 1) return byte_column;
  const auto bytes_before = static_cast<std::size_t>(byte_column - 1);
  const std::string_view before = line.substr(0, bytes_before);
  int characters = 0;
  for (std::size_t i = 0; i < before.size(); ++characters)
    i += std::max<std::size_t>(1, utf8_sequence_length(before, i));
  return characters + static_cast<int>(bytes_before - before.size()) + 1;
}

std::size_t display_width(std::string_view text) {
  std::size_t width = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\x1b' && i + 1 < text.size() && text[i + 1] == '[') {
      i += 2;  // parameters and intermediates up to the final byte, @ to ~
      while (i < text.size() && (text[i] < '@' || text[i] > '~')) ++i;
      continue;
    }
    if (!is_continuation_byte(text[i])) ++width;
  }
  return width;
}

std::string truncate_to_width(std::string_view text, std::size_t width, std::string_view ellipsis) {
  if (display_width(text) <= width) return std::string(text);
  const std::size_t keep = width > display_width(ellipsis) ? width - display_width(ellipsis) : 0;
  std::size_t seen = 0;
  std::size_t end = 0;
  for (; end < text.size(); ++end) {
    if (!is_continuation_byte(text[end])) {
      if (seen == keep) break;
      ++seen;
    }
  }
  std::string_view kept = text.substr(0, end);
  while (!kept.empty() && kept.back() == ' ') kept.remove_suffix(1);
  std::string out(kept);
  out += ellipsis;
  return out;
}

std::string truncate_at_word(std::string_view text, std::size_t width, std::string_view ellipsis) {
  if (display_width(text) <= width) return std::string(text);
  const std::size_t room = width > display_width(ellipsis) ? width - display_width(ellipsis) : 0;
  std::size_t end = 0;  // the byte after the first `room` characters
  for (std::size_t seen = 0; end < text.size(); ++end) {
    if (is_continuation_byte(text[end])) continue;
    if (seen == room) break;
    ++seen;
  }
  std::string_view words = text.substr(0, end);
  if (std::string_view(" ,;:").find(text[end]) == std::string_view::npos) {  // inside a word: that word left out
    const std::size_t space = words.rfind(' ');
    words = space == std::string_view::npos ? std::string_view() : words.substr(0, space);
  }
  while (!words.empty() && std::string_view(" ,;:").find(words.back()) != std::string_view::npos)
    words.remove_suffix(1);
  if (words.empty()) return truncate_to_width(text, width, ellipsis);
  return std::string(words) + std::string(ellipsis);
}

namespace {

// Lines of text wrapped at spaces within `width`; a word wider than that stays
// whole on a line of its own, or with `break_wide_words` is broken as
// wrap_path() breaks a path, the words after it following its last piece.
std::vector<std::string> wrap_at_spaces(std::string_view text, std::size_t width, bool break_wide_words) {
  std::vector<std::string> lines;
  std::string line;
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && (text[i] == ' ' || text[i] == '\n' || text[i] == '\t' || text[i] == '\r')) ++i;
    std::size_t j = i;
    while (j < text.size() && text[j] != ' ' && text[j] != '\n' && text[j] != '\t' && text[j] != '\r') ++j;
    if (j == i) break;
    const std::string_view word = text.substr(i, j - i);
    i = j;
    if (!line.empty() && display_width(line) + 1 + display_width(word) > width)
      lines.push_back(std::exchange(line, {}));
    if (break_wide_words && line.empty() && display_width(word) > width) {
      auto pieces = wrap_path(word, width);
      line = std::move(pieces.back());
      pieces.pop_back();
      for (auto& piece : pieces) lines.push_back(std::move(piece));
      continue;
    }
    if (!line.empty()) line += ' ';
    line += word;
  }
  if (!line.empty()) lines.push_back(line);
  return lines;
}

}  // namespace

std::vector<std::string> wrap_words(std::string_view text, std::size_t width) {
  return wrap_at_spaces(text, width, false);
}

std::vector<std::string> wrap_to_fit(std::string_view text, std::size_t width) {
  return wrap_at_spaces(text, std::max<std::size_t>(width, 1), true);
}

std::vector<std::string> wrap_list(const std::vector<std::string>& parts, std::size_t width) {
  std::vector<std::string> joined;  // as many parts to a line as fit
  for (std::size_t i = 0; i < parts.size(); ++i) {
    const std::string part = parts[i] + (i + 1 < parts.size() ? "," : "");
    if (joined.empty() || display_width(joined.back()) + 1 + display_width(part) > width) joined.emplace_back();
    else joined.back() += ' ';
    joined.back() += part;
  }
  std::vector<std::string> lines;
  for (const auto& line : joined) {
    for (auto& fitted : wrap_to_fit(line, width)) lines.push_back(std::move(fitted));
  }
  return lines;
}

std::vector<std::string> wrap_lines(std::string_view text, std::size_t width) {
  std::vector<std::string> lines;
  std::size_t empty = 0;  // empty lines since the last with words
  for (const auto line : split_lines(text)) {
    const auto wrapped = wrap_to_fit(line, width);
    if (wrapped.empty()) {
      ++empty;
      continue;
    }
    if (!lines.empty()) lines.insert(lines.end(), empty, "");
    lines.insert(lines.end(), wrapped.begin(), wrapped.end());
    empty = 0;
  }
  return lines;
}

std::string wrap_hanging(std::string_view text, std::size_t width, std::size_t first, std::size_t later) {
  const std::size_t indent = std::max(first, later);
  const auto lines = wrap_to_fit(text, width > indent + 20 ? width - indent : 20);
  std::string out;
  for (std::size_t i = 0; i < lines.size(); ++i) out += std::string(i == 0 ? first : later, ' ') + lines[i] + '\n';
  return out;
}

namespace {

// The first `width` columns of text (whole code points), and what is left.
std::pair<std::string_view, std::string_view> split_at_width(std::string_view text, std::size_t width) {
  std::size_t seen = 0;
  std::size_t end = 0;
  for (; end < text.size(); ++end) {
    if (is_continuation_byte(text[end])) continue;
    if (seen == width) break;
    ++seen;
  }
  return {text.substr(0, end), text.substr(end)};
}

}  // namespace

std::vector<std::string> wrap_path(std::string_view path, std::size_t width) {
  width = std::max<std::size_t>(width, 1);
  std::vector<std::string> lines;
  std::string line;
  while (!path.empty()) {
    const std::size_t slash = path.find('/');
    std::string_view part = path.substr(0, slash == std::string_view::npos ? path.size() : slash + 1);
    path.remove_prefix(part.size());
    if (!line.empty() && display_width(line) + display_width(part) > width) lines.push_back(std::exchange(line, {}));
    while (display_width(line) + display_width(part) > width) {  // a name wider than a line
      const auto [head, rest] = split_at_width(part, width);
      lines.emplace_back(head);
      part = rest;
    }
    line += part;
  }
  if (!line.empty()) lines.push_back(line);
  return lines;
}

std::string path_lines(std::string_view path, std::size_t width, std::size_t indent) {
  std::string out;
  for (const auto& line : wrap_path(path, width > indent ? width - indent : 1)) {
    out += std::string(indent, ' ') + line + '\n';
  }
  return out;
}

std::string labelled_path(std::string_view label, std::string_view path, std::size_t width, std::size_t indent,
                          std::size_t path_indent) {
  const std::string one_line = fmt::format("{}: {}", label, path);
  if (indent + display_width(one_line) <= width) return std::string(indent, ' ') + one_line + '\n';
  return wrap_hanging(std::string(label) + ":", width, indent, indent) + path_lines(path, width, path_indent);
}

std::string located_text(std::string_view location, std::string_view text, std::size_t width, std::size_t indent,
                         std::size_t text_indent) {
  const std::string one_line = fmt::format("{}: {}", location, text);
  if (indent + display_width(one_line) <= width) return std::string(indent, ' ') + one_line + '\n';
  return path_lines(std::string(location) + ":", width, indent) + wrap_hanging(text, width, text_indent, text_indent);
}

std::string_view trim(std::string_view text) {
  const auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
  return text;
}

std::vector<std::string_view> split_lines(std::string_view text) {
  std::vector<std::string_view> lines;
  std::size_t start = 0;
  while (start <= text.size()) {
    const std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) {
      if (start < text.size()) lines.push_back(text.substr(start));
      break;
    }
    lines.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return lines;
}

std::string join_in_words(const std::vector<std::string>& parts, std::string_view last_joiner) {
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) out += i + 1 == parts.size() ? fmt::format(" {} ", last_joiner) : ", ";
    out += parts[i];
  }
  return out;
}

std::string join_first_in_words(const std::vector<std::string>& parts, std::size_t most) {
  if (parts.size() <= most + 1) return join_in_words(parts);
  const std::vector<std::string> first(parts.begin(), parts.begin() + static_cast<std::ptrdiff_t>(most));
  return fmt::format("{} and {} more", join(first, ", "), parts.size() - most);
}

std::string id_as_words(std::string_view id) {
  std::string words(id);
  std::replace(words.begin(), words.end(), '-', ' ');
  return words;
}

std::string capitalised(std::string text) {
  if (!text.empty() && text[0] >= 'a' && text[0] <= 'z') text[0] = static_cast<char>(text[0] - 'a' + 'A');
  return text;
}

std::string counted(std::size_t count, std::string_view one, std::string_view many) {
  return fmt::format("{} {}", count, count == 1 ? one : many);
}

std::string join(const std::vector<std::string>& parts, std::string_view separator) {
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) out += separator;
    out += parts[i];
  }
  return out;
}

bool starts_with_ignoring_case(std::string_view text, std::string_view prefix) {
  if (text.size() < prefix.size()) return false;
  return std::equal(prefix.begin(), prefix.end(), text.begin(), [](char a, char b) {
    const auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
    return lower(a) == lower(b);
  });
}

std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> previous(b.size() + 1);
  std::iota(previous.begin(), previous.end(), std::size_t{0});
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::vector<std::size_t> current(b.size() + 1);
    current[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
      current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
    }
    previous = std::move(current);
  }
  return previous[b.size()];
}

std::optional<std::string> closest_match(std::string_view word, const std::vector<std::string>& candidates) {
  std::optional<std::string> best;
  std::size_t best_distance = 0;
  for (const auto& candidate : candidates) {
    const std::size_t distance = edit_distance(word, candidate);
    if (!best || distance < best_distance) {
      best = candidate;
      best_distance = distance;
    }
  }
  const std::size_t allowed = std::max<std::size_t>(2, word.size() / 3);
  if (best && best_distance <= allowed) return best;
  return std::nullopt;
}

std::vector<std::string> likely_references(std::string_view reference, const std::vector<std::string>& candidates) {
  if (auto closest = closest_match(reference, candidates)) return {*closest};
  std::vector<std::string> ends_with_it;
  for (const auto& candidate : candidates) {
    if (candidate.size() > reference.size() && candidate.ends_with(reference) &&
        candidate[candidate.size() - reference.size() - 1] == '.')
      ends_with_it.push_back(candidate);
  }
  return ends_with_it;
}

}  // namespace coprod::util
