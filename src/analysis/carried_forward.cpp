#include "analysis/carried_forward.hpp"

#include <algorithm>

#include <fmt/format.h>

namespace coprod::analysis {

namespace {

bool same_row_answers(const model::RowResponse& a, const model::RowResponse& b) {
  return a.score == b.score && a.evidence == b.evidence && a.indicator_seen == b.indicator_seen &&
         a.warning_seen == b.warning_seen;
}

bool same_answers(const model::SectionResponse& now, const model::SectionResponse& earlier) {
  if (now.completed_by != earlier.completed_by || now.notes != earlier.notes || now.rows.size() != earlier.rows.size())
    return false;
  return std::all_of(now.rows.begin(), now.rows.end(), [&](const model::RowResponse& row) {
    const model::RowResponse* then = earlier.find_row(row.row_id);
    return then && same_row_answers(row, *then);
  });
}

}  // namespace

Carried carried_forward(const AssessmentResult& now, const AssessmentResult* earlier, std::size_t section) {
  if (section >= now.sections.size()) return Carried::no;
  const SectionResult& result = now.sections[section];
  const model::SectionResponse* response = result.response.get();
  if (!response) return Carried::no;
  const model::SectionResponse* then = earlier ? earlier->assessment->find_section(response->section_id) : nullptr;
  if (then && !same_answers(*response, *then)) return Carried::no;  // answers changed: reviewed, whatever the date
  if (response->last_completed) {
    return completed_before(*response->last_completed, now.assessment->period) ? Carried::completed_before
                                                                               : Carried::no;
  }
  if (!then || result.scored_rows + result.not_applicable_rows == 0) return Carried::no;
  return Carried::same_answers_undated;
}

bool completed_before(const model::Date& last_completed, const model::Period& period) {
  return last_completed < model::Date{period.year(), period.start_month(), 1};
}

std::optional<std::string> changed_but_completed_before_message(const model::SectionResponse& section,
                                                                const model::Period& period) {
  if (!section.last_completed || !completed_before(*section.last_completed, period)) return std::nullopt;
  return fmt::format(
      "the section '{}' was changed, but its last completed date is still {}, before {} began, so a report may call "
      "it carried forward from an earlier period",
      section.section_id, section.last_completed->to_string(), period.to_string());
}

}  // namespace coprod::analysis
