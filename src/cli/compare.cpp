// coprod compare: two or more assessments side by side.

#include <algorithm>
#include <iterator>
#include <memory>

#include <fmt/format.h>

#include "analysis/comparison.hpp"
#include "analysis/personal_data_flags.hpp"
#include "analysis/redaction.hpp"
#include "cli/command.hpp"
#include "cli/error.hpp"
#include "cli/files.hpp"
#include "cli/identifiable_rows.hpp"
#include "cli/loading.hpp"
#include "cli/output_file.hpp"
#include "cli/output_format_warning.hpp"
#include "cli/output_place.hpp"
#include "cli/personal_data_policy.hpp"
#include "cli/shown_paths.hpp"
#include "cli/side_by_side.hpp"
#include "cli/standard_input.hpp"
#include "cli/terminal.hpp"
#include "cli/warning_count.hpp"
#include "cli/workbook_file.hpp"
#include "render/comparison.hpp"

namespace coprod::cli {

namespace {

// The --format values compare offers.
const std::vector<std::string> k_compare_formats = {"text", "json", "csv", "markdown", "html", "xlsx"};

struct CompareOptions {
  std::vector<std::string> files;
  std::vector<std::string> frameworks;
  std::string format = "text";
  std::string output = "-";
  double threshold = 1.5;
  std::size_t width = 0;  // --width; 0: not given (see report_width())
  bool force = false;
  bool strict = false;               // --strict: exit 1 when any warning was given
  PersonalDataChoice personal_data;  // --redact, --include-flagged
};

// Likely personal data in what the comparison prints, each flag at its place.
std::vector<analysis::Flag> flag_shown_personal_data(const CompareOptions& options,
                                                     const std::vector<yaml::LoadedAssessment>& loaded,
                                                     const std::vector<std::vector<model::TextField>>& fields) {
  std::vector<analysis::Flag> flags;
  const bool with_evidence = options.format != "csv";
  for (std::size_t i = 0; i < loaded.size() && i < fields.size(); ++i) {
    std::vector<model::TextField> shown;
    std::copy_if(fields[i].begin(), fields[i].end(), std::back_inserter(shown),
                 [&](const model::TextField& field) { return analysis::shown_in_comparison(field, with_evidence); });
    const auto found = analysis::flag_personal_data(loaded[i].assessment.source, shown);
    flags.insert(flags.end(), found.begin(), found.end());
  }
  return flags;
}

// The text format on standard output is read at the terminal, as the files
// themselves are: its flags are warnings. Every other format, and text written
// to a file with -o, is a sheet or file to share, which report's policy keeps
// from holding personal data unless told how.
// Returns what the sheet says was masked (masked_words(), as the pack says it), if anything.
std::vector<std::string> apply_personal_data_policy(const CompareOptions& options,
                                                    std::vector<yaml::LoadedAssessment>& loaded,
                                                    const std::vector<std::vector<model::TextField>>& fields,
                                                    Console& console) {
  const auto flags = flag_shown_personal_data(options, loaded, fields);
  const bool read_at_the_terminal = options.format == "text" && output_place(options.output) != OutputPlace::file;
  if (read_at_the_terminal && !options.personal_data.redact) {
    if (flags.empty() || options.personal_data.include_flagged) return {};
    for (const auto& flag : flags) console.err(diagnostic_line(flag.diagnostic));
    const bool one = flags.size() == 1;
    console.err(
        fmt::format("coprod: warning: the comparison shows {} likely {} of personal data; remove {it} or mark "
                    "{it} as reviewed before you share what it shows (the other formats are not written unless "
                    "you give --redact to mask {it} or --include-flagged to keep {it})\n",
                    flags.size(), one ? "piece" : "pieces", fmt::arg("it", one ? "it" : "them")));
    return {};
  }
  refuse_personal_data(flags, options.personal_data, {"comparison", "", ""}, console);
  warn_of_included_personal_data(flags, options.personal_data, "comparison", console);
  if (!options.personal_data.redact) return {};
  int masked = 0;
  for (std::size_t i = 0; i < loaded.size() && i < fields.size(); ++i)
    masked += analysis::redact_assessment(loaded[i].assessment, fields[i]);
  if (masked == 0) return {};
  console.err("coprod: note: " + masked_words(masked) + "\n");
  return {masked_words(masked)};
}

std::string render(const CompareOptions& options, const analysis::Comparison& comparison,
                   const std::vector<std::string>& redacted_notes, const Console& console) {
  if (options.format == "json") return render::render_comparison_json(comparison);
  if (options.format == "csv") return render::render_comparison_csv(comparison);
  if (options.format == "markdown") return render::render_comparison_markdown(comparison, redacted_notes);
  if (options.format == "html") return render::render_comparison_html(comparison, redacted_notes);
  const bool to_stdout = options.output == "-";
  return render::render_comparison_text(comparison, {report_width(options.width, to_stdout, console, 60, 400),
                                                     use_colour(console, to_stdout), terminal_speaks_utf8(console)});
}

int run_compare(const CompareOptions& options, Console& console) {
  refuse_standard_input_twice({{"", options.files}, {"--framework", options.frameworks}});
  refuse_files_named_twice(options.files);
  refuse_output_among_inputs(options.output, {options.files, options.frameworks});
  warn_about_output_format(console, options.output, options.format, k_compare_formats);
  if (options.files.size() < 2)
    throw Error(k_exit_usage,
                "compare needs at least two assessment files, such as the organisation's and the peer "
                "network's for one period: coprod compare 2026-Q4-organisation.coprod.yaml "
                "2026-Q4-peer-network.coprod.yaml");
  if (options.format == "xlsx" && options.output == "-") throw Error(k_exit_usage, workbook_needs_file_message());
  const model::FrameworkCatalog catalog = load_catalog(options.frameworks);
  std::vector<std::vector<model::TextField>> fields;
  auto loaded = load_assessments(options.files, catalog, console, nullptr, &fields);
  const auto redacted_notes = apply_personal_data_policy(options, loaded, fields, console);
  const ScoredAssessments scored = score_together(std::move(loaded), console);
  check_side_by_side(console, options.files, scored, analysis::SideBySide::compare);
  for (const auto& input : scored.inputs) warn_about_identifiable_rows(console, *input->framework, *input->assessment);
  // Sheets and files to share name the files without home folders; the terminal as typed.
  const auto inputs = options.format == "text" ? scored.inputs : with_shown_paths(scored.inputs);
  if (options.format == "xlsx") {
    render::ScoresWorkbookInput input;
    input.inputs = inputs;
    input.date = workbook_date(console);
    input.redacted_notes = redacted_notes;
    write_workbook_file(console, render::build_scores_workbook(input), options.output, options.force);
    return k_exit_success;
  }
  const auto comparison = analysis::compare(inputs, options.threshold);
  write_output_file(console, options.output, render(options, comparison, redacted_notes, console), options.force);
  return k_exit_success;
}

// Runs compare, and under --strict fails the run when it gave any warning.
int run_compare_strictly(const CompareOptions& options, Console& console) {
  if (!options.strict) return run_compare(options, console);
  WarningCountingConsole counting(console);
  const int status = run_compare(options, counting);
  if (status != k_exit_success || counting.warnings() == 0) return status;
  console.err(fmt::format("coprod: --strict: {} {} given\n", counting.warnings(),
                          counting.warnings() == 1 ? "warning was" : "warnings were"));
  return k_exit_findings;
}

}  // namespace

CommandRunner setup_compare(CLI::App& app) {
  auto options = std::make_shared<CompareOptions>();
  CLI::App* command = app.add_subcommand(
      "compare",
      "Compare two or more assessments of the same framework: the organisation's and the co-production peer "
      "network's for one period (differences are the start of a conversation), one perspective over several "
      "periods (what moved), or any mix. Conversation prompts come first, with each side's evidence. Two "
      "versions of one file (compare HEAD:F F) show every row that changed. --format html makes a sheet of the "
      "differences to print for the meeting, with room for notes.");
  command->add_option("files", options->files, "Assessment files (two or more)")->required();
  add_format_option(*command, options->format, k_compare_formats);
  restrict_to_numbers(
      command->add_option("--threshold", options->threshold,
                          "The difference in score (0.5 to 5) at which a row or section becomes a conversation prompt"),
      0.5, 5.0, 1.5)
      ->default_str("1.5");
  command
      ->add_option("-o,--output", options->output,
                   "Write the comparison to this file instead of standard output (needed for xlsx, an Excel workbook)")
      ->type_name("FILE");
  command->add_flag("--force", options->force, "Replace the --output file if it already exists");
  command->add_flag("--strict", options->strict,
                    "Exit with status 1 if any warning was given (a file counted twice, inputs of another "
                    "perspective and another period): for continuous integration");
  command->add_flag("--redact", options->personal_data.redact,
                    "Mask likely personal data in the comparison (files are not changed)");
  command->add_flag("--include-flagged", options->personal_data.include_flagged,
                    "Include text flagged as likely personal data as it is (after checking it by hand)");
  restrict_to_whole_numbers(command->add_option("--width", options->width,
                                                "Text format: the width to fit, in columns (default: the terminal's "
                                                "width when writing to one, else 80)"),
                            60, 400, 80);
  one_value_each_time(command->add_option("--framework", options->frameworks,
                                          "A framework file to use for assessments that name its id (may be repeated)"))
      ->type_name("FILE");
  return {command, [options](Console& console) {
            if (options->personal_data.redact && options->personal_data.include_flagged)
              throw Error(k_exit_usage, "--redact and --include-flagged cannot be used together");
            return run_compare_strictly(*options, console);
          }};
}

}  // namespace coprod::cli
