#pragma once
// The scores workbook's sheets on where the scores come from, as the evidence
// pack says it under "Every row and its evidence" and "Reflections and next
// steps": "About these scores" (each section of each input: its score and the
// rows it counts, who completed it, with how many people, and when, and its
// notes) and "Reflections" (the four reflections of each input, one point a
// line). Both are left out of a pack of scores only, as the pack leaves out
// those parts.

#include <optional>

#include "render/report.hpp"
#include "render/workbook.hpp"

namespace coprod::render {

inline constexpr std::string_view k_about_scores_sheet = "About these scores";
inline constexpr std::string_view k_reflections_sheet = "Reflections";

// A line for each section and input, in the pack's words (section_status_text(), section_notes()).
std::optional<Sheet> about_scores_sheet(const Report& report);

// A line for each reflection written, under its question, each point on a
// line of its own; "No reflections recorded yet." for an input without any,
// or once when none has any.
std::optional<Sheet> reflections_sheet(const Report& report);

}  // namespace coprod::render
