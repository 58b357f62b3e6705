// Written by scripts/update-utf8-letters from Unicode 14.0.0: do not edit.

#include "util/utf8_letters.hpp"

#include <array>
#include <cstdint>

namespace coprod::util {

namespace {

// One bit a code point from U+0080, in 64-bit words.
// clang-format off
constexpr std::array<std::uint64_t, 30> k_letters = {
    0x0420040000000000, 0xFF7FFFFFFF7FFFFF, 0xFFFFFFFFFFFFFFFF, 0xFFFFFFFFFFFFFFFF,
    0xFFFFFFFFFFFFFFFF, 0xFFFFFFFFFFFFFFFF, 0xFFFFFFFFFFFFFFFF, 0xFFFFFFFFFFFFFFFF,
    0xFFFFFFFFFFFFFFFF, 0x0000501F0003FFC3, 0x0000000000000000, 0xBCDF000000000000,
    0xFFFFFFFBFFFFD740, 0xFFBFFFFFFFFFFFFF, 0xFFFFFFFFFFFFFFFF, 0xFFFFFFFFFFFFFFFF,
    0xFFFFFFFFFFFFFC03, 0xFFFFFFFFFFFFFFFF, 0xFFFEFFFFFFFFFFFF, 0xFFFFFFFF027FFFFF,
    0x00000000000001FF, 0x000787FFFFFF0000, 0xFFFFFFFF00000000, 0xFFFEC000000007FF,
    0xFFFFFFFFFFFFFFFF, 0x9C00C060002FFFFF, 0x0000FFFFFFFD0000, 0xFFFFFFFFFFFFE000,
    0x0002003FFFFFFFFF, 0x043007FFFFFFFC00,
};
constexpr std::array<std::uint64_t, 30> k_capitals = {
    0x0000000000000000, 0x000000007F7FFFFF, 0xAA55555555555555, 0x2B555555555554AA,
    0x11AED2D5B1DBCED6, 0x55D655554AAAADB0, 0x6C05555555555555, 0x000000000000557A,
    0x0000000000000000, 0x0000000000000000, 0x0000000000000000, 0x8045000000000000,
    0x00000FFBFFFED740, 0xE6905555551C8000, 0x0000FFFFFFFFFFFF, 0x5555555500000000,
    0x5555555555555401, 0x5555555555552AAB, 0xFFFE555555555555, 0x00000000007FFFFF,
    0x0000000000000000, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000,
    0x0000000000000000, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000,
    0x0000000000000000, 0x0000000000000000,
};
// clang-format on

bool bit(const std::array<std::uint64_t, 30>& words, char32_t code) {
  const auto index = static_cast<std::size_t>(code - 0x80);
  return ((words[index / 64] >> (index % 64)) & 1U) != 0;
}

}  // namespace

Utf8Letter two_byte_letter_at(std::string_view text, std::size_t pos) {
  if (pos + 1 >= text.size()) return {};
  const auto lead = static_cast<unsigned char>(text[pos]);
  const auto next = static_cast<unsigned char>(text[pos + 1]);
  if (lead < 0xC2 || lead > 0xDF || (next & 0xC0) != 0x80) return {};
  const char32_t code = (static_cast<char32_t>(lead & 0x1F) << 6) | (next & 0x3F);
  if (!bit(k_letters, code)) return {};
  return {2, bit(k_capitals, code)};
}

}  // namespace coprod::util
