#include "render/report_plan_reflections.hpp"

#include <array>
#include <optional>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include "render/reflection_points.hpp"
#include "render/report_parts.hpp"
#include "util/text.hpp"

namespace coprod::render {

namespace {

using Question = std::optional<std::string> model::Reflections::*;

struct NamedQuestion {
  Question question;
  const char* words;  // in a sentence: "what was surprising"
};

constexpr std::array<NamedQuestion, 4> k_questions = {{{&model::Reflections::surprising, "what was surprising"},
                                                       {&model::Reflections::challenging, "what challenged"},
                                                       {&model::Reflections::learnt, "what was learnt"},
                                                       {&model::Reflections::priorities, "the emerging priorities"}}};

bool written(const std::optional<std::string>& text) { return text && !text->empty(); }

// Whether the plan's text on `question` gathers the inputs' own unchanged.
bool repeats_inputs(const Report& report, Question question) {
  const auto& gathered = report.plan->reflections.*question;
  if (!written(gathered)) return false;
  std::vector<PerspectiveReflection> own;
  for (const auto& input : report.inputs) {
    const auto& text = input->assessment->reflections.*question;
    if (written(text)) own.push_back({input->assessment->perspective, *text});
  }
  return gathers_the_same_points(*gathered, own);
}

}  // namespace

model::Reflections plan_reflections_not_repeated(const Report& report) {
  model::Reflections shown = report.plan->reflections;
  for (const auto& named : k_questions) {
    if (repeats_inputs(report, named.question)) (shown.*named.question).reset();
  }
  return shown;
}

std::string plan_reflections_repeated_words(const Report& report) {
  std::vector<std::string> repeated;
  for (const auto& named : k_questions) {
    if (repeats_inputs(report, named.question)) repeated.push_back(named.words);
  }
  if (repeated.empty()) return "";
  const std::string part = part_heading(report, ReportPart::reflections);
  if (!has_reflections(plan_reflections_not_repeated(report)))
    return fmt::format("These are the reflections in “{}”, gathered into the plan, so they are not printed again.",
                       part);
  return fmt::format(
      "The plan's reflections on {} are those in “{}”, gathered into it, so they are not printed "
      "again.",
      util::join_in_words(repeated), part);
}

}  // namespace coprod::render
