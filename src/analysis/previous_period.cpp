#include "analysis/previous_period.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "analysis/area_names.hpp"
#include "analysis/file_name_period.hpp"
#include "util/text.hpp"

namespace coprod::analysis {

namespace {

// With --previous given, one perspective of an area among the current files
// for two periods (individual responses aside: they may be two people's).
std::optional<std::string> earlier_period_among_current(const std::vector<const model::Assessment*>& current) {
  for (const auto* later : current) {
    for (const auto* earlier : current) {
      if (later->perspective == model::Perspective::individual || earlier->perspective != later->perspective ||
          earlier->area != later->area || !(earlier->period < later->period))
        continue;
      // 2027-01 and 2027-Q1 share months: neither is the earlier one.
      if (!earlier->period.ends_before(later->period)) {
        return fmt::format(
            "{} ({}) and {} ({}) are both the {}'s assessment of {}, and {} {} {}; give the files of "
            "one period, and earlier periods with --previous",
            earlier->source, earlier->period.to_string(), later->source, later->period.to_string(),
            model::perspective_title(later->perspective), later->area, earlier->period.to_string(),
            model::overlap_words(earlier->period, later->period), later->period.to_string());
      }
      return fmt::format(
          "{} ({}) and {} ({}) are both the {}'s assessment of {}, so the earlier one would be drawn as a current "
          "one; --previous takes one file, so write it before each earlier file (--previous A --previous B)",
          earlier->source, earlier->period.to_string(), later->source, later->period.to_string(),
          model::perspective_title(later->perspective), later->area);
    }
  }
  return std::nullopt;
}

// "the organisation's assessment of Northbridge", "an individual response for Northbridge".
std::string whose_assessment(const model::Assessment& assessment) {
  if (assessment.perspective == model::Perspective::individual)
    return fmt::format("an individual response for {}", assessment.area);
  return fmt::format("the {}'s assessment of {}", model::perspective_title(assessment.perspective), assessment.area);
}

std::string unmatched_previous(const model::Assessment& earlier, const std::vector<const model::Assessment*>& current) {
  std::vector<std::string> views;
  for (const auto* now : current) {
    auto view = whose_assessment(*now);
    if (std::find(views.begin(), views.end(), view) == views.end()) views.push_back(std::move(view));
  }
  return fmt::format(
      "--previous {} is {}, but {} {}, so there is nothing to show its change against; --previous is drawn behind "
      "the current assessment of the same perspective and area, so give an earlier assessment of the same "
      "perspective and area as a current file, or give {} without --previous to draw it as a current one",
      earlier.source, whose_assessment(earlier), current.size() == 1 ? "the current file is" : "the current files are",
      util::join_in_words(views), earlier.source);
}

// "; the period of q1.yaml, at q1.yaml:6:9, is 2026-Q4, but its file name
// says 2027-Q1: ..." when the file name of `assessment` gives another period
// (a copy renamed by hand), else "".
std::string period_named_otherwise(const model::Assessment& assessment) {
  const auto named = period_in_file_name(assessment.source);
  if (!named || *named == assessment.period) return "";
  return fmt::format(
      "; the period of {}, at {}:{}:{}, is {}, but its file name says {}: if the file is for {}, set "
      "its period to {}",
      assessment.source, assessment.source, assessment.period_position.line, assessment.period_position.column,
      assessment.period.to_string(), named->to_string(), named->to_string(), named->to_string());
}

std::optional<std::string> period_problem(const model::Assessment& earlier, const model::Assessment& now) {
  const std::string period = earlier.period.to_string();
  const std::string current_period = now.period.to_string();
  if (earlier.period.ends_before(now.period)) return std::nullopt;
  if (!earlier.period.overlaps(now.period) || earlier.period == now.period) {
    return fmt::format(
        "--previous {} is for {}, which is not before {} ({}); --previous is for an earlier period's assessment, so "
        "check the order of the files{}{}",
        earlier.source, period, current_period, now.source, period_named_otherwise(now),
        period_named_otherwise(earlier));
  }
  return fmt::format(
      "--previous {} is for {}, which {} {} ({}), so the same months would be drawn as both earlier and "
      "current; --previous is for an earlier period's assessment, so give one for a period that ends before {} "
      "starts",
      earlier.source, period, model::overlap_words(earlier.period, now.period), current_period, now.source,
      current_period);
}

}  // namespace

bool is_earlier_view_of(const model::Assessment& earlier, const model::Assessment& current) {
  return earlier.perspective == current.perspective && same_area(earlier.area, current.area);
}

std::optional<std::string> previous_period_problem(const std::vector<const model::Assessment*>& previous,
                                                   const std::vector<const model::Assessment*>& current) {
  if (current.empty() || previous.empty()) return std::nullopt;
  if (auto problem = earlier_period_among_current(current)) return problem;
  for (const auto* earlier : previous) {
    const model::Assessment* first = nullptr;  // the earliest current file it is drawn behind
    for (const auto* now : current) {
      if (is_earlier_view_of(*earlier, *now) && (!first || now->period < first->period)) first = now;
    }
    if (!first) return unmatched_previous(*earlier, current);
    if (auto problem = period_problem(*earlier, *first)) return problem;
  }
  return std::nullopt;
}

std::shared_ptr<const AssessmentResult> latest_earlier_view(const AssessmentResults& previous,
                                                            const model::Assessment& current) {
  std::shared_ptr<const AssessmentResult> found;
  for (const auto& earlier : previous) {
    if (!is_earlier_view_of(*earlier->assessment, current)) continue;
    if (!found || found->assessment->period < earlier->assessment->period) found = earlier;
  }
  return found;
}

std::optional<int> section_change_tenths(const AssessmentResult& now, const AssessmentResult& earlier,
                                         std::size_t section) {
  if (section >= now.sections.size() || section >= earlier.sections.size()) return std::nullopt;
  const auto& score_now = now.sections[section].score;
  const auto& score_then = earlier.sections[section].score;
  if (!score_now || !score_then) return std::nullopt;
  return score_now->tenths() - score_then->tenths();
}

bool averages_of_different_rows(const AssessmentResult& now, const AssessmentResult& earlier, std::size_t section) {
  if (section >= now.sections.size() || section >= earlier.sections.size()) return false;
  const auto& rows_now = now.sections[section].rows;
  const auto& rows_then = earlier.sections[section].rows;
  if (rows_now.size() != rows_then.size()) return true;
  for (std::size_t i = 0; i < rows_now.size(); ++i) {
    if (rows_now[i].score.is_scored() != rows_then[i].score.is_scored()) return true;
  }
  return false;
}

}  // namespace coprod::analysis
