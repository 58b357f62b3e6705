// Whether an action's target (its "score hoped for") is reached, in the words
// `plan --review` uses, for the review and for the evidence pack.

#include <fmt/format.h>

#include "render/comparison.hpp"
#include "render/input_names.hpp"
#include "render/missing_score.hpp"
#include "render/plan.hpp"
#include "render/scores.hpp"
#include "util/text.hpp"

namespace coprod::render {

namespace {

// "B (2.5) or C (2.3)": who is below the target in an action of one section.
std::string below_with_scores_in_brackets(const TargetShortfall& shortfall) {
  std::vector<std::string> names;
  for (const auto& [who, score] : shortfall.below) names.push_back(fmt::format("{} ({})", who, score));
  return util::join(names, " or ");
}

// "section 5 (A 2.7, B 2.8)": a section of a several-section action, with who
// is below the target there, each name and score joined by `space`.
std::string section_with_scores_below(const TargetShortfall& shortfall, std::string_view space) {
  std::vector<std::string> names;
  for (const auto& [who, score] : shortfall.below) names.push_back(fmt::format("{}{}{}", who, space, score));
  return fmt::format("{} ({})", shortfall.section, util::join(names, ", "));
}

}  // namespace

std::string plan_section_name(const model::FrameworkSection& section) {
  return section.number ? fmt::format("section {}", *section.number) : section.title;
}

std::string plan_target_reached_words(bool reached, const std::vector<TargetShortfall>& shortfalls,
                                      std::string_view space) {
  if (reached) return "reached";
  std::vector<std::string> sections;
  for (const auto& shortfall : shortfalls) {
    if (shortfall.below.empty()) continue;
    if (shortfall.section.empty()) return "not reached yet by " + below_with_scores_in_brackets(shortfall);
    sections.push_back(section_with_scores_below(shortfall, space));
  }
  return "not reached yet" + (sections.empty() ? "" : " in " + util::join_in_words(sections));
}

std::string plan_target_state(const analysis::AssessmentResults& inputs, const model::Action& action) {
  if (!action.target || !action.target->is_scored() || inputs.empty()) return "";
  const auto& framework = *inputs.front()->framework;
  bool checked = false;
  bool reached = true;
  std::vector<TargetShortfall> shortfalls;
  const std::vector<std::string> names = input_short_names(inputs);
  for (const auto& id : action.sections) {
    const auto* section = framework.find_section(id);
    if (!section) continue;
    const auto index = static_cast<std::size_t>(section - framework.sections.data());
    auto& shortfall = shortfalls.emplace_back();
    if (action.sections.size() > 1) shortfall.section = plan_section_name(*section);
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
      shortfall.below.emplace_back(names[i], fmt::format("{:.1f}", now));
    }
  }
  // A no-break space keeps each name with its score when the column wraps.
  return checked ? plan_target_reached_words(reached, shortfalls, "\u00a0") : "";
}

std::string plan_target_scores_now(const analysis::AssessmentResults& inputs, const model::Action& action) {
  if (!action.target || inputs.empty()) return "";
  const auto& framework = *inputs.front()->framework;
  std::vector<std::string> now;
  const std::vector<std::string> names = input_short_names(inputs);
  for (const auto& id : action.sections) {
    const auto* section = framework.find_section(id);
    if (!section) continue;
    const auto index = static_cast<std::size_t>(section - framework.sections.data());
    std::vector<std::string> scores;
    for (std::size_t i = 0; i < inputs.size(); ++i) {
      // A no-break space keeps each name with its score when the column wraps.
      scores.push_back(
          fmt::format("{}\u00a0{}", names[i], section_score_text(inputs[i]->sections[index], k_not_scored_words)));
    }
    const std::string label = action.sections.size() == 1 ? "" : plan_section_name(*section) + " ";
    now.push_back(label + util::join(scores, ", "));
  }
  return now.empty() ? "" : "now " + util::join(now, "; ");
}

}  // namespace coprod::render
