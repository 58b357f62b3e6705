// The pack's table of section scores in every period, when more than one
// earlier period is given (report --previous): every period the web draws,
// with its numbers.

#include <algorithm>
#include <cctype>

#include <fmt/format.h>

#include "analysis/previous_period.hpp"
#include "render/missing_score.hpp"
#include "render/report.hpp"
#include "render/scores.hpp"
#include "util/add_once.hpp"

namespace coprod::render {

std::vector<model::Period> report_every_period(const Report& report) {
  std::vector<model::Period> earlier;
  for (const auto& result : report.previous) util::add_once(earlier, result->assessment->period);
  if (earlier.size() < 2) return {};
  std::vector<model::Period> periods = earlier;
  for (const auto& input : report.inputs) util::add_once(periods, input->assessment->period);
  std::sort(periods.begin(), periods.end());
  return periods;
}

std::string report_input_view(const Report& report, std::size_t input) {
  const auto& a = *report.inputs[input]->assessment;
  std::string view(model::perspective_title(a.perspective));
  if (!view.empty()) view[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(view[0])));
  const bool shared_area = std::all_of(report.inputs.begin(), report.inputs.end(),
                                       [&](const auto& other) { return other->assessment->area == a.area; });
  return shared_area ? view : fmt::format("{}, {}", view, a.area);
}

std::string section_score_in_period(const Report& report, std::size_t input, std::size_t section,
                                    const model::Period& period) {
  const auto& now = *report.inputs[input];
  const analysis::AssessmentResult* found = now.assessment->period == period ? &now : nullptr;
  for (const auto& earlier : report.previous) {
    if (found) break;
    if (earlier->assessment->period == period && analysis::is_earlier_view_of(*earlier->assessment, *now.assessment))
      found = earlier.get();
  }
  if (!found) return std::string(k_no_assessment_words);
  return section_score_text(found->sections[section], k_not_scored_words);
}

}  // namespace coprod::render
