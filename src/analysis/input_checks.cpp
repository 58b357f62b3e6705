#include "analysis/input_checks.hpp"

#include <set>
#include <string>
#include <utility>

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

bool one_perspective_over_periods(const model::Assessment& a, const model::Assessment& b) {
  return a.perspective == b.perspective && same_area(a.area, b.area) && (a.period < b.period || b.period < a.period);
}

// compare A B shows B minus A: for one perspective of one area, A must be the
// earlier period. A plan works from one period's assessments, so one
// perspective's two periods are refused in either order: the plan would take
// the change between them for a difference between perspectives.
void check_period_order(const Inputs& inputs, SideBySide use, util::Diagnostics& problems) {
  if (use == SideBySide::plan) {
    for (std::size_t later = 1; later < inputs.size(); ++later) {
      for (std::size_t earlier = 0; earlier < later; ++earlier) {
        const auto& a = *inputs[earlier];
        const auto& b = *inputs[later];
        if (!one_perspective_over_periods(a, b)) continue;
        const auto& [before, after] = a.period < b.period ? std::pair(&a, &b) : std::pair(&b, &a);
        problems.push_back(problem(
            util::Severity::error, b.source,
            fmt::format("this is the {} assessment for {}, and {} is its assessment for {}: one perspective in two "
                        "periods; a plan works from one period's assessments, one file for each perspective, so "
                        "give the latest ({}) with the other perspective's file of that period, and use 'coprod "
                        "compare {} {}' to see what moved between the periods",
                        model::perspective_title(b.perspective), b.period.to_string(), a.source, a.period.to_string(),
                        after->source, before->source, after->source)));
        return;
      }
    }
    return;
  }
  if (use != SideBySide::compare || inputs.size() != 2) return;
  const auto& first = *inputs[0];
  const auto& second = *inputs[1];
  if (!one_perspective_over_periods(first, second) || !(second.period < first.period)) return;
  problems.push_back(problem(
      util::Severity::error, second.source,
      fmt::format("this is for {}, which is before {} ({}); compare shows the second file minus the first, so every "
                  "change would read backwards (an improvement as a fall); name the earlier period's file first: {} "
                  "before {}",
                  second.period.to_string(), first.period.to_string(), first.source, second.source, first.source)));
}

// An individual response is one person's own answers, which the individual
// form promises are combined so that no one's are shown: a report (for a
// board) refuses one; compare and plan, worked with by the group, warn once.
void check_individual_responses(const Inputs& inputs, SideBySide use, util::Diagnostics& problems) {
  if (use == SideBySide::web) return;
  std::vector<std::string> individual;
  for (const auto* input : inputs) {
    if (input->perspective == model::Perspective::individual) individual.push_back(input->source);
  }
  if (individual.empty()) return;
  const bool one = individual.size() == 1;
  const std::string what = one ? "this is one person's individual response"
                               : fmt::format("this and {} are individual responses",
                                             util::join({individual.begin() + 1, individual.end()}, ", "));
  const std::string combine = "coprod combine RESPONSE.yaml... -o peer-network.coprod.yaml";
  if (use == SideBySide::report) {
    problems.push_back(problem(util::Severity::error, individual.front(),
                               fmt::format("{}; the individual form promises that responses are combined so that no "
                                           "one's own answers are shown, so combine the responses first ({}) and "
                                           "report on the combined file",
                                           what, combine)));
    return;
  }
  problems.push_back(problem(util::Severity::warning, individual.front(),
                             fmt::format("{}, so {} own answers are shown; the individual form promises that "
                                         "responses are combined first ({})",
                                         what, one ? "their" : "each person's", combine)));
}

}  // namespace

util::Diagnostics check_side_by_side(const std::vector<const model::Assessment*>& inputs, SideBySide use) {
  util::Diagnostics problems;
  check_period_order(inputs, use, problems);
  check_individual_responses(inputs, use, problems);
  check_shared_reviews(inputs, use, problems);
  // A plan refused for one perspective's two periods needs no warning of mixed periods too.
  if (!util::has_errors(problems)) check_mixed_periods(inputs, use, problems);
  return problems;
}

util::Diagnostics check_side_by_side(const AssessmentResults& inputs, SideBySide use) {
  Inputs assessments;
  for (const auto& input : inputs) assessments.push_back(input->assessment.get());
  return check_side_by_side(assessments, use);
}

}  // namespace coprod::analysis
