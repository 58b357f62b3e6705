#pragma once
// Versions of one review side by side: `coprod compare HEAD:F F`, or one
// file at two commits. They share the area, perspective and period and are
// told apart by where each comes from, so what matters is what changed
// between them, however little, not where they differ by the threshold.

#include <vector>

#include "analysis/comparison.hpp"

namespace coprod::analysis {

// Two or more inputs, each the same review as the first (model::Assessment::
// is_same_review) and another version of every other (is_other_version_of).
bool are_versions_of_one_review(const AssessmentResults& inputs);

// The rows whose score, evidence or answers to "seen locally?" (the early
// indicator's, the warning sign's) are not the same in every input, in
// framework order. Evidence counts as changed when its text differs; empty
// evidence and none are the same.
std::vector<RowChange> find_row_changes(const std::vector<RowComparison>& rows);

// The fields outside the rows (FieldChange) that are not the same in every
// input: top-level fields first, then each section's (completed by, last
// completed, notes) in framework order, then the reflections in the form's
// order. Text of only spaces and none are the same.
std::vector<FieldChange> find_field_changes(const AssessmentResults& inputs,
                                            const std::vector<SectionComparison>& sections);

}  // namespace coprod::analysis
