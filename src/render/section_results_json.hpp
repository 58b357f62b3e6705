#pragma once
// A section's scores across the inputs, as the JSON of `compare` and `plan`
// gives them: "scores" (as shown, one decimal place), "means" (unrounded, for
// sums of one's own, as differences and priorities are worked out from the
// scores as shown), "total_rows", and each input's "scored_rows" and
// "not_applicable_rows", so a score of few rows is read as such.

#include <memory>
#include <vector>

#include "analysis/scoring.hpp"
#include "model/framework.hpp"
#include "util/json_writer.hpp"

namespace coprod::render {

void write_section_results_json(util::JsonWriter& json, const model::FrameworkSection& section,
                                const std::vector<std::shared_ptr<const analysis::SectionResult>>& results);

}  // namespace coprod::render
