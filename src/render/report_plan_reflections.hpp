#pragma once
// The reflections a plan records, as the pack prints them: `coprod plan
// --write` gathers both perspectives' reflections into the plan, and the pack
// prints those in its reflections part already, so a question whose plan
// text is that same gathering is not printed twice; one the plan changed or
// added to is (index.html and report.md alike).

#include <string>

#include "model/assessment.hpp"
#include "render/report.hpp"

namespace coprod::render {

// The plan's reflections without the questions whose text gathers the
// inputs' own reflections unchanged (gathers_the_same_points()).
model::Reflections plan_reflections_not_repeated(const Report& report);

// What the plan's reflections say of those left out, pointing to the
// reflections part by its heading: "These are the reflections in “Part 6:
// Reflections and next steps”, gathered into the plan, so they are not
// printed again." when all are, else "The plan's reflections on what was
// surprising and what challenged are those in …"; empty when none is.
std::string plan_reflections_repeated_words(const Report& report);

}  // namespace coprod::render
