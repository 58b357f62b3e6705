#include <algorithm>
#include <cmath>
#include <cstdlib>

#include <fmt/format.h>

#include "render/coverage_notes.hpp"
#include "render/plan.hpp"
#include "render/report.hpp"
#include "render/scores.hpp"
#include "util/text.hpp"

namespace coprod::render {

namespace {

constexpr std::size_t k_heading_words = 12;
constexpr std::size_t k_short_label_words = 7;
constexpr std::size_t k_warning_words = 8;  // telling apart rows that share an early indicator
constexpr std::size_t k_summary_prompts = 3;
constexpr std::size_t k_summary_prompts_at_most = 5;  // what page 1 has room for

// The start of a row's early indicator, else of its warning sign, else its id.
std::string text_heading(const model::FrameworkRow& row) {
  if (row.indicator) return first_words(row.indicator->flattened(), k_heading_words);
  if (row.warning) return first_words(row.warning->flattened(), k_heading_words);
  return row.id;
}

std::string warning_start(const model::FrameworkRow& row) {
  return first_words(row.warning->flattened(), k_warning_words);
}

// The framework's rows, other than `row`, whose text heading is `heading`.
std::vector<const model::FrameworkRow*> rows_headed(const model::Framework& framework, std::string_view heading,
                                                    const model::FrameworkRow& row) {
  std::vector<const model::FrameworkRow*> found;
  for (const auto& section : framework.sections) {
    for (const auto& other : section.rows) {
      if (&other != &row && text_heading(other) == heading) found.push_back(&other);
    }
  }
  return found;
}

}  // namespace

std::string first_words(std::string_view text, std::size_t count) {
  auto words = util::wrap_words(text, 1);
  if (words.size() <= count) return util::join(words, " ");
  words.resize(count);
  std::string start = util::join(words, " ");
  while (!start.empty() && (start.back() == ',' || start.back() == ';' || start.back() == ':' || start.back() == '-')) {
    start.pop_back();
  }
  return start + "\u2026";
}

std::string report_input_label(const Report& report, std::size_t index) {
  const auto& a = *report.inputs[index]->assessment;
  return fmt::format("{}, {}", model::perspective_title(a.perspective), a.period.to_string());
}

std::string report_area_and_period(const Report& report) {
  const auto& a = *report.inputs.front()->assessment;
  return fmt::format("{}, {}", a.area, a.period.to_string());
}

std::string report_sources(const Report& report) {
  std::vector<std::string> sources;
  for (const auto& input : report.inputs) sources.push_back(input->assessment->source);
  if (report.plan) sources.push_back(report.plan->source);
  std::string text = util::join(sources, ", ");
  if (report.previous.empty()) return text;
  std::vector<std::string> earlier;
  std::vector<std::string> periods;
  for (const auto& input : report.previous) {
    earlier.push_back(input->assessment->source);
    const std::string period = input->assessment->period.to_string();
    if (std::find(periods.begin(), periods.end(), period) == periods.end()) periods.push_back(period);
  }
  return fmt::format("{}; for the earlier {} ({}), {}", text, periods.size() == 1 ? "period" : "periods",
                     util::join(periods, ", "), util::join(earlier, ", "));
}

std::string action_sections_label(const model::Action& action, const model::Framework& framework) {
  std::vector<std::string> labels;
  for (const auto& id : action.sections) {
    const auto* section = framework.find_section(id);
    labels.push_back(section ? section->label() : id);
  }
  return util::join(labels, "; ");
}

std::string row_heading(const model::Framework& framework, const model::FrameworkRow& row) {
  const std::string heading = text_heading(row);
  const auto others = rows_headed(framework, heading, row);
  if (others.empty()) return heading;
  if (row.indicator && row.warning) {
    const std::string warning = warning_start(row);
    const bool told_apart = std::none_of(others.begin(), others.end(), [&](const model::FrameworkRow* other) {
      return other->warning && warning_start(*other) == warning;
    });
    if (told_apart) return fmt::format("{} (warning sign: {})", heading, warning);
  }
  return fmt::format("{} ({})", heading, row.id);
}

std::size_t summary_prompt_count(const analysis::Comparison& comparison) {
  const auto& prompts = comparison.row_prompts;
  if (prompts.size() <= k_summary_prompts) return prompts.size();
  const auto tenths = [&](std::size_t p) { return std::lround(*comparison.rows[prompts[p]].spread() * 10); };
  const long last_shown = tenths(k_summary_prompts - 1);
  std::size_t count = k_summary_prompts;
  while (count < prompts.size() && tenths(count) == last_shown) ++count;
  if (count <= k_summary_prompts_at_most) return count;
  count = k_summary_prompts - 1;
  while (count > 0 && tenths(count - 1) == last_shown) --count;
  return count;
}

std::string more_prompts_text(const analysis::Comparison& comparison, std::size_t shown) {
  const std::size_t more = comparison.row_prompts.size() - shown;
  if (shown == 0)
    return fmt::format("{} {} by {:.1f} or more", more, more == 1 ? "row differs" : "rows differ",
                       comparison.threshold);
  return fmt::format("And {} more {} by {:.1f} or more", more, more == 1 ? "row differs" : "rows differ",
                     comparison.threshold);
}

std::string short_section_label(const model::FrameworkSection& section) {
  std::string label = first_words(section.label(), k_short_label_words);
  while (!label.empty() && (label.back() == '.' || label.back() == ';' || label.back() == ':')) label.pop_back();
  return label;
}

std::shared_ptr<const analysis::AssessmentResult> previous_of(const Report& report, std::size_t input) {
  const auto perspective = report.inputs[input]->assessment->perspective;
  std::shared_ptr<const analysis::AssessmentResult> found;
  for (const auto& earlier : report.previous) {
    if (earlier->assessment->perspective == perspective) found = earlier;
  }
  return found;
}

std::optional<std::string> section_change(const Report& report, std::size_t input, std::size_t section) {
  const auto earlier = previous_of(report, input);
  const auto& now = report.inputs[input]->sections[section].score;
  if (!earlier || !now || section >= earlier->sections.size() || !earlier->sections[section].score) return std::nullopt;
  const int change = now->tenths() - earlier->sections[section].score->tenths();
  return fmt::format("{}{}.{}", change > 0 ? "+" : change < 0 ? "-" : "", std::abs(change) / 10, std::abs(change) % 10);
}

std::string plan_heading(const model::Plan& plan) {
  return fmt::format("Action plan made after the {} review", plan.period.to_string());
}

std::string plan_reflections_heading(const model::Plan& plan) {
  return fmt::format("Reflections recorded with the action plan (after the {} review)", plan.period.to_string());
}

bool has_reflections(const model::Reflections& reflections) {
  const auto written = [](const std::optional<std::string>& text) { return text && !text->empty(); };
  return written(reflections.surprising) || written(reflections.challenging) || written(reflections.learnt) ||
         written(reflections.priorities);
}

std::string action_status_words(const Report& report, std::size_t action) {
  if (report.plan_review && action < report.plan_review->actions.size()) {
    return plan_review_status(report.plan_review->actions[action]);
  }
  return plan_action_status(report.plan->actions[action]);
}

namespace {

// The one word an action is counted under in the summary: "overdue" for an
// overdue action whatever the plan says, as plan --review counts it.
std::string counted_status_words(const Report& report, std::size_t action) {
  if (report.plan_review && action < report.plan_review->actions.size()) {
    return plan_status_words(analysis::action_state_id(report.plan_review->actions[action].state));
  }
  return plan_action_status(report.plan->actions[action]);
}

}  // namespace

std::string plan_status_summary(const Report& report) {
  std::vector<std::string> statuses;
  for (std::size_t i = 0; i < report.plan->actions.size(); ++i) statuses.push_back(counted_status_words(report, i));
  const std::string counts = plan_action_counts(statuses);
  return fmt::format("{}{}{}{}", util::counted(statuses.size(), "action", "actions"),
                     report.plan_review ? " on " + report.plan_review->today.to_string() : "",
                     counts.empty() ? "" : ": ", counts);
}

std::string section_status_text(const Report& report, const analysis::AssessmentResult& input, std::size_t index) {
  const analysis::SectionResult& section = input.sections[index];
  const std::string score = section.score                 ? fmt::format("score {} from {}", section.score->to_string(),
                                                                        describe_rows_counted(section.coverage()))
                            : section.is_not_applicable() ? "n/a: every row is marked not applicable"
                                                          : "not scored yet";
  const auto& response = section.response;
  const std::string by = completed_by_words(*input.assessment, response.get()).value_or("completed by: not recorded");
  const std::string when = response && response->last_completed
                               ? "last completed " + response->last_completed->to_string()
                               : "last completed: not recorded";
  return (report.without_scores ? "" : score + "; ") + by + "; " + when;
}

}  // namespace coprod::render
