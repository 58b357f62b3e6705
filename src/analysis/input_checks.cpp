#include "analysis/input_checks.hpp"

#include <set>
#include <string>

#include <fmt/format.h>

#include "util/text.hpp"

namespace coprod::analysis {

namespace {

const model::Assessment& assessment_of(const std::shared_ptr<const AssessmentResult>& input) {
  return *input->assessment;
}

util::Diagnostic warning(const std::string& source, std::string message) {
  return {util::Severity::warning, source, {0, 0}, std::move(message)};
}

void check_shared_perspectives(const AssessmentResults& inputs, SideBySide use, util::Diagnostics& warnings) {
  for (std::size_t later = 1; later < inputs.size(); ++later) {
    for (std::size_t earlier = 0; earlier < later; ++earlier) {
      const auto& a = assessment_of(inputs[earlier]);
      const auto& b = assessment_of(inputs[later]);
      if (!a.is_same_review(b)) continue;
      // Two versions of one file are what compare was asked for, not copies.
      if (use == SideBySide::compare && a.is_other_version_of(b)) continue;
      warnings.push_back(warning(
          b.source, fmt::format("this is for the same area, perspective and period as {} ({}); {} expects one file "
                                "for each {}, so check whether one of them is a copy or has the wrong perspective",
                                a.source, a.label(), use == SideBySide::plan ? "plan" : "compare",
                                use == SideBySide::plan ? "perspective" : "perspective or period")));
      break;
    }
  }
}

void check_mixed_periods(const AssessmentResults& inputs, SideBySide use, util::Diagnostics& warnings) {
  std::set<std::string> periods;
  std::set<model::Perspective> perspectives;
  for (const auto& input : inputs) {
    periods.insert(assessment_of(input).period.to_string());
    perspectives.insert(assessment_of(input).perspective);
  }
  if (periods.size() < 2) return;
  const std::vector<std::string> listed(periods.begin(), periods.end());
  if (use == SideBySide::plan) {
    warnings.push_back(
        warning("coprod", fmt::format("the assessments are for different periods ({}); a plan works from "
                                      "one period's assessments, so give the latest of each perspective "
                                      "(use 'compare' to see what moved between periods)",
                                      util::join(listed, ", "))));
  } else if (perspectives.size() > 1) {
    warnings.push_back(warning("coprod", fmt::format("the assessments differ in both perspective and period ({}); a "
                                                     "difference may come from either, so compare perspectives of one "
                                                     "period, or one perspective over periods",
                                                     util::join(listed, ", "))));
  }
}

}  // namespace

util::Diagnostics check_side_by_side(const AssessmentResults& inputs, SideBySide use) {
  util::Diagnostics warnings;
  check_shared_perspectives(inputs, use, warnings);
  check_mixed_periods(inputs, use, warnings);
  return warnings;
}

}  // namespace coprod::analysis
