// The plan that 'plan --write' drafts (cli/plan_draft.hpp).

#include "cli/plan_draft.hpp"

#include <algorithm>
#include <filesystem>
#include <optional>

#include <fmt/format.h>

#include "analysis/plan_inputs.hpp"
#include "cli/output_place.hpp"
#include "util/text.hpp"
#include "util/title_join.hpp"

namespace coprod::cli {

namespace {

std::string relative_to(const std::string& file, const std::string& plan_path) {
  namespace fs = std::filesystem;
  std::error_code error;
  const fs::path base = fs::absolute(fs::path(plan_path), error).parent_path();
  const fs::path relative = fs::absolute(fs::path(file), error).lexically_relative(base);
  return error || relative.empty() ? file : relative.string();
}

std::optional<std::string> gather(const ScoredAssessments& scored,
                                  std::optional<std::string> model::Reflections::*member) {
  std::vector<std::string> parts;
  for (const auto& input : scored.inputs) {
    if (const auto& text = input->assessment->reflections.*member; text && !text->empty()) {
      std::string indented;
      for (const auto line : util::split_lines(*text)) indented += "\n  " + std::string(line);
      parts.push_back(fmt::format("{}:{}", model::perspective_title(input->assessment->perspective), indented));
    }
  }
  if (parts.empty()) return std::nullopt;
  return util::join(parts, "\n");
}

}  // namespace

model::Plan draft_plan(const ScoredAssessments& scored, const std::vector<analysis::SectionAttention>& ranked,
                       std::size_t sections, const std::string& write_path, std::vector<std::string>& why) {
  model::Plan plan;
  // A plan written to a stream (/dev/stdout) names its assessments from the current folder, not from /dev.
  const std::string plan_folder_file = output_place(write_path) == OutputPlace::file ? write_path : "-";
  const auto& first = *scored.inputs.front();
  plan.framework_id = first.framework->id;
  plan.framework_version = first.framework->version;
  plan.area = first.assessment->area;
  plan.period = first.assessment->period;
  for (const auto& input : scored.inputs) {
    if (plan.period < input->assessment->period) plan.period = input->assessment->period;
    plan.assessments.push_back(relative_to(input->assessment->source, plan_folder_file));
  }
  plan.reflections = {gather(scored, &model::Reflections::surprising), gather(scored, &model::Reflections::challenging),
                      gather(scored, &model::Reflections::learnt), gather(scored, &model::Reflections::priorities)};
  for (std::size_t i = 0; i < std::min(sections, analysis::sections_scored(ranked)); ++i) {
    model::Action action;
    action.id = ranked[i].section->id + "-1";
    action.sections = {ranked[i].section->id};
    // Every row the sheet lists under the section, as the sheet shows them.
    for (const auto& row : ranked[i].rows) action.rows.push_back(row.reference);
    plan.actions.push_back(action);
    why.push_back(util::join_title(ranked[i].section->label(), ": ", util::join(ranked[i].reasons, "; ") + "."));
  }
  return plan;
}

}  // namespace coprod::cli
