// Personal data detector: UK postcodes.

#include <algorithm>
#include <array>
#include <optional>

#include "analysis/personal_data_scan.hpp"

namespace coprod::analysis::detail {

namespace {

// ------------------------------------------------------------------ postcode

// Letters Royal Mail uses in each place of a postcode.
constexpr std::string_view k_postcode_first_letters = "ABCDEFGHIJKLMNOPRSTUWYZ";   // not Q, V, X
constexpr std::string_view k_postcode_second_letters = "ABCDEFGHKLMNOPQRSTUVWXY";  // not I, J, Z
constexpr std::string_view k_postcode_third_letters = "ABCDEFGHJKPSTUW";           // A9A
constexpr std::string_view k_postcode_fourth_letters = "ABEHMNPRVWXY";             // AA9A
constexpr std::string_view k_postcode_inward_letters = "ABDEFGHJLNPQRSTUWXYZ";     // not C, I, K, M, O, V
constexpr std::array<std::string_view, 6> k_outward_shapes = {"A9", "A99", "AA9", "AA99", "A9A", "AA9A"};

bool letter_in(unsigned char c, std::string_view allowed) {
  return is_ascii_letter(c) && allowed.find(to_upper(c)) != k_none;
}

bool has_shape(std::string_view code, std::string_view shape) {
  if (code.size() != shape.size()) return false;
  for (std::size_t i = 0; i < code.size(); ++i) {
    const auto c = static_cast<unsigned char>(code[i]);
    if (shape[i] == 'A' ? !is_ascii_letter(c) : !is_digit(c)) return false;
  }
  return true;
}

std::optional<std::string_view> outward_shape(std::string_view code) {
  for (const std::string_view shape : k_outward_shapes) {
    if (has_shape(code, shape)) return shape;
  }
  return std::nullopt;
}

bool is_outward_code(std::string_view code) {
  const auto shape = outward_shape(code);
  if (!shape) return false;
  const auto at = [&](std::size_t i) { return static_cast<unsigned char>(code[i]); };
  if (!letter_in(at(0), k_postcode_first_letters)) return false;
  if (*shape == "A9A") return letter_in(at(2), k_postcode_third_letters);
  if ((*shape)[1] != 'A') return true;
  if (!letter_in(at(1), k_postcode_second_letters)) return false;
  return *shape != "AA9A" || letter_in(at(3), k_postcode_fourth_letters);
}

bool is_inward_code(std::string_view code) {
  return has_shape(code, "9AA") && letter_in(static_cast<unsigned char>(code[1]), k_postcode_inward_letters) &&
         letter_in(static_cast<unsigned char>(code[2]), k_postcode_inward_letters);
}

// "LS1 4AP" and "ls1 4ap", but not "M1 1st".
bool has_one_case(std::string_view text) {
  const bool upper =
      std::any_of(text.begin(), text.end(), [](char c) { return is_upper(static_cast<unsigned char>(c)); });
  const bool lower =
      std::any_of(text.begin(), text.end(), [](char c) { return is_lower(static_cast<unsigned char>(c)); });
  return !(upper && lower);
}

// Where the postcode starting at pos ends, or k_none.
std::size_t postcode_end(std::string_view text, std::size_t pos) {
  for (std::size_t outward_length = 2; outward_length <= 4; ++outward_length) {
    if (!is_outward_code(slice(text, pos, outward_length))) continue;
    for (const std::size_t gap : {std::size_t{1}, std::size_t{0}}) {
      const std::size_t inward_start = pos + outward_length + gap;
      if (gap == 1 && byte_at(text, inward_start - 1) != ' ') continue;
      const std::size_t end = inward_start + 3;
      if (!is_inward_code(slice(text, inward_start, 3)) || word_char_at(text, end)) continue;
      if (has_one_case(slice(text, pos, end - pos))) return end;
    }
  }
  return k_none;
}

}  // namespace

void find_postcodes(std::string_view text, std::vector<PersonalDataMatch>& out) {
  for (std::size_t pos = 0; pos < text.size(); ++pos) {
    if (!is_ascii_letter(byte_at(text, pos)) || word_char_before(text, pos)) continue;
    const std::size_t end = postcode_end(text, pos);
    if (end != k_none) out.push_back({PersonalDataRule::postcode, pos, end - pos});
  }
}

}  // namespace coprod::analysis::detail
