#pragma once
// Why a comparison has no row among its largest differences, in a sentence
// for the evidence pack: the scores are close, or a perspective has scored
// nothing yet (or the two have no scored row in common), so that "no
// differences" is never said when nothing could be compared.

#include <optional>
#include <string>

#include "analysis/comparison.hpp"

namespace coprod::render {

// "No row's scores differ by 1.5 or more.", "B has not scored any row yet, so
// there is nothing to compare.", "A and B have no scored row in common yet, so
// there is nothing to compare." Inputs go by their letters. Plain text.
std::string no_differences_words(const analysis::Comparison& comparison);

// When an input has scored nothing, or no row is scored by two or more
// inputs, the sentence that says so ("B has not scored any row yet, so there
// is nothing to compare."); nothing when there is something to compare.
std::optional<std::string> nothing_to_compare_words(const analysis::Comparison& comparison);

}  // namespace coprod::render
