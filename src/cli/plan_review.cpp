// coprod plan --review PLAN [LATEST...]: the follow-up of a plan next
// quarter: which actions are done, open or overdue, and how their sections
// moved between the assessments the plan was made from and the latest ones.

#include "analysis/plan_review.hpp"

#include <algorithm>
#include <filesystem>

#include <fmt/format.h>

#include "analysis/plan_inputs.hpp"
#include "cli/error.hpp"
#include "cli/files.hpp"
#include "cli/loading.hpp"
#include "cli/output_file.hpp"
#include "cli/output_format_warning.hpp"
#include "cli/plan_edit.hpp"
#include "cli/plan_options.hpp"
#include "cli/plan_paths.hpp"
#include "cli/side_by_side.hpp"
#include "cli/source_texts.hpp"
#include "cli/today.hpp"
#include "render/plan.hpp"
#include "util/escape.hpp"
#include "util/shell_word.hpp"
#include "yaml/assessment_loader.hpp"

namespace coprod::cli {

namespace {

// A file a plan names is checked before it is loaded, so that what is wrong
// with it is reported without quoting it: the plan may come from someone
// else, and the file may be something other than an assessment.
const std::string& check_plan_assessment(const std::string& plan_path, util::Position named_at, const std::string& path,
                                         const model::FrameworkCatalog& catalog) {
  auto text = read_input_file(path);
  util::Diagnostics problems = text ? util::Diagnostics{} : text.problems();
  if (text) {
    auto loaded = yaml::load_assessment(*text, path, catalog);
    if (!loaded) problems = loaded.problems();
  }
  if (problems.empty()) return path;
  const auto first = character_position(path, problems.front().position);
  throw Error(
      k_exit_invalid_input,
      util::Diagnostics{{util::Severity::error, plan_path, named_at,
                         fmt::format("the plan names {}, which is not a valid assessment file (the first problem "
                                     "is at line {}, column {}); it is not quoted here, so run 'coprod check {}' "
                                     "to see what is wrong",
                                     path, first.line, first.column, util::shell_word(path))}});
}

// Another area's assessments, or older ones than the plan, would be shown as its progress.
void refuse_other_plans_assessments(const model::Plan& plan, const analysis::AssessmentResults& now, Console& console) {
  std::vector<const model::Assessment*> assessments;
  for (const auto& input : now) assessments.push_back(input->assessment.get());
  auto problems = analysis::check_plan_assessments(plan, assessments);
  if (util::has_errors(problems)) throw Error(k_exit_usage, std::move(problems));
  print_diagnostics(console, problems);
}

// Latest assessments that are the plan's own (or of its period): every
// movement would read as none.
void warn_about_unmoved_scores(const model::Plan& plan, const std::vector<std::string>& baseline_files,
                               const analysis::AssessmentResults& now, Console& console) {
  for (const auto& input : now) {
    const auto& latest = *input->assessment;
    const bool named_by_plan = std::any_of(baseline_files.begin(), baseline_files.end(), [&](const std::string& path) {
      std::error_code error;
      return std::filesystem::equivalent(path, latest.source, error);
    });
    if (auto warning = analysis::unmoved_review_warning(plan, latest, named_by_plan))
      print_diagnostics(console, {*warning});
  }
}

// The sheet's options do nothing in a review: refused, as --today and
// --strict are without --review, rather than silently ignored.
void refuse_sheet_options(const PlanOptions& options) {
  if (options.format == "html")
    throw Error(k_exit_usage,
                "--format html is the planning sheet's, to print for the meeting; the review has no page to print "
                "yet, so use --format text, markdown or json with --review");
  if (!options.from.empty())
    throw Error(k_exit_usage,
                "--from does not go with --review: it names the earlier plan whose unfinished actions a new plan "
                "carries, with --write NEW.yaml");
  if (!options.write.empty())
    throw Error(k_exit_usage,
                "--write does not go with --review: it writes a new plan from the assessments given, so "
                "run 'coprod plan --write NEW.yaml' with them, without --review");
  if (options.sections_given)
    throw Error(k_exit_usage,
                "--sections does not go with --review: it is how many sections the planning sheet "
                "shows in full, and the review shows every action");
}

// With no latest assessments every section would read "no assessment":
// said once, with what to give.
void warn_without_latest_assessments(const PlanOptions& options, Console& console) {
  if (!options.files.empty()) return;
  console.err(util::terminal_text(fmt::format(
                  "coprod: warning: no latest assessments were given, so the review cannot say how the sections "
                  "moved; name them after the plan, as in 'coprod plan --review {} LATEST.yaml...'",
                  util::shell_word(options.review))) +
              "\n");
}

}  // namespace

int run_plan_review(const PlanOptions& options, Console& console) {
  refuse_sheet_options(options);
  refuse_output_among_inputs(options.output, {options.files, options.frameworks, {options.review}});
  warn_about_output_format(console, options.output, options.format, k_plan_formats);
  const model::FrameworkCatalog catalog = load_catalog(options.frameworks);
  const OpenPlan opened = read_plan(options.review, catalog);
  const model::Plan& plan = opened.loaded.plan;
  const auto files = plan_assessment_files(options.review, plan.assessments, opened.tree);
  if (!files) throw Error(k_exit_invalid_input, files.problems());
  std::vector<std::string> baseline_files;
  for (const auto& [path, named_at] : *files) {
    if (file_exists(path)) baseline_files.push_back(check_plan_assessment(options.review, named_at, path, catalog));
    else
      console.err(util::terminal_text(fmt::format("coprod: warning: {} names {}, which is not there, so its scores "
                                                  "cannot be compared",
                                                  options.review, path)) +
                  "\n");
  }
  const ScoredAssessments before = load_and_score(baseline_files, catalog, console);
  const ScoredAssessments now = load_and_score(options.files, catalog, console);
  refuse_other_plans_assessments(plan, now.inputs, console);
  warn_about_unmoved_scores(plan, baseline_files, now.inputs, console);
  check_side_by_side(console, options.files, now, analysis::SideBySide::plan);
  const auto review = analysis::review_plan(plan, opened.loaded.framework, before.inputs, now.inputs,
                                            choose_today(options.today, console));
  warn_without_latest_assessments(options, console);
  std::string out;
  if (options.format == "json") out = render::render_plan_review_json(plan, review);
  else if (options.format == "markdown") out = render::render_plan_review_markdown(plan, review);
  else out = render::render_plan_review_text(plan, review, plan_text_width(options, console));
  write_output_file(console, options.output, out, options.force);
  const int overdue = review.count(analysis::ActionState::overdue);
  if (options.strict && overdue > 0) {
    console.err(fmt::format("coprod: --strict: {} {} overdue\n", overdue, overdue == 1 ? "action is" : "actions are"));
    return k_exit_findings;
  }
  return k_exit_success;
}

}  // namespace coprod::cli
