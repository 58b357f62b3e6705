#pragma once
// What a row's score means when the row has only one of the two signs. The
// form asks "how far have things got?", from no progress to the most; on a row
// with only a warning sign, someone who sees that sign a lot may give the top
// score meaning "yes, very much so", the wrong way round. Worded once, here,
// for the scoring form (on screen and on paper) and `score --interactive`.

#include <optional>
#include <string>

#include "model/framework.hpp"

namespace coprod::render {

// Plain text, not escaped for any medium: "This row has only a warning sign:
// 5 means it is not seen here at all, 0 that it is seen a lot." None for a
// row with both signs, nor for a row with only an early indicator in a
// framework with no warning signs at all (every row there reads the same
// way, as the form's own hint says).
std::optional<std::string> one_sign_note(const model::Framework& framework, const model::FrameworkRow& row);

}  // namespace coprod::render
