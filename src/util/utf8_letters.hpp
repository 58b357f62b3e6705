#pragma once
// Letters and capitals beyond ASCII, for scanners that read UTF-8 byte by
// byte: Unicode's own categories (src/util/utf8_letters.cpp is written by
// scripts/update-utf8-letters), not a hand list.

#include <cstddef>
#include <string_view>

namespace coprod::util {

struct Utf8Letter {
  std::size_t length = 0;  // bytes; 0 when there is no letter there
  bool capital = false;    // upper or title case: "É", "Ł", "Ø", "Ω", "Д"
};

// The letter of two-byte UTF-8 (U+0080 to U+07FF: Latin-1 Supplement, Latin
// Extended-A and -B, Greek, Cyrillic, Armenian, Hebrew, Arabic ...) starting
// at byte pos, if there is one: not a sign such as "×" or "©", nor a
// combining accent.
Utf8Letter two_byte_letter_at(std::string_view text, std::size_t pos);

}  // namespace coprod::util
