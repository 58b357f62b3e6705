#include "cli/privacy.hpp"

#include <map>

#include <fmt/format.h>

#include "analysis/personal_data.hpp"

namespace coprod::cli {

namespace {

class Redactor {
 public:
  explicit Redactor(const std::vector<yaml::TextField>& fields) {
    for (const auto& field : fields) m_fields.emplace(field.path, &field);
  }

  void apply(std::optional<std::string>& value, const std::string& path) {
    if (value) apply(*value, path);
  }

  void apply(std::string& value, const std::string& path) {
    const auto found = m_fields.find(path);
    std::vector<analysis::PersonalDataMatch> matches;
    for (const auto& match : analysis::find_personal_data(value)) {
      if (found == m_fields.end() || !found->second->is_reviewed(analysis::rule_id(match.rule))) matches.push_back(match);
    }
    if (matches.empty()) return;
    value = analysis::redact(value, matches);
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
  std::map<std::string, const yaml::TextField*> m_fields;
  int m_count = 0;
};

}  // namespace

std::vector<Flag> scan_personal_data(const std::string& source, std::string_view text, const yaml::Node& root) {
  std::vector<Flag> flags;
  for (const auto& field : yaml::find_text_fields(text, root)) {
    for (const auto& line : field.lines) {
      for (const auto& match : analysis::find_personal_data(line.text)) {
        const std::string rule(analysis::rule_id(match.rule));
        if (field.is_reviewed(rule)) continue;
        const std::string message =
            fmt::format("this looks like {} ('{}'); remove it before sharing, or if it may stay, end line {} with '{} {}' [{}]",
                        analysis::rule_description(match.rule), line.text.substr(match.offset, match.length),
                        field.node->position.line, yaml::k_reviewed_marker, rule, rule);
        flags.push_back({{util::Severity::warning, source, {line.line, line.column + static_cast<int>(match.offset)}, message}, rule});
      }
    }
  }
  return flags;
}

int redact_assessment(model::Assessment& assessment, const std::vector<yaml::TextField>& fields) {
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

int redact_plan(model::Plan& plan, const std::vector<yaml::TextField>& fields) {
  Redactor redactor(fields);
  redactor.apply(plan.area, "area");
  redactor.apply(plan.reflections, "reflections.");
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

}  // namespace coprod::cli
