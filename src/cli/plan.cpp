// coprod plan: the action-planning sheet, a plan file to fill in, and the
// follow-up of a plan next quarter.

#include "render/plan.hpp"

#include <algorithm>
#include <filesystem>
#include <memory>

#include <fmt/format.h>

#include "analysis/attention.hpp"
#include "analysis/comparison.hpp"
#include "analysis/plan_inputs.hpp"
#include "analysis/plan_review.hpp"
#include "cli/command.hpp"
#include "cli/error.hpp"
#include "cli/files.hpp"
#include "cli/loading.hpp"
#include "cli/output_file.hpp"
#include "cli/output_format_warning.hpp"
#include "cli/output_place.hpp"
#include "cli/plan_carry.hpp"
#include "cli/plan_edit.hpp"
#include "cli/plan_paths.hpp"
#include "cli/schema_location.hpp"
#include "cli/shown_paths.hpp"
#include "cli/side_by_side.hpp"
#include "cli/source_texts.hpp"
#include "cli/standard_input.hpp"
#include "cli/terminal.hpp"
#include "cli/today.hpp"
#include "util/escape.hpp"
#include "util/shell_word.hpp"
#include "util/text.hpp"
#include "util/title_join.hpp"
#include "yaml/assessment_loader.hpp"
#include "yaml/document.hpp"
#include "yaml/file_kind.hpp"
#include "yaml/plan_loader.hpp"
#include "yaml/plan_writer.hpp"

namespace coprod::cli {

namespace {

// The --format values plan offers.
const std::vector<std::string> k_plan_formats = {"text", "markdown", "json", "html"};

struct PlanOptions {
  std::vector<std::string> files;
  std::vector<std::string> frameworks;
  std::string format = "text";
  std::string output = "-";
  std::string write;
  std::string from;  // --from: the earlier plan whose unfinished actions --write carries
  std::string review;
  std::string edit;                   // --edit: the plan file to change with --set
  std::vector<std::string> set;       // --set NAME=VALUE
  std::string add_action;             // --add-action SECTION, with --edit
  std::vector<std::string> rows;      // --row ROW, with --add-action
  std::string remove_action;          // --remove-action ID, with --edit
  std::vector<std::string> add_asks;  // --add-ask TEXT, with --edit
  std::string remove_ask;             // --remove-ask N, with --edit
  bool interactive = false;           // --interactive, with --edit
  std::string today;
  std::string schema;
  std::size_t sections = 3;
  bool sections_given = false;  // --sections was given (the sheet's option; refused with --review)
  std::size_t width = 0;        // --width; 0: not given (see text_width())
  bool force = false;
  bool strict = false;  // with --review: exit 1 when actions are overdue
};

// --width, else the terminal's width when the text goes to one, else 80.
std::size_t text_width(const PlanOptions& options, const Console& console) {
  return report_width(options.width, options.output == "-", console, 60, 400);
}

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

model::Plan draft_plan(const ScoredAssessments& scored, const std::vector<analysis::SectionAttention>& ranked,
                       const PlanOptions& options, std::vector<std::string>& why) {
  model::Plan plan;
  // A plan written to a stream (/dev/stdout) names its assessments from the current folder, not from /dev.
  const std::string plan_folder_file = output_place(options.write) == OutputPlace::file ? options.write : "-";
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
  for (std::size_t i = 0; i < std::min(options.sections, analysis::sections_scored(ranked)); ++i) {
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

std::string schema_for(const PlanOptions& options) {
  if (options.schema == "none") return {};
  if (!options.schema.empty()) return options.schema;
  const std::string assessment_schema = default_schema_location();
  if (assessment_schema.empty()) return {};
  return (std::filesystem::path(assessment_schema).parent_path() / "plan.schema.json").string();
}

// What an existing file is, in words, when it is not a plan: "an
// assessment", "a framework file", "not a coprod plan"; nullopt for a plan.
std::optional<std::string> not_a_plan(const std::string& path) {
  const auto text = read_input_file(path);
  const auto root = text ? yaml::parse_document(*text, path) : util::Result<yaml::Node>(text.problems());
  const yaml::FileKind* kind = root ? yaml::kind_of_file(*root) : nullptr;
  if (!kind) return "is not a coprod plan";
  if (yaml::k_plan_format.starts_with(kind->format_prefix)) return std::nullopt;
  return fmt::format("is {}, not a plan", kind->name);
}

// --write replaces only a plan, and only with --force: anything else named
// there (most often the first assessment, the plan's own name forgotten) is
// refused even with --force, so that it is never lost.
void check_plan_destination(const std::string& path, bool force) {
  if (path.empty()) return;
  if (!output_replaces_file(path)) {
    check_output_writable(path, force);
    return;
  }
  if (const auto what = not_a_plan(path))
    throw Error(k_exit_usage, fmt::format("{} {}; give a new file name after --write", path, *what));
  if (force) return;
  throw Error(k_exit_not_written, fmt::format("{} already exists, so it was left as it is; to follow it up use "
                                              "'coprod plan --review {}', or use --force to replace it",
                                              path, util::shell_word(path)));
}

// The plan file's name and what to do with it; a stream shows the plan (so no
// name), and /dev/null keeps nothing, so there is nothing to agree.
void say_where_plan_went(Console& console, const std::string& path, const model::Plan& plan, std::size_t carried) {
  const auto place = output_place(path);
  if (place == OutputPlace::nowhere) {
    console.err(nothing_kept_message(path, "the plan"));
    return;
  }
  std::string actions = util::counted(plan.actions.size() - carried, "draft action", "draft actions");
  if (carried > 0)
    actions = fmt::format("{} carried from the earlier plan, not finished there, and {}",
                          util::counted(carried, "action", "actions"), actions);
  const std::string wrote = place == OutputPlace::file ? fmt::format("Wrote {} with {}", path, actions)
                                                       : fmt::format("Wrote a plan with {}", actions);
  const std::string next = place == OutputPlace::file
                               ? fmt::format(
                                     ", then fill them in with 'coprod plan --edit {} --interactive', which "
                                     "asks for each in turn",
                                     util::shell_word(path))
                               : std::string();
  console.err(util::terminal_text(wrote + "; agree each action's 'what', owner and date together" + next + ".") + "\n");
}

// How-to hints for the person running coprod, on standard error: the sheet
// itself is for readers who never use a terminal, so it says them in words.
void tell_how_to_show_more(const PlanOptions& options, const render::PlanSheet& sheet, Console& console) {
  if (options.format == "json") return;
  if (const std::size_t scored = analysis::sections_scored(sheet.sections); sheet.detailed < scored) {
    const bool all = scored == analysis::sections_that_apply(sheet.sections);
    // On a terminal 60 columns wide (the sheet's narrowest), the note fits on one line.
    console.err(
        fmt::format("coprod: note: add --sections {} to see every{} section in full\n", scored, all ? "" : " scored"));
  }
  if (options.format == "html" && options.write.empty()) {
    console.err("coprod: note: to make a plan file for the actions agreed, run with --write FILE.yaml\n");
  }
}

// What the sheet lists of the earlier plan (--from): its unfinished actions,
// overdue on --today's date (else SOURCE_DATE_EPOCH's), as the pack marks
// them on its --date; undated, none is marked overdue.
render::PlanSheetCarried carried_on_sheet(const PlanOptions& options, const EarlierPlan& earlier, Console& console) {
  const auto today = choose_printed_date(options.today, console, "--today",
                                         {"the planning sheet", "the sheet does not mark carried actions overdue"});
  const std::string file = options.format == "text" ? options.from : shown_input_path(options.from);
  return {file, earlier.loaded.plan.period, earlier.unfinished, today};
}

int run_sheet(const PlanOptions& options, Console& console) {
  refuse_output_among_inputs(options.output, {options.files, options.frameworks, {options.from}});
  refuse_output_among_inputs(options.write, {options.files, options.frameworks, {options.from}}, "--write");
  if (!options.write.empty() && options.output != "-" && same_file(options.write, options.output)) {
    throw Error(k_exit_usage, fmt::format("--write and -o both name {}: --write writes the plan and -o the sheet, so "
                                          "give them different files",
                                          options.output));
  }
  if (options.files.empty())
    throw Error(k_exit_usage, "plan needs one or more assessment files (or --review PLAN.yaml)");
  if (options.strict)
    throw Error(k_exit_usage, "--strict goes with --review PLAN.yaml: it fails the run when actions are overdue");
  if (!options.today.empty() && options.from.empty())
    throw Error(k_exit_usage,
                "--today goes with --review PLAN.yaml or --from EARLIER.yaml: it is the date actions are judged "
                "overdue on");
  check_plan_destination(options.write, options.force);
  check_output_writable(options.output, options.force);
  warn_about_output_format(console, options.output, options.format, k_plan_formats);
  warn_about_output_format(console, options.write, "yaml", {}, "--write");
  const model::FrameworkCatalog catalog = load_catalog(options.frameworks);
  const ScoredAssessments scored = load_and_score(options.files, catalog, console);
  check_side_by_side(console, options.files, scored, analysis::SideBySide::plan);
  // Shared formats name files as compare's do, with no home folder's path.
  const auto inputs = options.format == "text" ? scored.inputs : with_shown_paths(scored.inputs);
  auto ranked = analysis::rank_sections(inputs);
  const std::size_t detailed = std::min(options.sections, analysis::sections_scored(ranked));
  render::PlanSheet sheet{inputs, std::move(ranked), detailed, std::nullopt};
  std::vector<std::string> why;
  model::Plan plan = draft_plan(scored, sheet.sections, options, why);
  std::optional<EarlierPlan> earlier;
  if (!options.from.empty()) {
    earlier =
        read_earlier_plan(options.from, catalog, plan, *inputs.front()->framework, !options.write.empty(), console);
    sheet.carried = carried_on_sheet(options, *earlier, console);
  }
  std::string text;
  if (options.format == "json") text = render::render_plan_sheet_json(sheet);
  else if (options.format == "html") text = render::render_plan_sheet_html(sheet);
  else if (options.format == "markdown") text = render::render_plan_sheet_markdown(sheet);
  else text = render::render_plan_sheet_text(sheet, text_width(options, console));
  if (!options.write.empty()) {
    const std::size_t carried = earlier ? carry_unfinished_actions(*earlier, plan, *inputs.front()->framework, why) : 0;
    write_output_file(console, options.write, yaml::write_plan_file(plan, why, {schema_for(options)}), options.force);
    say_where_plan_went(console, options.write, plan, carried);
  }
  if (options.output != "-" || options.write.empty()) {
    write_output_file(console, options.output, text, options.force);
    tell_how_to_show_more(options, sheet, console);
  }
  return k_exit_success;
}

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

int run_review(const PlanOptions& options, Console& console) {
  refuse_sheet_options(options);
  refuse_output_among_inputs(options.output, {options.files, options.frameworks, {options.review}});
  warn_about_output_format(console, options.output, options.format, k_plan_formats);
  const model::FrameworkCatalog catalog = load_catalog(options.frameworks);
  auto text = read_input_file(options.review);
  if (!text) throw Error(k_exit_invalid_input, text.problems());
  auto document = yaml::parse_document(*text, options.review);
  if (!document) throw Error(k_exit_invalid_input, document.problems());
  auto loaded_plan = yaml::load_plan(*document, options.review, catalog);
  if (!loaded_plan) throw Error(k_exit_invalid_input, loaded_plan.problems());
  const model::Plan& plan = loaded_plan->plan;
  const auto files = plan_assessment_files(options.review, plan.assessments, *document);
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
  const auto review = analysis::review_plan(plan, loaded_plan->framework, before.inputs, now.inputs,
                                            choose_today(options.today, console));
  warn_without_latest_assessments(options, console);
  std::string out;
  if (options.format == "json") out = render::render_plan_review_json(plan, review);
  else if (options.format == "markdown") out = render::render_plan_review_markdown(plan, review);
  else out = render::render_plan_review_text(plan, review, text_width(options, console));
  write_output_file(console, options.output, out, options.force);
  const int overdue = review.count(analysis::ActionState::overdue);
  if (options.strict && overdue > 0) {
    console.err(fmt::format("coprod: --strict: {} {} overdue\n", overdue, overdue == 1 ? "action is" : "actions are"));
    return k_exit_findings;
  }
  return k_exit_success;
}

// --edit changes one plan in place: the sheet's and the review's options do nothing with it.
int run_edit(const PlanOptions& options, const CLI::App& command, Console& console) {
  for (const char* option : {"--write", "--from", "--review", "--format", "--output", "--sections", "--today",
                             "--strict", "--schema", "--force"}) {
    if (command.count(option) > 0)
      throw Error(k_exit_usage, fmt::format("{} does not go with --edit, which changes the plan file named and "
                                            "nothing else",
                                            option));
  }
  if (command.count("--remove-action") > 0 && util::trim(options.remove_action).empty())
    throw Error(k_exit_usage, "--remove-action needs the id of the action to take out (--remove-action contact-2)");
  if (command.count("--add-action") > 0 && util::trim(options.add_action).empty())
    throw Error(k_exit_usage,
                "--add-action needs the section the new action is for: its number, title or id "
                "(--add-action 2)");
  if (!options.files.empty())
    throw Error(k_exit_usage, fmt::format("--edit changes one plan file, so {} is not wanted; give the plan after "
                                          "--edit and the changes with --set",
                                          options.files.front()));
  if (command.count("--remove-ask") > 0 && util::trim(options.remove_ask).empty())
    throw Error(k_exit_usage, "--remove-ask needs the number of the ask to take out (--remove-ask 2)");
  return run_plan_edit({options.edit, options.set, options.add_action, options.rows, options.remove_action,
                        options.frameworks, options.interactive, options.width, options.add_asks, options.remove_ask},
                       console);
}

}  // namespace

CommandRunner setup_plan(CLI::App& app) {
  auto options = std::make_shared<PlanOptions>();
  CLI::App* command = app.add_subcommand(
      "plan",
      "Action planning from one or more assessments (usually the organisation's and the peer network's for the "
      "same period): sections in order of where attention is most needed (low scores, disagreement between "
      "perspectives, warning signs seen), the rows that pull each down, the guide's 'Bear in mind' and 'Top "
      "tips', and what each level needs. --write makes a plan file to fill in; next quarter, --review follows "
      "it up.");
  command->add_option("files", options->files, "Assessment files (with --review: the latest assessments)");
  add_format_option(*command, options->format, k_plan_formats);
  command
      ->add_option("-o,--output", options->output,
                   "Write the sheet (or review) to this file instead of standard output")
      ->type_name("FILE");
  command
      ->add_option("--write", options->write,
                   "Also write a plan file with a draft action for each of the top sections (not with --review; "
                   "--force replaces only a plan)")
      ->type_name("FILE");
  command
      ->add_option("--from", options->from,
                   "The earlier plan (last quarter's) whose actions not done or dropped the sheet lists, by "
                   "section, before new actions are agreed; with --write the new plan carries them first, as they "
                   "are (a section or row the framework renamed since by its new name), marked 'carried_from' with "
                   "its period, and the new drafts' ids differ from all of its ids")
      ->type_name("PLAN");
  restrict_to_whole_numbers(
      command->add_option(
          "--sections", options->sections,
          "How many sections, most in need of attention first, get the guide's tips in full and a draft action "
          "(not with --review)"),
      1, 50, 3)
      ->default_str("3");
  command
      ->add_option("--review", options->review,
                   "Follow up this plan file: which actions are done, open or overdue, and how their sections moved "
                   "between the assessments the plan was made from and the files given")
      ->type_name("FILE");
  command
      ->add_option(
          "--edit", options->edit,
          "Change this plan file in place with --set, --add-action, --remove-action, --add-ask or --remove-ask, "
          "keeping everything else "
          "in it exactly "
          "as it was")
      ->type_name("FILE");
  one_value_each_time(
      command->add_option(
          "--set", options->set,
          "With --edit: change a value of the plan, as name=value: an action's ACTION.what, .owner, .notes (text), "
          ".due (a date, YYYY-MM-DD or 28/02/2027), .status (open, in-progress, done or dropped) or .target (such "
          "as 3.5), for example commitment-1.owner=\"Programme lead\"; reflections.surprising, .challenging, "
          ".learnt or .priorities. An empty value clears it; may be repeated"))
      ->type_name("NAME=VALUE");
  command
      ->add_option("--add-action", options->add_action,
                   "With --edit: add an action for this section (its number, such as 2, its title or its id) at the "
                   "end of the plan, as --write drafts one, with the id SECTION-N (the next number for the section); "
                   "--set new.FIELD=VALUE fills it in")
      ->type_name("SECTION");
  one_value_each_time(command->add_option("--row", options->rows,
                                          "With --add-action: a row the new action is about, by its number as the "
                                          "form shows it (such as 2.3) or its id (such as contact.wrong-people); may "
                                          "be repeated"))
      ->type_name("ROW");
  command
      ->add_option("--remove-action", options->remove_action,
                   "With --edit: take this action (its id) out of the plan, with the comment above it; only a draft "
                   "or open action agreed in this plan, never one started, finished or carried from an earlier plan "
                   "(set its status to dropped instead)")
      ->type_name("ID");
  one_value_each_time(
      command->add_option("--add-ask", options->add_asks,
                          "With --edit: add what the co-production group asks the board to do, in a short sentence "
                          "(such as \"Agree to fund travel for peer network members\"), at the end of the plan's "
                          "asks_of_the_board, which page 1 of the evidence pack opens with; may be repeated"))
      ->type_name("SENTENCE");
  command
      ->add_option("--remove-ask", options->remove_ask,
                   "With --edit: take out the ask of the board with this number, as the pack lists them from 1")
      ->type_name("N");
  command->add_flag("--interactive", options->interactive,
                    "With --edit: ask for each action's what, owner, due date, status, target and notes at the "
                    "terminal, showing its section and rows; Enter keeps a value; then offer to add actions");
  command
      ->add_option("--today", options->today,
                   "The date to judge overdue actions against (YYYY-MM-DD); with --review, default "
                   "SOURCE_DATE_EPOCH, else today; on the sheet with --from, default SOURCE_DATE_EPOCH, else none "
                   "is marked overdue")
      ->type_name("DATE");
  command->add_flag("--strict", options->strict,
                    "With --review: exit with status 1 when any action is overdue (for continuous integration, CI)");
  command->add_option("--schema", options->schema, "As for 'coprod init', for the plan file")->type_name("LOCATION");
  command->add_flag("--force", options->force, "Replace output files that already exist");
  restrict_to_whole_numbers(command->add_option("--width", options->width,
                                                "Text format: the width to fit, in columns (default: the terminal's "
                                                "width when writing to one, else 80)"),
                            60, 400, 80);
  one_value_each_time(command->add_option("--framework", options->frameworks, "A framework file (may be repeated)"))
      ->type_name("FILE");
  return {command, [options, command](Console& console) {
            options->sections_given = command->count("--sections") > 0;
            refuse_standard_input_twice({{"", options->files},
                                         {"--review", {options->review}},
                                         {"--from", {options->from}},
                                         {"--framework", options->frameworks}});
            refuse_files_named_twice(options->files);
            if (!options->edit.empty()) return run_edit(*options, *command, console);
            if (!options->set.empty() || options->interactive || command->count("--add-action") > 0 ||
                !options->rows.empty() || command->count("--remove-action") > 0 || !options->add_asks.empty() ||
                command->count("--remove-ask") > 0) {
              const char* option = command->count("--remove-ask") > 0                      ? "--remove-ask"
                                   : !options->add_asks.empty()                            ? "--add-ask"
                                   : command->count("--remove-action") > 0                 ? "--remove-action"
                                   : options->interactive                                  ? "--interactive"
                                   : !options->set.empty()                                 ? "--set"
                                   : options->add_action.empty() && !options->rows.empty() ? "--row"
                                                                                           : "--add-action";
              throw Error(k_exit_usage, fmt::format("{} goes with --edit PLAN.yaml, the plan file to change", option));
            }
            return options->review.empty() ? run_sheet(*options, console) : run_review(*options, console);
          }};
}

}  // namespace coprod::cli
