#pragma once
// Rule ids in a "coprod: reviewed phone, email" marker that no rule has
// ("phoen"): such a marker silences nothing for that word, so `check` warns
// at the word and names the nearest rule.

#include <string>
#include <vector>

#include "model/text_field.hpp"
#include "util/diagnostic.hpp"

namespace coprod::analysis {

// A warning at each unknown rule id after "coprod: reviewed" in `lines`
// (comments, or a framework file's lines), in the order written.
util::Diagnostics unknown_reviewed_rules(const std::string& source, const std::vector<model::TextLine>& lines);

}  // namespace coprod::analysis
