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

namespace {

// One of an action's sections against its target: each input's score there, named ("peer network\u00a02.5"),
// those below the target (or with no score) first, and whether every one reaches it.
struct SectionProgress {
  std::string name;  // "section 5", for an action of several sections; "" for one
  std::vector<std::string> below;
  std::vector<std::string> reached;
  bool is_reached() const { return below.empty(); }
  std::string scores() const {
    std::vector<std::string> all = below;
    all.insert(all.end(), reached.begin(), reached.end());
    return util::join(all, ", ");
  }
};

SectionProgress section_progress(const analysis::AssessmentResults& inputs, const std::vector<std::string>& names,
                                 std::size_t section, const model::Score& target) {
  SectionProgress progress;
  for (std::size_t i = 0; i < inputs.size(); ++i) {
    const auto& result = inputs[i]->sections[section];
    // A no-break space keeps each name with its score when the column wraps.
    const std::string named = fmt::format("{}\u00a0{}", names[i], section_score_text(result, k_not_scored_words));
    // As plan --review: a section with no score now has not reached it.
    const bool reached = result.score && analysis::reaches_target(result.score->tenths() / 10.0, target);
    (reached ? progress.reached : progress.below).push_back(named);
  }
  return progress;
}

// "not yet in section 5 (peer network 2.7, organisation 3.1) and section 2 (...)": the sections of one state.
std::string sections_in_state(std::string_view state, const std::vector<SectionProgress>& sections, bool reached) {
  std::vector<std::string> named;
  for (const auto& section : sections) {
    if (section.is_reached() == reached) named.push_back(fmt::format("{} ({})", section.name, section.scores()));
  }
  return named.empty() ? "" : fmt::format("{} in {}", state, util::join_in_words(named));
}

}  // namespace

std::string plan_target_progress(const analysis::AssessmentResults& inputs, const model::Action& action) {
  if (!action.target || !action.target->is_scored() || inputs.empty()) return "";
  const auto& framework = *inputs.front()->framework;
  const std::vector<std::string> names = input_short_names(inputs);
  std::vector<SectionProgress> sections;
  for (const auto& id : action.sections) {
    const auto* section = framework.find_section(id);
    if (!section) continue;
    const auto index = static_cast<std::size_t>(section - framework.sections.data());
    sections.push_back(section_progress(inputs, names, index, *action.target));
    if (action.sections.size() > 1) sections.back().name = plan_section_name(*section);
  }
  if (sections.empty()) return "";
  if (sections.size() == 1) {
    return fmt::format("{}: {}", sections.front().is_reached() ? "reached" : "not yet", sections.front().scores());
  }
  std::vector<std::string> parts;
  for (const bool reached : {false, true}) {
    if (auto part = sections_in_state(reached ? "reached" : "not yet", sections, reached); !part.empty())
      parts.push_back(std::move(part));
  }
  return util::join(parts, "; ");
}

}  // namespace coprod::render
