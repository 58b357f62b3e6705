#pragma once
// Letters, capitals and combining accents beyond ASCII, for scanners that
// read UTF-8 byte by byte: Unicode's own categories (src/util/utf8_letters.cpp
// is written by scripts/update-utf8-letters), not a hand list. Two- and
// three-byte UTF-8 (U+0080 to U+FFFF): Latin-1 Supplement, Latin Extended,
// Greek, Cyrillic, Armenian, Hebrew, Arabic, Georgian, Latin Extended
// Additional ("Ạ", "Ḍ"), Greek Extended ...; four-byte UTF-8 is never a letter.

#include <cstddef>
#include <string_view>

namespace coprod::util {

// One character of two- or three-byte UTF-8.
struct Utf8Char {
  enum class Kind { other, letter, capital, accent };
  std::size_t length = 0;   // bytes; 0 when there is no such character there (ASCII, four bytes, broken UTF-8)
  Kind kind = Kind::other;  // accent: a combining one, written after its letter ("E" then U+0301 for "É")
};

// The character starting at byte pos, and the one ending at byte `end`.
Utf8Char non_ascii_char_at(std::string_view text, std::size_t pos);
Utf8Char non_ascii_char_before(std::string_view text, std::size_t end);

struct Utf8Letter {
  std::size_t length = 0;  // bytes; 0 when there is no letter there
  bool capital = false;    // upper or title case: "É", "Ł", "Ø", "Ω", "Д", "Ạ", "Ა"
};

// The letter beyond ASCII starting at byte pos, if there is one: not a sign
// such as "×" or "©", nor a combining accent.
Utf8Letter letter_at(std::string_view text, std::size_t pos);

// The combining accents starting at byte pos, in bytes (0 for none): after a
// letter, they are part of it.
std::size_t accents_length(std::string_view text, std::size_t pos);

}  // namespace coprod::util
