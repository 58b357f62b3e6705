// coprod plan: the action-planning sheet, a plan file to fill in, and the
// follow-up of a plan next quarter: the subcommand's options, and which of
// its modes runs (plan_sheet.cpp, plan_review.cpp, plan_edit.cpp).

#include <algorithm>
#include <memory>

#include <fmt/format.h>

#include "cli/command.hpp"
#include "cli/error.hpp"
#include "cli/loading.hpp"
#include "cli/plan_edit.hpp"
#include "cli/plan_options.hpp"
#include "cli/standard_input.hpp"
#include "cli/terminal.hpp"
#include "util/text.hpp"

namespace coprod::cli {

std::size_t plan_text_width(const PlanOptions& options, const Console& console) {
  return report_width(options.width, options.output == "-", console, 60, 400);
}

namespace {

// --edit changes one plan in place: the sheet's and the review's options do nothing with it.
int run_edit(const PlanOptions& options, const CLI::App& command, Console& console) {
  for (const char* option : {"--write", "--from", "--review", "--format", "--output", "--sections", "--today",
                             "--strict", "--schema", "--force"}) {
    if (command.count(option) > 0)
      throw Error(k_exit_usage, fmt::format("{} does not go with --edit, which changes the plan file named and "
                                            "nothing else",
                                            option));
  }
  const auto blank = [](const std::string& given) { return util::trim(given).empty(); };
  if (std::any_of(options.remove_actions.begin(), options.remove_actions.end(), blank))
    throw Error(k_exit_usage, "--remove-action needs the id of the action to take out (--remove-action contact-2)");
  if (command.count("--add-action") > 0 && util::trim(options.add_action).empty())
    throw Error(k_exit_usage,
                "--add-action needs the section the new action is for: its number, title or id "
                "(--add-action 2)");
  if (!options.files.empty())
    throw Error(k_exit_usage, fmt::format("--edit changes one plan file, so {} is not wanted; give the plan after "
                                          "--edit and the changes with --set",
                                          options.files.front()));
  if (std::any_of(options.remove_asks.begin(), options.remove_asks.end(), blank))
    throw Error(k_exit_usage, "--remove-ask needs the number of the ask to take out (--remove-ask 2)");
  return run_plan_edit({options.edit, options.set, options.add_action, options.rows, options.remove_actions,
                        options.frameworks, options.interactive, options.width, options.add_asks, options.remove_asks},
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
          "Change this plan file in place with any mix of --set, --add-action, --remove-action, --add-ask and "
          "--remove-ask, as one change saved once (or, when any is wrong, not at all), keeping everything else in it "
          "exactly as it was")
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
  one_value_each_time(
      command->add_option("--remove-action", options->remove_actions,
                          "With --edit: take this action (its id) out of the plan, with the comment above it; only a "
                          "draft or open action agreed in this plan, never one started, finished or carried from an "
                          "earlier plan (set its status to dropped instead); may be repeated"))
      ->type_name("ID");
  one_value_each_time(
      command->add_option("--add-ask", options->add_asks,
                          "With --edit: add what the co-production group asks the board to do, in a short sentence "
                          "(such as \"Agree to fund travel for peer network members\"), at the end of the plan's "
                          "asks_of_the_board, which page 1 of the evidence pack opens with; may be repeated"))
      ->type_name("SENTENCE");
  one_value_each_time(
      command->add_option("--remove-ask", options->remove_asks,
                          "With --edit: take out the ask of the board with this number, as the pack lists them from 1 "
                          "before this command; may be repeated"))
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
            return options->review.empty() ? run_plan_sheet(*options, console) : run_plan_review(*options, console);
          }};
}

}  // namespace coprod::cli
