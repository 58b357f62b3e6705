#include "analysis/input_checks.hpp"

#include <map>
#include <set>
#include <string>
#include <tuple>
#include <utility>

#include <fmt/format.h>

#include "analysis/area_names.hpp"
#include "analysis/review_versions.hpp"
#include "util/text.hpp"

namespace coprod::analysis {

namespace {

using Inputs = std::vector<const model::Assessment*>;

util::Diagnostic problem(util::Severity severity, const std::string& source, std::string message) {
  return {severity, source, {0, 0}, std::move(message)};
}

bool draws(SideBySide use) { return use == SideBySide::web || use == SideBySide::report; }

bool refuses_shared_review(SideBySide use) { return draws(use) || use == SideBySide::history; }

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
    case SideBySide::summary:
      return "the summary cannot tell which one is the area's, so it leaves them all out; keep one of them (check "
             "whether the others are copies or have the wrong area, perspective or period)";
    case SideBySide::history:
      return "history shows one file for each period and measures each change from the period before, so it cannot "
             "tell which one to use; keep one of them (correct the other's area, perspective or period if it is "
             "wrong, else remove it with 'git rm') and commit";
  }
  return {};
}

// "a.yaml:3:9", where the file says its period; "a.yaml" where that is not known.
std::string period_place(const model::Assessment& assessment) {
  const auto& at = assessment.period_position;
  return at.line > 0 ? fmt::format("{}:{}:{}", assessment.source, at.line, at.column) : assessment.source;
}

// Whether `a` and `b` are two files for one review, which `use` cannot take both of.
bool claim_one_review(const model::Assessment& a, const model::Assessment& b, SideBySide use) {
  if (!a.is_same_review(b) || a.perspective == model::Perspective::individual) return false;  // two people's
  return use == SideBySide::plan || !a.is_other_version_of(b);  // versions are what was asked for
}

// The files to name in `file`'s message: for summary, every other one (it
// leaves them all out); else the first given before it, where there is one.
std::vector<std::size_t> files_to_name(const std::vector<std::size_t>& others, std::size_t file, SideBySide use) {
  if (use == SideBySide::summary) return others;
  if (others.empty() || others.front() > file) return {};
  return {others.front()};
}

void check_shared_reviews(const Inputs& inputs, SideBySide use, util::Diagnostics& problems) {
  const auto shared = find_shared_reviews(inputs, use);
  for (std::size_t file = 0; file < inputs.size(); ++file) {
    const auto named = files_to_name(shared[file], file, use);
    if (named.empty()) continue;
    std::vector<std::string> places;
    for (const auto other : named) places.push_back(period_place(*inputs[other]));
    const auto& b = *inputs[file];
    problems.push_back({refuses_shared_review(use) ? util::Severity::error : util::Severity::warning, b.source,
                        b.period_position,
                        fmt::format("this is for the same area, perspective and period as {} ({}); {}",
                                    util::join_in_words(places), b.label(), shared_review_consequence(use))});
  }
}

void check_mixed_periods(const Inputs& inputs, SideBySide use, util::Diagnostics& problems) {
  // Two periods drawn side by side are each named by their period; summary and history are of many periods.
  if (use != SideBySide::compare && use != SideBySide::plan) return;
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
// earlier period. Periods that share months (2027-01 and 2027-Q1) are in
// neither order: warned about, whichever comes first. A plan works from one period's assessments, so one
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
  if (!one_perspective_over_periods(first, second)) return;
  if (first.period.overlaps(second.period)) {
    problems.push_back(problem(
        util::Severity::warning, second.source,
        fmt::format("this is for {}, which {} {} ({}), so the same months are in both and a difference is not what "
                    "moved from one period to the next; to see what moved, compare periods that do not share months",
                    second.period.to_string(), model::overlap_words(second.period, first.period),
                    first.period.to_string(), first.source)));
    return;
  }
  if (!second.period.ends_before(first.period)) return;
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
  if (use != SideBySide::report && use != SideBySide::compare && use != SideBySide::plan) return;
  std::vector<std::string> individual;
  for (const auto* input : inputs) {
    if (input->perspective == model::Perspective::individual) individual.push_back(input->source);
  }
  if (individual.empty()) return;
  const bool one = individual.size() == 1;
  const std::string what = one ? "this is one person's individual response"
                               : fmt::format("this and {} are individual responses",
                                             util::join_first_in_words({individual.begin() + 1, individual.end()}, 3));
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

std::vector<std::vector<std::size_t>> find_shared_reviews(const Inputs& inputs, SideBySide use) {
  // By area, perspective and period first, so thousands of files (summary) are not each compared with every other.
  std::map<std::tuple<std::string, model::Perspective, model::Period>, std::vector<std::size_t>> reviews;
  for (std::size_t i = 0; i < inputs.size(); ++i)
    reviews[{inputs[i]->area, inputs[i]->perspective, inputs[i]->period}].push_back(i);
  std::vector<std::vector<std::size_t>> shared(inputs.size());
  for (const auto& [review, files] : reviews) {
    for (const auto a : files) {
      for (const auto b : files) {
        if (a != b && claim_one_review(*inputs[a], *inputs[b], use)) shared[a].push_back(b);
      }
    }
  }
  return shared;
}

util::Diagnostics check_side_by_side(const std::vector<const model::Assessment*>& inputs, SideBySide use) {
  util::Diagnostics problems;
  // Two versions of one file (compare HEAD:F F) are one review whatever their periods say: a corrected period
  // or perspective is a change compare lists first, not two periods to put in order or to keep apart.
  const bool versions =
      use == SideBySide::compare && inputs.size() == 2 && are_versions_of_one_review(*inputs[0], *inputs[1]);
  if (!versions) check_period_order(inputs, use, problems);
  check_individual_responses(inputs, use, problems);
  check_shared_reviews(inputs, use, problems);
  // A plan refused for one perspective's two periods needs no warning of mixed periods too.
  if (!versions && !util::has_errors(problems)) check_mixed_periods(inputs, use, problems);
  return problems;
}

util::Diagnostics check_side_by_side(const AssessmentResults& inputs, SideBySide use) {
  Inputs assessments;
  for (const auto& input : inputs) assessments.push_back(input->assessment.get());
  return check_side_by_side(assessments, use);
}

}  // namespace coprod::analysis
