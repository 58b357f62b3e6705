// Wording shared by the text and Markdown reports of versions of one review.

#include <algorithm>

#include <fmt/format.h>

#include "model/sections_as_rows.hpp"
#include "render/comparison.hpp"
#include "render/missing_score.hpp"
#include "render/reflection_points.hpp"
#include "render/report.hpp"
#include "util/text.hpp"
#include "util/title_join.hpp"

namespace coprod::render {

namespace {

// With two versions, which way the score went; empty where there is no way to say.
std::string direction_words(const analysis::RowComparison& row) {
  if (row.results.size() != 2) return "";
  const model::Score& before = row.results[0]->score;
  const model::Score& after = row.results[1]->score;
  if (before.is_scored() && after.is_scored()) {
    const double change = after.value() - before.value();
    return describe_direction(change > 0 ? analysis::Direction::up : analysis::Direction::down, change);
  }
  if (after.is_scored()) return describe_direction(analysis::Direction::newly_scored, 0);
  if (before.is_scored()) return describe_direction(analysis::Direction::no_longer_scored, 0);
  return "";
}

std::string seen_word(const std::optional<bool>& seen) {
  if (!seen) return "not answered";
  return *seen ? "yes" : "no";
}

// "early indicator seen: not answered -> yes"
std::string seen_change(const analysis::RowComparison& row, std::string_view what,
                        std::optional<bool> model::RowResponse::*answer) {
  std::vector<std::string> answers;
  for (const auto& result : row.results)
    answers.push_back(seen_word(result->response ? (*result->response).*answer : std::nullopt));
  return fmt::format("{} seen: {}", what, util::join(answers, " -> "));
}

}  // namespace

std::vector<std::string> describe_other_changes(const analysis::RowComparison& row, const analysis::RowChange& change) {
  std::vector<std::string> phrases = {change.evidence_changed ? "evidence changed:" : "evidence unchanged"};
  if (change.indicator_seen_changed)
    phrases.push_back(seen_change(row, "early indicator", &model::RowResponse::indicator_seen));
  if (change.warning_seen_changed)
    phrases.push_back(seen_change(row, "warning sign", &model::RowResponse::warning_seen));
  // "evidence changed:" introduces the texts, which follow the line: it goes last.
  if (change.evidence_changed) std::rotate(phrases.begin(), phrases.begin() + 1, phrases.end());
  return phrases;
}

std::string value_or_change(const analysis::Comparison& comparison, std::string_view field, std::string first) {
  for (const auto& change : comparison.field_changes)
    if (change.kind == analysis::FieldChange::Kind::top_level && change.field == field)
      return describe_field_values(change, [](std::string_view text) { return std::string(text); });
  return first;
}

std::string versions_title(const analysis::Comparison& comparison) {
  const model::Assessment& first = *comparison.inputs.front()->assessment;
  return fmt::format(
      "Changes to one assessment: {}, {}, {}",
      value_or_change(comparison, "perspective", std::string(model::perspective_title(first.perspective))),
      value_or_change(comparison, "area", first.area), value_or_change(comparison, "period", first.period.to_string()));
}

std::string changed_row_heading(const analysis::Comparison& comparison, const analysis::RowComparison& row) {
  const std::string name = row_name_with_section(comparison, row);
  if (model::row_is_the_section(*row.section, *row.row)) return name;
  return util::join_title(name, ": ", signed_row_heading(*comparison.framework, *row.row));
}

std::string describe_score_change(const analysis::RowComparison& row, const analysis::RowChange& change) {
  if (!change.score_changed) return fmt::format("score {} (unchanged)", row_score_full_words(row.results[0]->score));
  std::vector<std::string> scores;
  for (const auto& result : row.results) scores.push_back(row_score_full_words(result->score));
  std::string words = "score " + util::join(scores, " -> ");
  if (const std::string direction = direction_words(row); !direction.empty()) words += " (" + direction + ")";
  return words;
}

namespace {

std::string top_level_field_name(std::string_view field) {
  if (field == "framework_version") return "Framework version";
  if (field == "combined_from") return "Number of responses combined";
  return util::capitalised(std::string(field));  // "Area", "Perspective", "Period"
}

std::string reflection_title(std::string_view field) {
  const auto titles = titled_reflections(model::Reflections{});
  for (std::size_t i = 0; i < model::k_reflection_keys.size() && i < titles.size(); ++i)
    if (model::k_reflection_keys[i] == field) return std::string(titles[i].title);
  return std::string(field);
}

std::string section_field_name(std::string_view field) {
  if (field == "completed_by") return "Completed by";
  if (field == "last_completed") return "Last completed";
  return "Notes";
}

}  // namespace

std::string changed_field_heading(const analysis::Comparison& comparison, const analysis::FieldChange& change) {
  switch (change.kind) {
    case analysis::FieldChange::Kind::top_level: return top_level_field_name(change.field);
    case analysis::FieldChange::Kind::section:
      return fmt::format("{} ({})", section_field_name(change.field),
                         comparison.sections[change.section].section->label());
    case analysis::FieldChange::Kind::reflection: return "Reflections: " + reflection_title(change.field);
  }
  return change.key;
}

bool is_long_text(const analysis::FieldChange& change) {
  return change.kind == analysis::FieldChange::Kind::reflection || change.field == "notes";
}

std::string describe_field_values(const analysis::FieldChange& change,
                                  const std::function<std::string(std::string_view)>& escape) {
  std::vector<std::string> values;
  for (const auto& value : change.values) values.push_back(value ? escape(*value) : "not given");
  return util::join(values, " -> ");
}

}  // namespace coprod::render
