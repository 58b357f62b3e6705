#include "analysis/scoring.hpp"

#include <fmt/format.h>

namespace coprod::analysis {

int Mean::tenths() const {
  // round(sum/(2*count) * 10) with halves rounded up, in integers.
  return (sum_halves * 10 + count) / (2 * count);
}

std::string Mean::to_string() const {
  const int t = tenths();
  return fmt::format("{}.{}", t / 10, t % 10);
}

namespace {

SectionResult score_section(const model::FrameworkSection& section,
                            const model::SectionResponse* response) {
  SectionResult result;
  result.section = &section;
  result.response = response;
  Mean mean;
  for (const auto& row : section.rows) {
    RowResult row_result;
    row_result.row = &row;
    row_result.response = response ? response->find_row(row.id) : nullptr;
    if (row_result.response) row_result.score = row_result.response->score;
    switch (row_result.score.state()) {
      case model::Score::State::scored:
        ++result.scored_rows;
        mean.sum_halves += row_result.score.halves();
        ++mean.count;
        break;
      case model::Score::State::not_applicable: ++result.not_applicable_rows; break;
      case model::Score::State::not_scored: ++result.not_scored_rows; break;
    }
    result.rows.push_back(row_result);
  }
  if (mean.count > 0) result.score = mean;
  return result;
}

}  // namespace

AssessmentResult score_assessment(const model::Framework& framework,
                                  const model::Assessment& assessment) {
  AssessmentResult result;
  result.framework = &framework;
  result.assessment = &assessment;
  for (const auto& section : framework.sections) {
    result.sections.push_back(score_section(section, assessment.find_section(section.id)));
  }
  return result;
}

std::string describe_coverage(const SectionResult& section) {
  std::string text =
      fmt::format("{} of {} {}", section.scored_rows, section.total_rows(), section.total_rows() == 1 ? "row" : "rows");
  if (section.not_applicable_rows > 0) {
    text += fmt::format(", {} not applicable", section.not_applicable_rows);
  }
  return text;
}

}  // namespace coprod::analysis
