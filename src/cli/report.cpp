// coprod report: an evidence pack in one folder, safe to publish.

#include "render/report.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <optional>

#include <fmt/format.h>

#include "analysis/comparison.hpp"
#include "analysis/file_name_period.hpp"
#include "analysis/held_back_scores.hpp"
#include "analysis/plan_inputs.hpp"
#include "analysis/plan_review.hpp"
#include "analysis/previous_period.hpp"
#include "analysis/redaction.hpp"
#include "cli/assessment_input.hpp"
#include "cli/command.hpp"
#include "cli/error.hpp"
#include "cli/files.hpp"
#include "cli/identifiable_rows.hpp"
#include "cli/loading.hpp"
#include "cli/option_values.hpp"
#include "cli/output_folder.hpp"
#include "cli/personal_data_policy.hpp"
#include "cli/shown_paths.hpp"
#include "cli/side_by_side.hpp"
#include "cli/standard_input.hpp"
#include "cli/today.hpp"
#include "cli/workbook_file.hpp"
#include "render/default_title.hpp"
#include "render/row_words.hpp"
#include "render/scores.hpp"
#include "render/web_chart.hpp"
#include "render/web_svg.hpp"
#include "util/escape.hpp"
#include "util/shell_word.hpp"
#include "util/text.hpp"
#include "yaml/assessment_loader.hpp"
#include "yaml/plan_loader.hpp"

namespace coprod::cli {

namespace {

struct ReportOptions {
  std::vector<std::string> files;
  std::vector<std::string> previous;
  std::vector<std::string> frameworks;
  std::string output;
  std::string plan;
  std::string title;
  std::string date;
  bool redact = false;
  bool include_flagged = false;
  bool scores_only = false;
  bool without_scores = false;
  bool show_single_scores = false;
  bool no_workbook = false;
  bool force = false;
};

// Every file a pack may hold, in the order the closing message names them.
const std::vector<std::string> k_every_pack_file = {"index.html",  "report.md",  "web.svg",
                                                    "scores.json", "scores.csv", "scores.xlsx"};

// This pack's files. A pack without scores holds no file of numbers.
std::vector<std::string> pack_file_names(const ReportOptions& options) {
  if (options.without_scores) return {"index.html", "report.md"};
  if (options.no_workbook) return {"index.html", "report.md", "web.svg", "scores.json", "scores.csv"};
  return k_every_pack_file;
}

// Whether the folder holds an earlier pack: its index.html is one coprod
// wrote (it names coprod as its generator, near its start).
bool holds_earlier_pack(const std::string& folder) {
  std::ifstream page(std::filesystem::path(folder) / "index.html", std::ios::binary);
  std::string start(4096, '\0');
  page.read(start.data(), static_cast<std::streamsize>(start.size()));
  start.resize(static_cast<std::size_t>(page.gcount()));
  return start.find("<meta name=\"generator\" content=\"coprod ") != std::string::npos;
}

// The files an earlier pack may have left in the folder that this one does
// not hold: with --force they are removed, so the folder holds this pack only.
// None unless the folder holds an earlier pack: a scores.csv of the user's own
// in another folder is not coprod's to remove.
std::vector<std::string> left_out_file_names(const ReportOptions& options) {
  if (!holds_earlier_pack(options.output)) return {};
  const auto names = pack_file_names(options);
  std::vector<std::string> left_out;
  std::copy_if(k_every_pack_file.begin(), k_every_pack_file.end(), std::back_inserter(left_out),
               [&](const std::string& name) { return std::find(names.begin(), names.end(), name) == names.end(); });
  return left_out;
}

// The date printed on the pack (and its plan's statuses on that date): --date,
// else SOURCE_DATE_EPOCH, else none.
std::optional<model::Date> report_date(const ReportOptions& options, Console& console) {
  return choose_printed_date(options.date, console, "--date", {"the pack", "the pack is undated"});
}

// What a pack shows: with --scores-only, only the values it still shows are checked.
bool shown_in_pack(const model::TextField& field, const ReportOptions& options) {
  return !options.scores_only || analysis::kept_in_scores_only(field);
}

CheckedSource read_source(const std::string& source, const std::string& text, const ReportOptions& options,
                          std::vector<analysis::Flag>& flags) {
  return read_checked_source(
      source, text, [&](const model::TextField& field) { return shown_in_pack(field, options); }, flags);
}

util::Result<AssessmentInput> read_current_input(const std::string& path) {
  auto text = read_input_file(path);
  if (!text) return text.problems();
  return AssessmentInput{path, std::move(*text), std::nullopt};
}

// A report is a folder of files: "-" (standard output elsewhere) is refused,
// not made into a folder of that name.
void refuse_standard_output(const ReportOptions& options) {
  if (options.output != "-") return;
  throw Error(k_exit_usage,
              "-o - would mean standard output, but a report is a folder of files (index.html, report.md and "
              "more): name the folder to write them into, such as -o pack");
}

// A file an earlier pack wrote that this one leaves out is refused too, since
// --force would remove it (a folder of that name would be left as it is).
void refuse_existing_outputs(const ReportOptions& options) {
  if (options.force) return;
  const auto left_out = left_out_file_names(options);
  auto names = pack_file_names(options);
  names.insert(names.end(), left_out.begin(), left_out.end());
  for (const auto& name : names) {
    const auto path = (std::filesystem::path(options.output) / name).string();
    std::error_code error;
    const bool kept = std::find(left_out.begin(), left_out.end(), name) != left_out.end() &&
                      std::filesystem::is_directory(std::filesystem::symlink_status(path, error));
    if (file_exists(path) && !kept) throw pack_file_exists_error(path);
  }
}

// A file of the pack that is one of the inputs (under any name or link) would
// be replaced by the report, even with --force: refused before anything is read.
void refuse_inputs_in_pack(const ReportOptions& options) {
  for (const auto& name : pack_file_names(options)) {
    refuse_output_among_inputs((std::filesystem::path(options.output) / name).string(),
                               {options.files, options.previous, {options.plan}, options.frameworks},
                               "the report's file", "write the report to another folder");
  }
}

void refuse_personal_data(const ReportOptions& options, const std::vector<analysis::Flag>& flags, Console& console) {
  cli::refuse_personal_data(flags, {options.redact, options.include_flagged},
                            {"report", options.scores_only ? " in what a pack with --scores-only still shows" : "",
                             options.scores_only ? "" : ", or --scores-only to leave all evidence out"},
                            console);
}

// The first `previous_count` of `loaded` are --previous, the rest the current
// files; `paths` are the files as given, `texts` theirs.
void refuse_misplaced_inputs(const std::vector<yaml::LoadedAssessment>& loaded, std::size_t previous_count,
                             const std::vector<std::string>& paths, const std::vector<std::string>& texts,
                             Console& console) {
  std::vector<const model::Assessment*> previous;
  std::vector<const model::Assessment*> current;
  for (std::size_t i = 0; i < loaded.size(); ++i)
    (i < previous_count ? previous : current).push_back(&loaded[i].assessment);
  if (auto problem = analysis::previous_period_problem(previous, current)) throw Error(k_exit_usage, *problem);
  previous.insert(previous.end(), current.begin(), current.end());
  check_side_by_side(console, paths, previous, analysis::SideBySide::report, &texts);
}

// The current files (after the first `previous_count` of `loaded`) must be the
// plan's area's, of its period or later: the pack shows how the plan is going.
void refuse_other_plans_assessments(const model::Plan& plan, const std::vector<yaml::LoadedAssessment>& loaded,
                                    std::size_t previous_count, Console& console) {
  std::vector<const model::Assessment*> current;
  for (std::size_t i = previous_count; i < loaded.size(); ++i) current.push_back(&loaded[i].assessment);
  auto problems = analysis::check_plan_assessments(plan, current);
  if (util::has_errors(problems)) throw Error(k_exit_usage, std::move(problems));
  print_diagnostics(console, problems);
}

// Without a date, an action past its due date is not marked overdue: the pack
// says so in words for its readers, and the one making it is told how to mark them.
void suggest_date(const model::Plan& plan, Console& console) {
  const bool may_be_overdue = std::any_of(plan.actions.begin(), plan.actions.end(), [](const model::Action& action) {
    return !action.is_finished() && action.due;
  });
  if (!may_be_overdue) return;
  console.err(
      "coprod: note: the pack has no date, so no action past its due date is marked overdue; give --date "
      "YYYY-MM-DD (today's date, for example) to mark them\n");
}

// scores.xlsx: the scores, every row and the plan, with action statuses as
// `plan --review` gives them on the report's date when there is one.
void write_pack_workbook(const ReportOptions& options, const render::Report& report, const model::Plan* plan,
                         Console& console, const std::string& path) {
  render::ScoresWorkbookInput input;
  input.inputs = report.inputs;
  input.previous = report.previous;
  input.plan = plan;
  input.title = report.title;
  input.redacted_notes = report.redacted_notes;
  input.scores_only = report.scores_only;
  input.date = report_date(options, console);
  std::optional<analysis::PlanReview> review;
  if (plan && input.date)
    review = analysis::review_plan(*plan, report.inputs.front()->framework, {}, report.inputs, *input.date);
  input.review = review ? &*review : nullptr;
  write_workbook_file(console, render::build_scores_workbook(input), path, false,
                      "or make the pack without scores.xlsx: --no-workbook");
}

std::string render_pack_file(const std::string& name, const render::Report& report,
                             const std::vector<analysis::AssessmentResult>& current) {
  if (name == "index.html") return render::render_report_html(report);
  if (name == "report.md") return render::render_report_markdown(report);
  if (name == "web.svg") return report.web_svg;
  if (name == "scores.json") return render::render_scores_json(current, report.previous);
  return render::render_scores_csv(current, report.previous);
}

// A file the pack is made from that has no row scored yet: the pack would
// show it as "not scored yet" throughout, so say so before it is shared.
void warn_of_unscored_inputs(const analysis::AssessmentResults& current, Console& console) {
  for (const auto& input : current) {
    const bool scored = std::any_of(input->sections.begin(), input->sections.end(),
                                    [](const auto& section) { return section.scored_rows > 0; });
    if (scored) continue;
    const std::string file = util::shell_word(input->assessment->source);
    print_diagnostics(console, {{util::Severity::warning,
                                 input->assessment->source,
                                 {},
                                 fmt::format("no {} is scored yet, so the pack has no scores from this file to show "
                                             "or compare; score it first ('coprod score --interactive {}' or "
                                             "'coprod form {}')",
                                             render::row_words(*input->framework).one, file, file)}});
  }
}

// After files of an earlier pack were removed, the files coprod did not
// write, which it leaves as they are, so that no one takes the folder for the pack alone.
void mention_other_files(const std::string& folder, const std::vector<std::string>& others, Console& console) {
  if (others.empty()) return;
  constexpr std::size_t k_named = 3;
  std::vector<std::string> named;
  for (std::size_t i = 0; i < others.size() && i < k_named; ++i) named.push_back(util::terminal_text(others[i]));
  if (others.size() > k_named) named.push_back(fmt::format("{} more", others.size() - k_named));
  const bool one = others.size() == 1;
  console.err(fmt::format("coprod: note: {} also holds {}, which coprod did not write, so {} left as {} {}\n", folder,
                          util::join_in_words(named), one ? "it was" : "they were", one ? "it" : "they",
                          one ? "is" : "are"));
}

int run_report(const ReportOptions& options, Console& console) {
  refuse_standard_output(options);
  refuse_standard_input_twice({{"", options.files},
                               {"--previous", options.previous},
                               {"--plan", {options.plan}},
                               {"--framework", options.frameworks}});
  refuse_comma_lists("--previous", options.previous);
  std::vector<std::string> all_files = options.previous;
  all_files.insert(all_files.end(), options.files.begin(), options.files.end());
  refuse_files_named_twice(all_files);
  refuse_inputs_in_pack(options);
  refuse_existing_outputs(options);
  const model::FrameworkCatalog catalog = load_catalog(options.frameworks);
  std::vector<analysis::Flag> flags;
  std::vector<CheckedSource> sources;
  std::vector<yaml::LoadedAssessment> loaded;
  std::vector<std::string> texts;
  for (std::size_t i = 0; i < all_files.size(); ++i) {
    // An earlier period given as REVISION:path follows the one-file-per-period
    // layout, as compare does; the current files are read as named.
    const auto input = i < options.previous.size() ? read_assessment_input(all_files[i], catalog, console)
                                                   : read_current_input(all_files[i]);
    if (!input) throw Error(k_exit_invalid_input, input.problems());
    sources.push_back(read_source(input->source, input->text, options, flags));
    auto assessment = yaml::load_assessment(sources.back().document, input->source, catalog);
    if (!assessment) throw Error(k_exit_invalid_input, assessment.problems());
    if (auto warning = analysis::file_name_period_warning(assessment->assessment))
      print_diagnostics(console, {*warning});
    loaded.push_back(std::move(*assessment));
    texts.push_back(input->text);
  }
  std::optional<yaml::LoadedPlan> plan;
  if (!options.plan.empty()) {
    const auto text = read_input_file(options.plan);
    if (!text) throw Error(k_exit_invalid_input, text.problems());
    sources.push_back(read_source(options.plan, *text, options, flags));
    auto loaded_plan = yaml::load_plan(sources.back().document, options.plan, catalog);
    if (!loaded_plan) throw Error(k_exit_invalid_input, loaded_plan.problems());
    plan = std::move(*loaded_plan);
  }
  refuse_misplaced_inputs(loaded, options.previous.size(), all_files, texts, console);
  if (plan) refuse_other_plans_assessments(plan->plan, loaded, options.previous.size(), console);
  if (const auto drafts = plan ? analysis::draft_actions_warning(plan->plan) : std::nullopt)
    print_diagnostics(console, {*drafts});
  refuse_personal_data(options, flags, console);
  // A combined row one person scored is their own answer: held back (in
  // earlier periods too) unless --show-single-scores.
  for (std::size_t i = 0; i < loaded.size(); ++i) {
    const int held_back = options.show_single_scores ? 0 : analysis::hold_back_single_scores(loaded[i].assessment);
    if (i >= options.previous.size())
      warn_about_identifiable_rows(console, *loaded[i].framework, loaded[i].assessment, held_back);
  }

  if (options.scores_only) {
    for (auto& item : loaded) analysis::keep_scores_only(item.assessment);
    if (plan) analysis::keep_scores_only(plan->plan);
  }
  std::vector<std::string> notes;
  if (options.redact) {
    int masked = 0;
    for (std::size_t i = 0; i < loaded.size(); ++i)
      masked += analysis::redact_assessment(loaded[i].assessment, sources[i].fields);
    if (plan) masked += analysis::redact_plan(plan->plan, sources.back().fields);
    if (masked > 0) notes.push_back(masked_words(masked));
  }
  warn_of_included_personal_data(flags, {options.redact, options.include_flagged}, "report", console);
  analysis::AssessmentResults all;
  for (auto& item : loaded) {
    all.push_back(std::make_shared<const analysis::AssessmentResult>(
        analysis::score_assessment(std::move(item.framework), std::move(item.assessment))));
  }
  auto problems = analysis::check_comparable(all);
  if (util::has_errors(problems)) throw Error(k_exit_invalid_input, std::move(problems));
  print_diagnostics(console, problems);
  warn_of_unscored_inputs({all.begin() + static_cast<long>(options.previous.size()), all.end()}, console);
  // From here on the files are named as the pack shows them (no home folders).
  all = with_shown_paths(all);
  if (plan) plan->plan.source = shown_input_path(plan->plan.source);
  const analysis::AssessmentResults previous(all.begin(), all.begin() + static_cast<long>(options.previous.size()));
  const analysis::AssessmentResults current(all.begin() + static_cast<long>(options.previous.size()), all.end());

  render::Report report;
  report.title = options.title.empty() ? render::default_title(current) : options.title;
  const auto date = report_date(options, console);
  if (date) report.date = date->to_string();
  report.inputs = current;
  report.previous = previous;
  if (current.size() > 1) report.comparison = analysis::compare(current, 1.5);
  report.web_svg = render::render_web_svg(render::build_web_chart(current, previous));
  report.plan = plan ? &plan->plan : nullptr;
  if (plan && date) report.plan_review = analysis::review_plan(plan->plan, plan->framework, {}, current, *date);
  if (plan && !date) suggest_date(plan->plan, console);
  report.scores_only = options.scores_only;
  report.without_scores = options.without_scores;
  report.redacted_notes = notes;
  report.generator = "coprod " COPROD_VERSION;

  std::vector<analysis::AssessmentResult> current_results;
  for (const auto& result : current) current_results.push_back(*result);
  const auto names = pack_file_names(options);
  OutputFolder pack(console, options.output, names, left_out_file_names(options), options.force);
  for (const auto& name : names) {
    if (name == "scores.xlsx") {
      pack.write_with(name, [&](const std::string& path) {
        write_pack_workbook(options, report, plan ? &plan->plan : nullptr, console, path);
      });
    } else {
      pack.write(name, render_pack_file(name, report, current_results));
    }
  }
  const auto removed = pack.commit();
  console.err(fmt::format("Wrote the report to {}: {}{}.\n", options.output, util::join_in_words(names),
                          removed.empty() ? ""
                                          : fmt::format("; removed {}, which an earlier pack wrote and this one "
                                                        "leaves out",
                                                        util::join_in_words(removed))));
  if (!removed.empty()) mention_other_files(options.output, pack.others(), console);
  return k_exit_success;
}

}  // namespace

CommandRunner setup_report(CLI::App& app) {
  auto options = std::make_shared<ReportOptions>();
  CLI::App* command = app.add_subcommand(
      "report",
      "Make an evidence pack in one folder: a self-contained index.html (page 1 a summary: the web, section scores "
      "and their change, the largest differences and the plan's status; then where the perspectives differ, every "
      "row's score and evidence, reflections and the plan; prints to A4), the same as report.md, web.svg, "
      "scores.json, scores.csv and scores.xlsx (an Excel workbook with the web as a chart). Refuses to include likely "
      "personal data unless told "
      "how (--redact, --include-flagged or --scores-only).");
  command
      ->add_option("files", options->files,
                   "Assessment files for one review (usually the organisation's and the peer network's)")
      ->required();
  command->add_option("-o,--output", options->output, "The folder to write the report into")
      ->required()
      ->type_name("FOLDER");
  // A pack follows one plan; an earlier plan's unfinished actions come into the latest with plan --from.
  once_only(command->add_option("--plan", options->plan, "An action plan file to include"),
            "a pack follows one plan, the latest: to bring an earlier plan's unfinished actions into it, make it "
            "with 'coprod plan ASSESSMENTS... --write NEW.yaml --from EARLIER.yaml', giving the assessment files "
            "this report is for, then give --plan NEW.yaml")
      ->type_name("FILE");
  one_value_each_time(
      command->add_option(
          "--previous", options->previous,
          "An earlier period's assessment: what changed since it, drawn faintly on the web, and notes kept word for "
          "word from it marked (one file: for two, write --previous before each)"))
      ->type_name("FILE");
  command->add_flag("--redact", options->redact, "Mask likely personal data in the report (files are not changed)");
  command->add_flag("--include-flagged", options->include_flagged,
                    "Include text flagged as likely personal data as it is (after checking it by hand)");
  command->add_flag(
      "--scores-only", options->scores_only,
      "Leave out all evidence, notes (the actions' too), reflections and who completed each section: for a pack to "
      "publish");
  command->add_flag("--without-scores", options->without_scores,
                    "Leave out every score (the web, section scores, differences and targets): a pack with the "
                    "evidence, reflections and plan, for when scores are not made public");
  command->add_flag("--show-single-scores", options->show_single_scores,
                    "Show the score of a combined file's row that only one person scored (their own answer, marked "
                    "'scored by 1 person only'); by default it is held back");
  command->add_option("--title", options->title, "The report's title (default: the areas and periods)")
      ->type_name("TITLE");
  command
      ->add_option("--date", options->date,
                   "A date to print on the report (YYYY-MM-DD); default: the date in the SOURCE_DATE_EPOCH environment "
                   "variable, else no date")
      ->type_name("DATE");
  command->add_flag("--no-workbook", options->no_workbook,
                    "Leave out scores.xlsx (for a copy of coprod without its workbook writer)");
  command->add_flag("--force", options->force, "Replace the report's files if they exist");
  one_value_each_time(command->add_option("--framework", options->frameworks, "A framework file (may be repeated)"))
      ->type_name("FILE");
  return {command, [options](Console& console) {
            if (options->redact && options->include_flagged) {
              throw Error(k_exit_usage, "--redact and --include-flagged cannot be used together");
            }
            if (options->scores_only && options->without_scores) {
              throw Error(k_exit_usage,
                          "--scores-only and --without-scores cannot be used together: one leaves out "
                          "the evidence, the other the scores, which would leave nothing");
            }
            return run_report(*options, console);
          }};
}

}  // namespace coprod::cli
