#include <fmt/format.h>

#include "render/comparison.hpp"
#include "render/plan.hpp"
#include "render/scores.hpp"
#include "util/text.hpp"

namespace coprod::render {

std::string plan_input_label(const PlanSheet& sheet, std::size_t index) {
  const auto& a = *sheet.inputs[index]->assessment;
  return fmt::format("{}, {}", model::perspective_id(a.perspective), a.period.to_string());
}

std::string plan_input_title(const PlanSheet& sheet, std::size_t index) {
  const auto& a = *sheet.inputs[index]->assessment;
  return fmt::format("{}, {}", model::perspective_title(a.perspective), a.period.to_string());
}

std::string plan_row_scores(const analysis::RowAttention& row) {
  std::vector<std::string> parts;
  for (std::size_t i = 0; i < row.results.size(); ++i) {
    const auto& score = row.results[i]->score;
    parts.push_back(
        fmt::format("{} {}", input_letter(i),
                    score.state() == model::Score::State::not_scored ? "not scored yet" : score.to_string()));
  }
  return util::join(parts, ", ");
}

std::string plan_status_words(std::string_view id) { return util::id_as_words(id); }

std::string plan_review_status(const analysis::ActionReview& item) {
  const std::string state = plan_status_words(analysis::action_state_id(item.state));
  if (item.state != analysis::ActionState::overdue || item.action.status == model::ActionStatus::open) return state;
  return plan_status_words(model::action_status_id(item.action.status)) + ", " + state;
}

std::string plan_section_scores(const analysis::SectionAttention& section) {
  std::vector<std::string> parts;
  for (std::size_t i = 0; i < section.results.size(); ++i) {
    parts.push_back(fmt::format("{} {}", input_letter(i), section_score_text(*section.results[i], "not scored yet")));
  }
  return util::join(parts, ", ");
}

std::string plan_glossary(const model::Framework& framework) {
  std::vector<std::string> entries;
  for (const auto& entry : framework.glossary) entries.push_back(entry.term + " (" + entry.meaning + ")");
  return entries.empty() ? "" : "Words and abbreviations: " + util::join(entries, "; ") + ".";
}

std::string level_title(const model::Framework& framework, const std::string& level_id) {
  for (const auto& level : framework.levels) {
    if (level.id == level_id) return level.title;
  }
  return level_id;
}

}  // namespace coprod::render
