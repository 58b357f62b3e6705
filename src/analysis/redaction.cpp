#include "analysis/redaction.hpp"

#include <map>
#include <optional>
#include <string>

#include <fmt/format.h>

#include "analysis/personal_data.hpp"

namespace coprod::analysis {

namespace {

class Redactor {
 public:
  explicit Redactor(const std::vector<model::TextField>& fields) {
    for (const auto& field : fields) m_reviewed.emplace(field.path, field);
  }

  void apply(std::optional<std::string>& value, const std::string& path) {
    if (value) apply(*value, path);
  }

  void apply(std::string& value, const std::string& path) {
    const auto found = m_reviewed.find(path);
    std::vector<PersonalDataMatch> matches;
    for (const auto& match : find_personal_data(value)) {
      if (found == m_reviewed.end() || !found->second.is_reviewed(rule_id(match.rule))) matches.push_back(match);
    }
    if (matches.empty()) return;
    value = redact(value, matches);
    m_count += static_cast<int>(matches.size());
  }

  void apply(model::Reflections& reflections, const std::string& prefix) {
    apply(reflections.surprising, prefix + "surprising");
    apply(reflections.challenging, prefix + "challenging");
    apply(reflections.learnt, prefix + "learnt");
    apply(reflections.priorities, prefix + "priorities");
  }

  int count() const { return m_count; }

 private:
  std::map<std::string, model::TextField> m_reviewed;  // by path
  int m_count = 0;
};

}  // namespace

int redact_assessment(model::Assessment& assessment, const std::vector<model::TextField>& fields) {
  Redactor redactor(fields);
  redactor.apply(assessment.area, "area");
  for (auto& section : assessment.sections) {
    const std::string prefix = "sections." + section.section_id + ".";
    redactor.apply(section.completed_by, prefix + "completed_by");
    redactor.apply(section.notes, prefix + "notes");
    for (auto& row : section.rows) redactor.apply(row.evidence, prefix + "rows." + row.row_id + ".evidence");
  }
  redactor.apply(assessment.reflections, "reflections.");
  return redactor.count();
}

int redact_plan(model::Plan& plan, const std::vector<model::TextField>& fields) {
  Redactor redactor(fields);
  redactor.apply(plan.area, "area");
  redactor.apply(plan.reflections, "reflections.");
  for (std::size_t i = 0; i < plan.asks_of_the_board.size(); ++i)
    redactor.apply(plan.asks_of_the_board[i], fmt::format("asks_of_the_board.{}", i));
  for (std::size_t i = 0; i < plan.actions.size(); ++i) {
    auto& action = plan.actions[i];
    const std::string prefix = fmt::format("actions.{}.", i);
    redactor.apply(action.what, prefix + "what");
    redactor.apply(action.owner, prefix + "owner");
    redactor.apply(action.notes, prefix + "notes");
  }
  return redactor.count();
}

void keep_scores_only(model::Assessment& assessment) {
  for (auto& section : assessment.sections) {
    section.completed_by.reset();
    section.notes.reset();
    for (auto& row : section.rows) row.evidence.reset();
  }
  assessment.reflections = {};
}

void keep_scores_only(model::Plan& plan) {
  plan.reflections = {};
  for (auto& action : plan.actions) action.notes.reset();
}

bool kept_in_scores_only(const model::TextField& field) {
  const std::string_view path = field.path;
  return path == "area" || path.starts_with("asks_of_the_board.") ||
         (path.starts_with("actions.") && (path.ends_with(".what") || path.ends_with(".owner")));
}

bool shown_in_comparison(const model::TextField& field, bool with_evidence) {
  const std::string_view path = field.path;
  return path == "area" || (with_evidence && path.starts_with("sections.") && path.ends_with(".evidence"));
}

}  // namespace coprod::analysis
