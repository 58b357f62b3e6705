#include "analysis/input_checks.hpp"

#include <set>
#include <string>

#include <fmt/format.h>

#include "analysis/area_names.hpp"
#include "util/text.hpp"

namespace coprod::analysis {

namespace {

using Inputs = std::vector<const model::Assessment*>;

util::Diagnostic problem(util::Severity severity, const std::string& source, std::string message) {
  return {severity, source, {0, 0}, std::move(message)};
}

bool draws(SideBySide use) { return use == SideBySide::web || use == SideBySide::report; }

// Why two files for one area, perspective and period are a problem for `use`, and what to do.
std::string shared_review_consequence(SideBySide use) {
  switch (use) {
    case SideBySide::compare:
      return "compare expects one file for each perspective or period, so check whether one of them is a copy or has "
             "the wrong perspective";
    case SideBySide::plan:
      return "plan expects one file for each perspective, so check whether one of them is a copy or has the wrong "
             "perspective";
    case SideBySide::web:
    case SideBySide::report:
      return fmt::format(
          "the {} names each file by its perspective and period, so the two could not be told apart; give one of "
          "them (check whether the other is a copy or has the wrong perspective), and use 'coprod compare' to see "
          "how they differ",
          use == SideBySide::web ? "web" : "report");
  }
  return {};
}

void check_shared_reviews(const Inputs& inputs, SideBySide use, util::Diagnostics& problems) {
  for (std::size_t later = 1; later < inputs.size(); ++later) {
    for (std::size_t earlier = 0; earlier < later; ++earlier) {
      const auto& a = *inputs[earlier];
      const auto& b = *inputs[later];
      if (!a.is_same_review(b) || a.perspective == model::Perspective::individual) continue;
      // Two versions of one file are what compare (or web) was asked for, not copies.
      if (use != SideBySide::plan && a.is_other_version_of(b)) continue;
      problems.push_back(problem(draws(use) ? util::Severity::error : util::Severity::warning, b.source,
                                 fmt::format("this is for the same area, perspective and period as {} ({}); {}",
                                             a.source, a.label(), shared_review_consequence(use))));
      break;
    }
  }
}

void check_mixed_periods(const Inputs& inputs, SideBySide use, util::Diagnostics& problems) {
  if (draws(use)) return;  // two periods side by side are each named by their period
  std::set<std::string> periods;
  std::set<model::Perspective> perspectives;
  for (const auto* input : inputs) {
    periods.insert(input->period.to_string());
    perspectives.insert(input->perspective);
  }
  if (periods.size() < 2) return;
  const std::vector<std::string> listed(periods.begin(), periods.end());
  if (use == SideBySide::plan) {
    problems.push_back(problem(util::Severity::warning, "coprod",
                               fmt::format("the assessments are for different periods ({}); a plan works from "
                                           "one period's assessments, so give the latest of each perspective "
                                           "(use 'compare' to see what moved between periods)",
                                           util::join(listed, ", "))));
  } else if (perspectives.size() > 1) {
    problems.push_back(problem(util::Severity::warning, "coprod",
                               fmt::format("the assessments differ in both perspective and period ({}); a "
                                           "difference may come from either, so compare perspectives of one "
                                           "period, or one perspective over periods",
                                           util::join(listed, ", "))));
  }
}

// compare A B shows B minus A: for one perspective of one area, A must be the earlier period.
void check_period_order(const Inputs& inputs, SideBySide use, util::Diagnostics& problems) {
  if (use != SideBySide::compare || inputs.size() != 2) return;
  const auto& first = *inputs[0];
  const auto& second = *inputs[1];
  if (first.perspective != second.perspective || !same_area(first.area, second.area) || !(second.period < first.period))
    return;
  problems.push_back(problem(
      util::Severity::error, second.source,
      fmt::format("this is for {}, which is before {} ({}); compare shows the second file minus the first, so every "
                  "change would read backwards (an improvement as a fall); name the earlier period's file first: {} "
                  "before {}",
                  second.period.to_string(), first.period.to_string(), first.source, second.source, first.source)));
}

}  // namespace

util::Diagnostics check_side_by_side(const std::vector<const model::Assessment*>& inputs, SideBySide use) {
  util::Diagnostics problems;
  check_period_order(inputs, use, problems);
  check_shared_reviews(inputs, use, problems);
  check_mixed_periods(inputs, use, problems);
  return problems;
}

util::Diagnostics check_side_by_side(const AssessmentResults& inputs, SideBySide use) {
  Inputs assessments;
  for (const auto& input : inputs) assessments.push_back(input->assessment.get());
  return check_side_by_side(assessments, use);
}

}  // namespace coprod::analysis
