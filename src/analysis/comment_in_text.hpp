#pragma once
// Text cut short by a comment: a value written without quotes ends where a
// '#' after a space begins, as in "evidence: Agreed at meeting #3 with the
// board", which YAML reads as "Agreed at meeting". `check` flags it
// (comment-in-text) when the '#' follows a single space, as typed text does;
// a comment meant as one is written after two spaces.

#include <string>
#include <vector>

#include "analysis/check_flags.hpp"
#include "model/text_field.hpp"

namespace coprod::analysis {

inline constexpr const char* k_comment_in_text_rule = "comment-in-text";

// A flag at the '#' of every free-text value that a comment cuts short.
std::vector<Flag> flag_text_cut_by_comments(const std::string& source, const std::vector<model::TextField>& fields);

}  // namespace coprod::analysis
