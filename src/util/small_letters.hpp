#pragma once
// Text compared in any capitals: a status typed "In progress", a section "f".

#include <string>
#include <string_view>

namespace coprod::util {

// `text` with its capital letters A to Z made small ("In Progress" -> "in
// progress"); other bytes, UTF-8 letters among them, as they are.
std::string in_small_letters(std::string_view text);

}  // namespace coprod::util
