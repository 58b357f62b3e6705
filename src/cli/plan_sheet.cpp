// coprod plan FILES...: the action-planning sheet, sections in order of where
// attention is most needed, and with --write a plan file to fill in, its
// actions drafted for the top sections (plan_draft.cpp); with --from, the
// earlier plan's unfinished actions listed, and carried (plan_carry.cpp).

#include <algorithm>
#include <optional>

#include <fmt/format.h>

#include "analysis/attention.hpp"
#include "cli/error.hpp"
#include "cli/files.hpp"
#include "cli/loading.hpp"
#include "cli/output_file.hpp"
#include "cli/output_format_warning.hpp"
#include "cli/output_place.hpp"
#include "cli/plan_carry.hpp"
#include "cli/plan_draft.hpp"
#include "cli/plan_options.hpp"
#include "cli/schema_location.hpp"
#include "cli/shown_paths.hpp"
#include "cli/side_by_side.hpp"
#include "cli/today.hpp"
#include "render/plan.hpp"
#include "util/escape.hpp"
#include "util/shell_word.hpp"
#include "util/text.hpp"
#include "yaml/document.hpp"
#include "yaml/file_kind.hpp"
#include "yaml/plan_loader.hpp"
#include "yaml/plan_writer.hpp"

namespace coprod::cli {

namespace {

std::string schema_for(const PlanOptions& options) {
  if (options.schema == "none") return {};
  if (!options.schema.empty()) return options.schema;
  return default_schema_location(k_plan_schema, options.write);
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

}  // namespace

int run_plan_sheet(const PlanOptions& options, Console& console) {
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
  model::Plan plan = draft_plan(scored, sheet.sections, options.sections, options.write, why);
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
  else text = render::render_plan_sheet_text(sheet, plan_text_width(options, console));
  if (!options.write.empty()) {
    const std::size_t carried = earlier ? carry_unfinished_actions(*earlier, plan, *inputs.front()->framework, why) : 0;
    write_output_file(
        console, options.write,
        yaml::write_plan_file(plan, why, {schema_for(options)}, render::plan_sheet_shows(*inputs.front()->framework)),
        options.force);
    say_where_plan_went(console, options.write, plan, carried);
  }
  if (options.output != "-" || options.write.empty()) {
    write_output_file(console, options.output, text, options.force);
    tell_how_to_show_more(options, sheet, console);
  }
  return k_exit_success;
}

}  // namespace coprod::cli
