#pragma once
// Text typed or pasted at a terminal, made safe to keep: the escape
// sequences keys such as the arrows send, and every other control character,
// are removed, so none of them can reach a file.

#include <string>
#include <string_view>

namespace coprod::util {

// Removes escape sequences (ESC [ ... final byte, ESC O x, ESC x) and control
// characters (C0, DEL, C1); a tab becomes a space; CR LF and a lone CR become
// LF; a byte that is not UTF-8 becomes U+FFFD. Line breaks are kept.
std::string typed_text(std::string_view text);

}  // namespace coprod::util
