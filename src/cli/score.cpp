// coprod score: check assessments and print each section's score and the rows behind it.

#include <algorithm>
#include <memory>
#include <thread>

#include <fmt/format.h>

#include "analysis/check_flags.hpp"
#include "analysis/file_name_period.hpp"
#include "analysis/gaps.hpp"
#include "cli/command.hpp"
#include "cli/error.hpp"
#include "cli/files.hpp"
#include "cli/loading.hpp"
#include "cli/output_file.hpp"
#include "cli/output_format_warning.hpp"
#include "cli/parallel.hpp"
#include "cli/score_options.hpp"
#include "cli/source_texts.hpp"
#include "cli/standard_input.hpp"
#include "cli/terminal.hpp"
#include "cli/today.hpp"
#include "cli/unreadable_for_diff.hpp"
#include "cli/workbook_file.hpp"
#include "render/missing_score.hpp"
#include "render/scores.hpp"
#include "util/escape.hpp"
#include "util/text.hpp"
#include "yaml/assessment_loader.hpp"
#include "yaml/text_fields.hpp"

namespace coprod::cli {

namespace {

// The --format values score offers.
const std::vector<std::string> k_score_formats = {"text", "json", "csv", "markdown", "diff", "xlsx"};

render::ScoreFormat format_of(const std::string& format) {
  if (format == "json") return render::ScoreFormat::json;
  if (format == "csv") return render::ScoreFormat::csv;
  if (format == "markdown") return render::ScoreFormat::markdown;
  if (format == "diff") return render::ScoreFormat::diff;
  return render::ScoreFormat::text;
}

// One file's part of the report, made on a worker thread.
struct ScoredFile {
  std::string body;  // empty when the file is invalid
  util::Diagnostics problems;
  int not_scored = 0;
  int no_evidence = 0;
};

ScoredFile score_file_unguarded(const std::string& path, const model::FrameworkCatalog& catalog,
                                render::ScoreFormat format, const render::ScoreTextOptions& text_options,
                                const Today& today) {
  ScoredFile scored;
  auto text = read_input_file(path);
  if (!text) {
    scored.problems = text.problems();
    return scored;
  }
  auto document = yaml::parse_document(*text, path);
  if (!document) {
    scored.problems = document.problems();
    return scored;
  }
  auto loaded = yaml::load_assessment(*document, path, catalog);
  if (!loaded) {
    scored.problems = loaded.problems();
    return scored;
  }
  scored.problems = loaded->warnings;
  if (auto warning = analysis::file_name_period_warning(loaded->assessment)) scored.problems.push_back(*warning);
  if (auto message = analysis::future_period_message(loaded->assessment.period, today.date, today.origin)) {
    scored.problems.push_back(
        analysis::make_flag(path, loaded->assessment.period_position, "future-date", *message).diagnostic);
  }
  const auto result = analysis::score_assessment(std::move(loaded->framework), std::move(loaded->assessment));
  for (const auto& gap : analysis::find_gaps(result)) {
    (gap.kind == analysis::Gap::Kind::not_scored ? scored.not_scored : scored.no_evidence) += 1;
  }
  const auto fields =
      format == render::ScoreFormat::diff ? yaml::find_text_fields(*text, *document) : std::vector<model::TextField>{};
  scored.body = render::score_report_body(format, result, text_options, fields);
  return scored;
}

// On a worker thread nothing may escape: a failure becomes the file's problem.
ScoredFile score_file(const std::string& path, const model::FrameworkCatalog& catalog, render::ScoreFormat format,
                      const render::ScoreTextOptions& text_options, const Today& today) {
  try {
    return score_file_unguarded(path, catalog, format, text_options, today);
  } catch (const std::exception& error) {
    ScoredFile failed;
    failed.problems.push_back({util::Severity::error, path, {0, 0}, fmt::format("internal error: {}", error.what())});
    return failed;
  }
}

// Under --strict, rows not scored and scores without evidence fail the run.
int strict_exit_code(int not_scored, int no_evidence, Console& console) {
  if (not_scored == 0 && no_evidence == 0) return k_exit_success;
  std::vector<std::string> parts;
  if (not_scored > 0)
    parts.push_back(fmt::format("{} {} {}", not_scored, not_scored == 1 ? "row" : "rows", render::k_not_scored_words));
  if (no_evidence > 0) {
    parts.push_back(fmt::format("{} {} with no evidence", no_evidence, no_evidence == 1 ? "score" : "scores"));
  }
  console.err(fmt::format("coprod: --strict: {}\n", util::join(parts, " and ")));
  return k_exit_findings;
}

// `score --format diff`: what git-setup makes `git diff` show.
int run_diff_format(const ScoreOptions& options, Console& console) {
  const model::FrameworkCatalog catalog = load_catalog(options.frameworks);
  for (const auto& path : options.files) {
    try {
      std::vector<std::vector<model::TextField>> fields;
      auto loaded = load_assessments({path}, catalog, console, nullptr, &fields);
      auto& item = loaded.front();
      const auto result = analysis::score_assessment(std::move(item.framework), std::move(item.assessment));
      console.out(render::render_score_diff_item(result, fields.front()));
    } catch (const Error& error) {
      console.out(unreadable_file_for_diff(path, error, catalog));
    }
  }
  return k_exit_success;
}

// --format xlsx: every file in one workbook, so they must share a framework.
int run_workbook_format(const ScoreOptions& options, Console& console) {
  if (options.output == "-") throw Error(k_exit_usage, workbook_needs_file_message());
  const model::FrameworkCatalog catalog = load_catalog(options.frameworks);
  const ScoredAssessments scored = load_and_score(options.files, catalog, console);
  render::ScoresWorkbookInput input;
  input.inputs = scored.inputs;
  input.date = workbook_date(console);
  write_workbook_file(console, render::build_scores_workbook(input), options.output, options.force);
  int not_scored = 0;
  int no_evidence = 0;
  for (const auto& result : scored.inputs) {
    for (const auto& gap : analysis::find_gaps(*result)) {
      (gap.kind == analysis::Gap::Kind::not_scored ? not_scored : no_evidence) += 1;
    }
  }
  return options.strict ? strict_exit_code(not_scored, no_evidence, console) : k_exit_success;
}

// Refuses the options that only shape a score report when `mode` (editing
// with --set, or --interactive) writes none: they would be ignored.
void refuse_report_options(const ScoreOptions& options, std::string_view mode) {
  std::vector<std::string> given;
  if (options.interactive && mode != "--interactive") given.emplace_back("--interactive");
  if (options.output != "-") given.emplace_back("-o");
  if (options.format != "text") given.emplace_back("--format");
  if (options.strict) given.emplace_back("--strict");
  if (options.sections_only) given.emplace_back("--sections-only");
  if (options.evidence) given.emplace_back("--evidence");
  if (options.width != 0 && mode != "--interactive") given.emplace_back("--width");
  if (options.jobs != 0) given.emplace_back("--jobs");
  if (options.force) given.emplace_back("--force");
  if (given.empty()) return;
  throw Error(k_exit_usage, fmt::format("{} changes the file and prints no score report, so it does not go with {}; "
                                        "give {} in a 'coprod score' command of its own",
                                        mode, util::join(given, ", "), given.size() == 1 ? "it" : "them"));
}

// Files are read, checked and rendered in chunks on several threads and
// written in order as each chunk is done, so memory stays flat however many
// files there are. Valid files are reported even when others are invalid
// (exit status 3); with --output nothing is written unless all are valid.
int run_score(const ScoreOptions& options, Console& console) {
  refuse_standard_input_twice({{"", options.files}, {"--framework", options.frameworks}});
  refuse_files_named_twice(options.files);
  refuse_output_among_inputs(options.output, {options.files, options.frameworks});
  if (!options.set.empty() || !options.set_evidence.empty() || !options.add_evidence.empty()) {
    refuse_report_options(options, !options.set.empty()            ? "--set"
                                   : !options.set_evidence.empty() ? "--set-evidence"
                                                                   : "--add-evidence");
    return run_set(options, console);
  }
  if (options.interactive) {
    refuse_report_options(options, "--interactive");
    return run_interactive(options, console);
  }
  warn_about_output_format(console, options.output, options.format, k_score_formats);
  if (options.format == "diff" && options.output == "-") return run_diff_format(options, console);
  if (options.format == "xlsx") return run_workbook_format(options, console);
  const model::FrameworkCatalog catalog = load_catalog(options.frameworks);
  const auto format = format_of(options.format);
  // --width, else the terminal's width when the report goes to one, else 80.
  const render::ScoreTextOptions text_options{options.sections_only, options.evidence,
                                              report_width(options.width, options.output == "-", console, 60, 400)};
  const Today today = today_with_origin("", console, "");  // for check's future-date warning
  const unsigned threads = options.jobs > 0 ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
  const std::size_t chunk = 32 * static_cast<std::size_t>(threads);
  OutputFile output(console, options.output, options.force);
  output.write(render::score_report_start(format));
  util::Diagnostics problems;
  std::size_t reported = 0;
  int not_scored = 0;
  int no_evidence = 0;
  for (std::size_t start = 0; start < options.files.size(); start += chunk) {
    const std::size_t end = std::min(start + chunk, options.files.size());
    std::vector<ScoredFile> scored(end - start);
    run_in_parallel(end - start, threads, [&](std::size_t i) {
      scored[i] = score_file(options.files[start + i], catalog, format, text_options, today);
    });
    for (auto& item : scored) {
      if (item.body.empty()) {
        problems.insert(problems.end(), item.problems.begin(), item.problems.end());
        continue;
      }
      print_diagnostics(console, item.problems);
      output.write(render::score_report_separator(format, reported++, text_options) + item.body);
      not_scored += item.not_scored;
      no_evidence += item.no_evidence;
    }
  }
  util::Diagnostics invalid;
  for (const auto& problem : problems) invalid.push_back(with_character_column(problem));
  output.write(render::score_report_end(format, reported, invalid));
  if (!problems.empty()) throw Error(k_exit_invalid_input, std::move(problems));
  output.commit();
  return options.strict ? strict_exit_code(not_scored, no_evidence, console) : k_exit_success;
}

}  // namespace

CommandRunner setup_score(CLI::App& app) {
  auto options = std::make_shared<ScoreOptions>();
  CLI::App* command = app.add_subcommand(
      "score",
      "Check one or more assessment files and show each section's score (the average of its scored rows: the "
      "values of the co-production web) with the rows behind it, and what is still to do: rows not scored "
      "yet and scores with no supporting evidence.");
  command->add_option("files", options->files, "Assessment files (- for standard input)")->required();
  add_format_option(*command, options->format, k_score_formats);
  command
      ->add_option("-o,--output", options->output,
                   "Write the report to this file instead of standard output (needed for xlsx, an Excel workbook)")
      ->type_name("FILE");
  command->add_flag("--force", options->force, "Replace the --output file if it already exists");
  command->add_flag(
      "--strict", options->strict,
      "Fail (exit code 1) if any row is not scored or any score has no evidence; for continuous integration (CI)");
  command->add_flag("--sections-only", options->sections_only, "Text format: show the section table alone");
  command->add_flag("--evidence", options->evidence,
                    "Text format: show each row's evidence under it, each section's notes, and the reflections");
  restrict_to_whole_numbers(
      command->add_option(
          "--width", options->width,
          "The width to fit, in columns: text format (default: the terminal's width when writing to one, else 80), "
          "--interactive (default: the terminal's)"),
      60, 400, 80);
  restrict_to_whole_numbers(
      command->add_option("--jobs", options->jobs, "Files read at once (default: one per processor)"), 0, 256, 4);
  one_value_each_time(
      command->add_option(
          "--set", options->set,
          "Change a value in the file, as name=value: a row's score as section.row=score (such as "
          "commitment.strategy=4); section.row.evidence, .indicator_seen or .warning_seen (true or false); "
          "section.completed_by, .last_completed (YYYY-MM-DD) or .notes; reflections.surprising, "
          ".challenging, .learnt or .priorities. An empty value clears it; may be repeated. The rest of "
          "the file is left exactly as it was"))
      ->type_name("NAME=VALUE");
  one_value_each_time(
      command->add_option(
          "--set-evidence", options->set_evidence,
          "Replace a row's evidence in the file, as section.row=text (an empty text clears it); may be repeated"))
      ->type_name("SECTION.ROW=TEXT");
  one_value_each_time(command->add_option("--add-evidence", options->add_evidence,
                                          "Add a line after a row's evidence in the file, keeping what it has, as "
                                          "section.row=text; may be repeated"))
      ->type_name("SECTION.ROW=TEXT");
  auto* interactive =
      command->add_flag("--interactive", options->interactive,
                        "Walk through the rows (aim, early indicator, warning sign) at a terminal, from the first not "
                        "scored yet, asking for each score and evidence and saving each answer at once: for scoring "
                        "in a meeting");
  command->add_flag("--from-start", options->from_start, "With --interactive: begin at row 1")->needs(interactive);
  command
      ->add_flag("--ask-seen", options->ask_seen,
                 "With --interactive: after each score typed, ask whether the row's early indicator and warning sign "
                 "are seen locally (the paper sheet's tick boxes)")
      ->needs(interactive);
  one_value_each_time(command->add_option("--framework", options->frameworks,
                                          "A framework file to use for assessments that name its id (may be repeated)"))
      ->type_name("FILE");
  return {command, [options](Console& console) { return run_score(*options, console); }};
}

}  // namespace coprod::cli
