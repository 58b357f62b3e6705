#include "analysis/review_versions.hpp"

#include <array>
#include <functional>

#include "analysis/file_name_period.hpp"
#include "model/perspective.hpp"
#include "util/text.hpp"

namespace coprod::analysis {

namespace {

std::optional<std::string> evidence_of(const RowResult& result) {
  if (!result.has_evidence()) return std::nullopt;
  return result.response->evidence;
}

std::optional<bool> seen(const RowResult& result, std::optional<bool> model::RowResponse::*answer) {
  return result.response ? (*result.response).*answer : std::nullopt;
}

RowChange change_of(const RowComparison& row, std::size_t index) {
  RowChange change;
  change.row = index;
  const RowResult& first = *row.results.front();
  for (const auto& result : row.results) {
    change.score_changed = change.score_changed || !(result->score == first.score);
    change.evidence_changed = change.evidence_changed || evidence_of(*result) != evidence_of(first);
    change.indicator_seen_changed =
        change.indicator_seen_changed ||
        seen(*result, &model::RowResponse::indicator_seen) != seen(first, &model::RowResponse::indicator_seen);
    change.warning_seen_changed = change.warning_seen_changed || seen(*result, &model::RowResponse::warning_seen) !=
                                                                     seen(first, &model::RowResponse::warning_seen);
  }
  return change;
}

// A field's value in one version, as people read it; none where not given.
using FieldValue = std::function<std::optional<std::string>(const model::Assessment&)>;

std::optional<std::string> written(const std::optional<std::string>& text) {
  if (!text || util::trim(*text).empty()) return std::nullopt;
  return text;
}

// The field's change, when its value is not the same in every input.
std::optional<FieldChange> change_of(const AssessmentResults& inputs, FieldChange field, const FieldValue& value_of) {
  for (const auto& input : inputs) field.values.push_back(value_of(*input->assessment));
  for (const auto& value : field.values)
    if (value != field.values.front()) return field;
  return std::nullopt;
}

const model::SectionResponse* section_of(const model::Assessment& assessment, const std::string& section_id) {
  return assessment.find_section(section_id);
}

std::vector<std::pair<std::string, FieldValue>> top_level_fields() {
  return {
      {"area", [](const model::Assessment& a) { return written(a.area); }},
      {"perspective", [](const model::Assessment& a) { return std::string(model::perspective_title(a.perspective)); }},
      {"period", [](const model::Assessment& a) { return a.period.to_string(); }},
      {"framework_version", [](const model::Assessment& a) { return std::to_string(a.framework_version); }},
      {"combined_from",
       [](const model::Assessment& a) {
         return a.combined_from ? std::optional(std::to_string(*a.combined_from)) : std::nullopt;
       }},
  };
}

std::vector<std::pair<std::string, FieldValue>> section_fields(const std::string& id) {
  return {
      {"completed_by",
       [id](const model::Assessment& a) {
         const auto* section = section_of(a, id);
         return section ? written(section->completed_by) : std::nullopt;
       }},
      {"last_completed",
       [id](const model::Assessment& a) -> std::optional<std::string> {
         const auto* section = section_of(a, id);
         if (!section || !section->last_completed) return std::nullopt;
         return section->last_completed->to_string();
       }},
      {"notes",
       [id](const model::Assessment& a) {
         const auto* section = section_of(a, id);
         return section ? written(section->notes) : std::nullopt;
       }},
  };
}

const std::optional<std::string>& reflection_of(const model::Reflections& reflections, std::size_t index) {
  const std::array<const std::optional<std::string>*, 4> texts = {&reflections.surprising, &reflections.challenging,
                                                                  &reflections.learnt, &reflections.priorities};
  return *texts[index];
}

}  // namespace

bool are_versions_of_one_review(const model::Assessment& a, const model::Assessment& b) {
  if (!a.is_other_version_of(b)) return false;
  return a.period == b.period || period_in_file_name(a.source) || period_in_file_name(b.source);
}

bool are_versions_of_one_review(const AssessmentResults& inputs) {
  if (inputs.size() < 2) return false;
  for (std::size_t i = 0; i < inputs.size(); ++i) {
    for (std::size_t j = 0; j < i; ++j) {
      if (!are_versions_of_one_review(*inputs[i]->assessment, *inputs[j]->assessment)) return false;
    }
  }
  return true;
}

bool is_review_identity(const FieldChange& change) {
  return change.kind == FieldChange::Kind::top_level &&
         (change.field == "area" || change.field == "perspective" || change.field == "period");
}

std::vector<RowChange> find_row_changes(const std::vector<RowComparison>& rows) {
  std::vector<RowChange> changes;
  for (std::size_t r = 0; r < rows.size(); ++r) {
    const RowChange change = change_of(rows[r], r);
    if (change.any()) changes.push_back(change);
  }
  return changes;
}

std::vector<FieldChange> find_field_changes(const AssessmentResults& inputs,
                                            const std::vector<SectionComparison>& sections) {
  std::vector<FieldChange> changes;
  const auto add = [&](FieldChange field, const FieldValue& value_of) {
    if (auto change = change_of(inputs, std::move(field), value_of)) changes.push_back(std::move(*change));
  };
  for (const auto& [name, value_of] : top_level_fields())
    add({FieldChange::Kind::top_level, name, name, 0, {}}, value_of);
  for (std::size_t s = 0; s < sections.size(); ++s) {
    const std::string& id = sections[s].section->id;
    for (const auto& [name, value_of] : section_fields(id))
      add({FieldChange::Kind::section, name, id + "." + name, s, {}}, value_of);
  }
  for (std::size_t r = 0; r < model::k_reflection_keys.size(); ++r) {
    const std::string& name = model::k_reflection_keys[r];
    add({FieldChange::Kind::reflection, name, "reflections." + name, 0, {}},
        [r](const model::Assessment& a) { return written(reflection_of(a.reflections, r)); });
  }
  return changes;
}

}  // namespace coprod::analysis
