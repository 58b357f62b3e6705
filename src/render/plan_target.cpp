// Whether an action's target (its "score hoped for") is reached, in the words
// `plan --review` uses, for the review and for the evidence pack.

#include <fmt/format.h>

#include "render/comparison.hpp"
#include "render/missing_score.hpp"
#include "render/plan.hpp"
#include "render/scores.hpp"
#include "util/text.hpp"

namespace coprod::render {

namespace {

// A section as an action of several names it beside a score: "section 5", or
// the title of an unnumbered one ("Facilitate the process").
std::string section_name(const model::FrameworkSection& section) {
  return section.number ? fmt::format("section {}", *section.number) : section.title;
}

}  // namespace

std::string plan_target_reached_words(bool reached, const std::vector<std::string>& below) {
  if (reached) return "reached";
  return "not reached yet" + (below.empty() ? "" : " by " + util::join(below, " or "));
}

std::string plan_target_state(const analysis::AssessmentResults& inputs, const model::Action& action) {
  if (!action.target || !action.target->is_scored() || inputs.empty()) return "";
  const auto& framework = *inputs.front()->framework;
  bool checked = false;
  bool reached = true;
  std::vector<std::string> below;
  for (const auto& id : action.sections) {
    const auto* section = framework.find_section(id);
    if (!section) continue;
    const auto index = static_cast<std::size_t>(section - framework.sections.data());
    const std::string where = action.sections.size() > 1 ? " in " + section_name(*section) : "";
    for (std::size_t i = 0; i < inputs.size(); ++i) {
      const auto& score = inputs[i]->sections[index].score;
      if (!score) {
        reached = false;  // as plan --review: a section with no score now has not reached it
        continue;
      }
      checked = true;
      const double now = score->tenths() / 10.0;
      if (analysis::reaches_target(now, *action.target)) continue;
      reached = false;
      below.push_back(fmt::format("{} ({:.1f}){}", input_letter(i), now, where));
    }
  }
  return checked ? plan_target_reached_words(reached, below) : "";
}

std::string plan_target_scores_now(const analysis::AssessmentResults& inputs, const model::Action& action) {
  if (!action.target || inputs.empty()) return "";
  const auto& framework = *inputs.front()->framework;
  std::vector<std::string> now;
  for (const auto& id : action.sections) {
    const auto* section = framework.find_section(id);
    if (!section) continue;
    const auto index = static_cast<std::size_t>(section - framework.sections.data());
    std::vector<std::string> scores;
    for (std::size_t i = 0; i < inputs.size(); ++i) {
      // A no-break space keeps each letter with its score when the column wraps.
      scores.push_back(fmt::format("{}\u00a0{}", input_letter(i),
                                   section_score_text(inputs[i]->sections[index], k_not_scored_words)));
    }
    const std::string label = action.sections.size() == 1 ? "" : section_name(*section) + " ";
    now.push_back(label + util::join(scores, ", "));
  }
  return now.empty() ? "" : "now " + util::join(now, "; ");
}

}  // namespace coprod::render
