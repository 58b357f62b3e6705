#pragma once
// Versions of one review side by side: `coprod compare HEAD:F F`, or one
// file at two commits. They are told apart by where each comes from, so what
// matters is what changed between them, however little, not where they
// differ by the threshold: a corrected area, perspective or period included.

#include <vector>

#include "analysis/comparison.hpp"

namespace coprod::analysis {

// Two versions of one file (model::Assessment::is_other_version_of): the
// file at two commits, or at a commit and in the work tree, whatever its
// area and perspective say. Its period too, when its name gives one
// (2026-Q4-organisation.coprod.yaml): a changed period was corrected. A file
// named for no period (one file per perspective, updated each quarter) at two
// periods is two periods' reviews.
bool are_versions_of_one_review(const model::Assessment& a, const model::Assessment& b);
// Two or more inputs, each that to every other.
bool are_versions_of_one_review(const AssessmentResults& inputs);

// The rows whose score, evidence or answers to "seen locally?" (the early
// indicator's, the warning sign's) are not the same in every input, in
// framework order. Evidence counts as changed when its text differs; empty
// evidence and none are the same.
std::vector<RowChange> find_row_changes(const std::vector<RowComparison>& rows);

// The fields outside the rows (FieldChange) that are not the same in every
// input: top-level fields first (the area, perspective and period, which
// is_review_identity() tells apart, then the framework version and how many
// responses were combined), then each section's (completed by, last
// completed, notes) in framework order, then the reflections in the form's
// order. Text of only spaces and none are the same.
// Whether the change is to the area, perspective or period: what names the
// review, so the reports list it before the rows.
bool is_review_identity(const FieldChange& change);

std::vector<FieldChange> find_field_changes(const AssessmentResults& inputs,
                                            const std::vector<SectionComparison>& sections);

}  // namespace coprod::analysis
