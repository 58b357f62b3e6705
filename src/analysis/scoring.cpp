#include "analysis/scoring.hpp"

#include <fmt/format.h>

#include "util/shared_part.hpp"

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

SectionResult score_section(const std::shared_ptr<const model::Framework>& framework,
                            const model::FrameworkSection& section,
                            const std::shared_ptr<const model::Assessment>& assessment) {
  const model::SectionResponse* response = assessment->find_section(section.id);
  SectionResult result;
  result.section = util::share_part(framework, &section);
  result.response = util::share_part(assessment, response);
  result.rows.reserve(section.rows.size());
  Mean mean;
  for (const auto& row : section.rows) {
    RowResult row_result;
    row_result.row = util::share_part(framework, &row);
    row_result.response = util::share_part(assessment, response ? response->find_row(row.id) : nullptr);
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
    result.rows.push_back(std::move(row_result));
  }
  if (mean.count > 0) result.score = mean;
  return result;
}

}  // namespace

AssessmentResult score_assessment(std::shared_ptr<const model::Framework> framework,
                                  std::shared_ptr<const model::Assessment> assessment) {
  AssessmentResult result;
  result.sections.reserve(framework->sections.size());
  for (const auto& section : framework->sections) {
    result.sections.push_back(score_section(framework, section, assessment));
  }
  result.framework = std::move(framework);
  result.assessment = std::move(assessment);
  return result;
}

AssessmentResult score_assessment(std::shared_ptr<const model::Framework> framework, model::Assessment assessment) {
  return score_assessment(std::move(framework), std::make_shared<const model::Assessment>(std::move(assessment)));
}

std::string describe_coverage(const Coverage& coverage) {
  std::string text = fmt::format("{} of {} {}", coverage.scored, coverage.total, coverage.total == 1 ? "row" : "rows");
  if (coverage.not_applicable > 0) text += fmt::format(", {} not applicable", coverage.not_applicable);
  return text;
}

std::string describe_coverage(const SectionResult& section) { return describe_coverage(section.coverage()); }

}  // namespace coprod::analysis
