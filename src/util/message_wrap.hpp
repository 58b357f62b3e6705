#pragma once
// Messages (errors, warnings, notes) wrapped to a terminal's width.

#include <cstddef>
#include <string>
#include <string_view>

namespace coprod::util {

// `text` with each line wider than `width` columns broken at spaces into
// lines of at most `width`, each continuation indented under the message's
// text: after "error: ", "warning: " or "note: " (any prefix before it, such
// as "coprod: " or "plan.yaml:14:12: ", stays on the first line), else after
// a first "coprod...: ", else as far as the line's own indent; 4 columns in
// when that would leave fewer than 16 columns for the text (and a prefix
// wider than the line may be broken between its words too). A line is broken only
// between words and never inside a quotation ('...', "...", `...`, and the
// typographic quotes), so a path, file:line:column and a command to copy stay
// whole even when that makes a line wider than `width`. Widths are counted
// as display_width() counts them (a UTF-8 character is one column, a colour
// sequence none). Lines that fit, and their line breaks, are kept as they are.
std::string wrap_message(std::string_view text, std::size_t width);

}  // namespace coprod::util
