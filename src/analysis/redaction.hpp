#pragma once
// What `report --redact` and `--scores-only` leave out of a pack, and what
// `compare` prints (the same policy applies to it). The files
// are never changed: these work on the loaded values.

#include <vector>

#include "model/assessment.hpp"
#include "model/plan.hpp"
#include "model/text_field.hpp"

namespace coprod::analysis {

// Masks likely personal data in the values, except where `fields` (the
// file's free-text values, found where it was read) mark it as reviewed;
// returns how many pieces were masked.
int redact_assessment(model::Assessment& assessment, const std::vector<model::TextField>& fields);
int redact_plan(model::Plan& plan, const std::vector<model::TextField>& fields);

// Removes evidence, notes, reflections and who completed each section.
void keep_scores_only(model::Assessment& assessment);
// Removes a plan's reflections and its actions' notes.
void keep_scores_only(model::Plan& plan);

// Whether a pack made with --scores-only still shows this free-text value
// (the area, what the board is asked to do, and what each action is and who
// owns it).
bool kept_in_scores_only(const model::TextField& field);

// Whether `compare` prints this free-text value: the area, and with
// `with_evidence` (every format but CSV) each row's evidence.
bool shown_in_comparison(const model::TextField& field, bool with_evidence);

}  // namespace coprod::analysis
