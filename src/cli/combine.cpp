// coprod combine: individual responses into one assessment of a perspective.

#include "analysis/combine.hpp"

#include <filesystem>
#include <memory>
#include <string_view>

#include <fmt/format.h>

#include "analysis/personal_data_flags.hpp"
#include "cli/combine_inputs.hpp"
#include "cli/command.hpp"
#include "cli/error.hpp"
#include "cli/files.hpp"
#include "cli/loading.hpp"
#include "cli/output_file.hpp"
#include "cli/output_format_warning.hpp"
#include "cli/output_place.hpp"
#include "cli/schema_location.hpp"
#include "cli/source_texts.hpp"
#include "cli/standard_input.hpp"
#include "render/row_words.hpp"
#include "util/escape.hpp"
#include "util/text.hpp"
#include "yaml/assessment_writer.hpp"
#include "yaml/document.hpp"
#include "yaml/text_fields.hpp"

namespace coprod::cli {

namespace {

struct CombineCommandOptions {
  std::vector<std::string> files;
  std::vector<std::string> frameworks;
  std::string output;
  std::string perspective = "peer-network";
  std::string schema;
  int min_responses = 3;
  bool force = false;
  bool identical_answers = false;  // files with the same answers are people who answered alike
};

// `rows`: the framework's word for them, "rows", or "sections" where every section is its one row (row_words()).
void warn_about_small_groups(Console& console, std::size_t responses, const analysis::Combined& combined, int minimum,
                             std::string_view rows) {
  if (static_cast<int>(responses) < minimum) {
    console.err(
        fmt::format("coprod: warning: only {} {} combined; with fewer than {} people, individual answers may be "
                    "identifiable, so share the result with care\n",
                    util::counted(responses, "response", "responses"), responses == 1 ? "was" : "were", minimum));
  } else if (!combined.thinly_scored_rows.empty()) {
    console.err(
        fmt::format("coprod: warning: fewer than {} people scored these {}, so individual answers may be "
                    "identifiable: {}\n",
                    minimum, rows, util::join(combined.thinly_scored_rows, "; ")));
  }
}

void warn_about_rows_mostly_not_applicable(Console& console, const analysis::Combined& combined,
                                           const render::RowWords& words) {
  if (combined.mostly_not_applicable_rows.empty()) return;
  console.err(
      fmt::format("coprod: warning: more people marked these {} not applicable than scored them, so "
                  "each combined score is only the few who scored it; talk about whether the {} applies "
                  "here: {}\n",
                  words.many, words.one, util::join(combined.mostly_not_applicable_rows, "; ")));
}

// Each section's last completed date is the latest of the responses'; with
// none at all, the combined file has none, and summary lists it as stale.
// Only a file is named in the command to run (FILE for standard output, /dev/stdout or /dev/null).
void note_missing_dates(Console& console, const std::string& output, const model::Assessment& combined) {
  for (const auto& section : combined.sections) {
    if (section.last_completed) return;
  }
  const bool to_file = output_place(output) == OutputPlace::file;
  const std::string file = output_name(output, "the combined assessment");
  console.err(util::terminal_text(fmt::format(
                  "coprod: note: no response gives the date its sections were last completed, so {0} has none and "
                  "'coprod summary' will list it with no completion date; add them with coprod score {1} --set "
                  "SECTION.last_completed=YYYY-MM-DD",
                  file, to_file ? output : "FILE")) +
              "\n");
}

// A response with nothing in it (a form saved before it was filled in) is no
// one's answers: counted, it would overstate how many people responded, and two
// of them would look like one response named twice. Each is left out, with a
// warning; with nothing left, there is nothing to combine.
void leave_out_blank_responses(Console& console, std::vector<yaml::LoadedAssessment>& loaded,
                               std::vector<std::string>& paths) {
  std::vector<yaml::LoadedAssessment> kept_loaded;
  std::vector<std::string> kept_paths;
  for (std::size_t i = 0; i < loaded.size(); ++i) {
    if (analysis::has_answers(loaded[i].assessment)) {
      kept_loaded.push_back(std::move(loaded[i]));
      kept_paths.push_back(std::move(paths[i]));
    } else {
      print_diagnostics(console, {{util::Severity::warning,
                                   paths[i],
                                   {0, 0},
                                   "nothing is scored or written in this response, so it was left out and "
                                   "does not count as a person who responded"}});
    }
  }
  if (kept_loaded.empty()) {
    throw Error(k_exit_invalid_input,
                "no response has anything scored or written in it, so there is nothing to combine; ask people "
                "to fill in the form, press Save and send the file it saves");
  }
  loaded = std::move(kept_loaded);
  paths = std::move(kept_paths);
}

// One response counts once, and only responses to one review combine: every
// problem across the files is found before any is reported. A copy of a
// response is refused (a file named twice is refused before anything is
// read), unless people who answered alike are expected (`identical_answers`):
// a form saved with a few scores and no evidence can be the same for two people.
void refuse_responses_that_cannot_combine(const std::vector<yaml::LoadedAssessment>& loaded,
                                          const std::vector<std::string>& paths, model::Perspective perspective,
                                          bool identical_answers) {
  util::Diagnostics problems = find_two_saves_of_one_response(paths);
  for (auto& problem : find_copied_responses(loaded, identical_answers)) problems.push_back(std::move(problem));
  for (auto& problem : find_other_reviews(loaded)) problems.push_back(std::move(problem));
  std::vector<const model::Assessment*> responses;
  for (const auto& item : loaded) responses.push_back(&item.assessment);
  for (auto& problem : analysis::check_individual_responses(responses, perspective))
    problems.push_back(std::move(problem));
  if (!problems.empty()) throw Error(k_exit_invalid_input, std::move(problems));
}

// Combining leaves out who answered what, not what people typed: a name in
// evidence ("Mary said ...") or a phone number is carried into the combined
// file. Each is pointed out where it now is, as 'coprod check' would.
void warn_about_personal_data(Console& console, const std::string& output, const std::string& text) {
  if (output_place(output) == OutputPlace::nowhere) return;  // nothing kept, so nothing to change
  const std::string source = output_name(output, "the combined assessment");
  remember_source_text(source, text);
  const auto document = yaml::parse_document(text, source);
  if (!document) return;
  const auto flags = analysis::flag_personal_data(source, yaml::find_text_fields(text, *document));
  if (flags.empty()) return;
  for (const auto& flag : flags) print_diagnostics(console, {flag.diagnostic});
  console.err(
      fmt::format("coprod: warning: people's answers are combined without their names, but what they typed "
                  "is kept as it is: {} above may identify someone; change {} before sharing the result\n",
                  flags.size() == 1 ? "the text" : "the texts", flags.size() == 1 ? "it" : "them"));
}

// Where the combined assessment went, when it is a file; nothing for a stream,
// which shows it; and that nothing was kept for /dev/null.
void say_where_combined(Console& console, const std::string& output, std::size_t responses,
                        const model::Assessment& combined) {
  const auto place = output_place(output);
  if (place == OutputPlace::nowhere) console.err(nothing_kept_message(output, "the combined assessment"));
  if (place != OutputPlace::file) return;
  console.err(
      util::terminal_text(fmt::format("Combined {} into {} ({}).", util::counted(responses, "response", "responses"),
                                      output, combined.label())) +
      "\n");
}

int run_combine(const CombineCommandOptions& options, Console& console) {
  refuse_standard_input_twice({{"", options.files}, {"--framework", options.frameworks}});
  refuse_files_named_twice(options.files);
  refuse_output_among_inputs(options.output, {options.files, options.frameworks});
  refuse_folders_as_responses(options.files);
  const model::Perspective perspective = perspective_option(options.perspective);
  check_output_writable(options.output, options.force);
  warn_about_output_format(console, options.output, "yaml", {});
  const model::FrameworkCatalog catalog = load_catalog(options.frameworks);
  note_responses_left_out(console, options.files);
  auto loaded = load_assessments(options.files, catalog, console);
  std::vector<std::string> paths = options.files;
  leave_out_blank_responses(console, loaded, paths);
  refuse_responses_that_cannot_combine(loaded, paths, perspective, options.identical_answers);
  print_diagnostics(console, find_copy_named_responses(paths));
  std::vector<const model::Assessment*> responses;
  for (const auto& item : loaded) responses.push_back(&item.assessment);
  const auto combined = analysis::combine(loaded.front().framework, responses, {perspective, options.min_responses});
  const std::string schema = options.schema == "none" ? ""
                             : options.schema.empty() ? default_schema_location(k_assessment_schema, options.output)
                                                      : options.schema;
  const std::string text = yaml::write_assessment_file(*loaded.front().framework, combined.assessment, {schema});
  write_output_file(console, options.output, text, options.force);
  const render::RowWords words = render::row_words(*loaded.front().framework);
  warn_about_small_groups(console, responses.size(), combined, options.min_responses, words.many);
  warn_about_rows_mostly_not_applicable(console, combined, words);
  warn_about_personal_data(console, options.output, text);
  note_missing_dates(console, options.output, combined.assessment);
  say_where_combined(console, options.output, responses.size(), combined.assessment);
  return k_exit_success;
}

}  // namespace

CommandRunner setup_combine(CLI::App& app) {
  auto options = std::make_shared<CombineCommandOptions>();
  CLI::App* command = app.add_subcommand(
      "combine",
      "Combine individual responses (for example each peer network member's own scoring) into one assessment "
      "of a perspective: per row the median score, with the range and how many people scored it kept for "
      "'compare' and 'web'; evidence gathered in alphabetical order without names. Warns when so few people "
      "responded that answers may be identifiable.");
  command->add_option("files", options->files, "Individual responses for the same area and period")->required();
  command->add_option("-o,--output", options->output, "The combined assessment file to write (- for standard output)")
      ->required()
      ->type_name("FILE");
  command
      ->add_option("--perspective", options->perspective,
                   "The perspective of the combined assessment: organisation, peer-network or individual")
      ->default_str("peer-network")
      ->type_name("PERSPECTIVE");
  remember_perspectives(command->get_option("--perspective"));
  restrict_to_whole_numbers(command->add_option("--min-responses", options->min_responses,
                                                "Warn when fewer than this many people responded, or scored a row"),
                            1, 1000, 3)
      ->default_str("3");
  command->add_option("--schema", options->schema, "As for 'coprod init'")->type_name("LOCATION");
  command->add_flag("--force", options->force, "Replace the output file if it already exists");
  command->add_flag("--identical-answers", options->identical_answers,
                    "Count files with the same answers as separate people who answered alike (they are "
                    "refused as copies otherwise)");
  one_value_each_time(command->add_option("--framework", options->frameworks, "A framework file (may be repeated)"))
      ->type_name("FILE");
  return {command, [options](Console& console) { return run_combine(*options, console); }};
}

}  // namespace coprod::cli
