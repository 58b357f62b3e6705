#pragma once
// A reflection as the points it lists, for the evidence pack to show as
// lists, one point an item: each line is a point, and a line that names a
// perspective ("organisation:", "co-production peer network:") heads the
// points of that view, as `coprod plan` gathers each perspective's
// reflections into the plan's. Written as one block, the points ran together.

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/assessment.hpp"
#include "model/perspective.hpp"

namespace coprod::render {

// The points under one line naming a view, or under none (`view` empty).
struct ReflectionView {
  std::string view;                 // in words, as a heading: "Organisation", "Co-production peer network"
  std::vector<std::string> points;  // each line, without its indent or a list's mark ("- ", "* ")
  bool operator==(const ReflectionView&) const = default;
};

// The perspective a line names when it heads a view's points: "organisation:", "peer-network:" (older plans
// name the id) or "co-production peer network:" (as `coprod plan --write` does).
std::optional<model::Perspective> reflection_view_heading(std::string_view line);

// The points of a reflection in their order; blank lines are left out.
std::vector<ReflectionView> reflection_points(std::string_view text);

// One perspective's own reflection on a question, as an assessment holds it.
struct PerspectiveReflection {
  model::Perspective perspective = model::Perspective::organisation;
  std::string_view text;
};

// Whether `gathered` (a plan's reflection) holds the same points as `own`,
// each under its perspective's line, as `coprod plan --write` gathers them:
// nothing added, left out or changed.
bool gathers_the_same_points(std::string_view gathered, const std::vector<PerspectiveReflection>& own);

// Whether the reflection is a single point under no view: shown as a sentence, not a list of one.
bool is_single_point(const std::vector<ReflectionView>& views);

// A reflection under the heading the pack and the workbook give it ("What was surprising"), unwritten when
// `text` holds none.
struct TitledReflection {
  std::string_view title;
  const std::optional<std::string>* text = nullptr;
};
// The four reflections in the form's order: what was surprising, what challenged, what was learnt, the
// emerging priorities.
std::array<TitledReflection, 4> titled_reflections(const model::Reflections& reflections);

}  // namespace coprod::render
