#pragma once
// Text typed or pasted at a terminal, made safe to keep: the escape
// sequences keys such as the arrows send, and every other control character,
// are removed, so none of them can reach a file.

#include <string>
#include <string_view>
#include <vector>

namespace coprod::util {

// Removes escape sequences (ESC [ ... final byte, ESC O x, ESC x) and control
// characters (C0, DEL, C1); a tab becomes a space; CR LF and a lone CR become
// LF; a byte that is not UTF-8 becomes U+FFFD. Line breaks are kept.
std::string typed_text(std::string_view text);

// The lines of a paste, each made safe by typed_text(); the line breaks at
// its end are dropped (a paste never ends an answer by itself). One line,
// perhaps empty, when nothing but the end breaks a line.
std::vector<std::string> pasted_lines(std::string_view pasted);

}  // namespace coprod::util
