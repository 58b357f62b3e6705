#pragma once
// What is said of a coprod file an e-mail program broke on its way: a long
// line broken in two, and the spaces that start lines turned into no-break
// spaces. yaml/ (mail_damage) says it when a file does not read, and render/
// hands it to the scoring form's script, which finds the same damage in a
// file opened on the page, so that `coprod check` and the form say the same;
// here because both may use model/ and neither the other.

#include <cstddef>
#include <string_view>

namespace coprod::model {

// E-mail programs wrap at 72 to 78 characters, breaking at the last space
// before that: a line they wrapped and the first word they moved from it
// together are seldom much shorter than this.
inline constexpr std::size_t k_mail_wrapped_line_width = 66;

// Said at a line that looks like the end of the line above it, wrapped.
inline constexpr std::string_view k_mail_wrapped_line =
    "this line looks like the end of the line above, which an e-mail program broke in two; join it back onto the "
    "end of the line above (or use the file the form saved rather than text copied out of an e-mail)";

// Said at a line whose indentation holds no-break spaces (U+00A0).
inline constexpr std::string_view k_mail_no_break_spaces =
    "the spaces at the start of this line are no-break spaces, which copying text out of an e-mail can leave and "
    "which do not count as spaces here; delete them and type ordinary spaces instead";

}  // namespace coprod::model
