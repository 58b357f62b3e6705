// coprod history: a file's section scores over its committed versions (and its working copy).

#include "analysis/history.hpp"

#include <algorithm>
#include <filesystem>
#include <memory>
#include <optional>
#include <utility>

#include <fmt/format.h>

#include "analysis/file_name_period.hpp"
#include "analysis/input_checks.hpp"
#include "cli/command.hpp"
#include "cli/error.hpp"
#include "cli/files.hpp"
#include "cli/git_history.hpp"
#include "cli/history_left_out.hpp"
#include "cli/loading.hpp"
#include "cli/output_file.hpp"
#include "cli/output_format_warning.hpp"
#include "cli/standard_input.hpp"
#include "cli/terminal.hpp"
#include "model/perspective.hpp"
#include "render/history.hpp"
#include "util/escape.hpp"
#include "util/shell_word.hpp"
#include "util/text.hpp"
#include "yaml/assessment_loader.hpp"

namespace coprod::cli {

namespace {

// The --format values history offers.
const std::vector<std::string> k_history_formats = {"text", "json", "csv", "svg"};

struct HistoryOptions {
  std::string file;
  std::vector<std::string> frameworks;
  std::string format = "text";
  std::string output = "-";
  std::size_t limit = 200;
  std::size_t width = 0;  // --width; 0: not given (see report_width())
  bool ascii = false;
  bool force = false;
};

// history FILE reads FILE's commits up to the latest; REVISION:FILE (as other
// commands read a committed version) is refused, saying how to see the history
// as it was at that revision, or every version.
void refuse_revision(const std::string& file) {
  if (file_exists(file)) return;
  const auto parts = split_revision_path(file);
  if (!parts) return;
  const auto& [revision, path] = *parts;
  throw Error(k_exit_invalid_input,
              util::Diagnostics{
                  {util::Severity::error,
                   file,
                   {0, 0},
                   fmt::format("there is no file {}; if it means {} as committed at {}: 'history' shows every "
                               "committed version of a file, up to the latest commit, so give the file's name alone "
                               "('coprod history {}'), or, for the history as it stood at {}, check that out in a "
                               "folder of its own (git worktree add ../as-at {}) and run 'coprod history' there",
                               file, path, revision, util::shell_word(path), revision, util::shell_word(revision))}});
}

// The repository `file` is in, and the file's path there.
std::pair<std::unique_ptr<GitRepository>, std::string> open_repository(const std::string& file, Console& console) {
  if (std::error_code error; std::filesystem::is_directory(file, error)) {
    throw Error(
        k_exit_invalid_input,
        util::Diagnostics{
            {util::Severity::error, file, {0, 0}, "this is a folder, not a file; name a .yaml file inside it"}});
  }
  auto repository = GitRepository::discover_for_file(file);
  if (!repository)
    throw Error(k_exit_invalid_input,
                fmt::format("{} is not in a git repository; 'history' reads a file's commits, so commit the file "
                            "in one (git add, then git commit) or run 'coprod score {}' for it as it is",
                            file, util::shell_word(file)));
  auto path = path_in_repository(*repository, file);
  if (!path)
    throw Error(k_exit_invalid_input,
                fmt::format("{}: this file is not inside the work tree of its git repository", file));
  if (repository->is_shallow()) {
    console.err(fmt::format(
        "coprod: warning: this is a shallow clone, so its history is cut short: versions older than the clone are not "
        "shown; {}\n",
        shallow_clone_fix()));
  }
  return {std::move(repository), std::move(*path)};
}

// The file as it is on disk; nullopt when it is not there (deleted, or
// named by its committed path only); why not, when it cannot be loaded.
struct WorkingCopyRead {
  std::optional<WorkingCopy> copy;
  std::optional<util::Diagnostic> problem;
};

WorkingCopyRead read_working_copy(const std::string& file, const model::FrameworkCatalog& catalog) {
  if (!file_exists(file)) return {};
  auto text = read_input_file(file);
  auto loaded =
      text ? yaml::load_assessment(*text, file, catalog) : util::Result<yaml::LoadedAssessment>(text.problems());
  if (!loaded) return {std::nullopt, loaded.problems().front()};
  return {WorkingCopy{std::move(*text), std::move(*loaded)}, std::nullopt};
}

// A working copy that cannot be read is left out, with a warning, when there
// are committed versions to show; with none, why it cannot be read is the
// error (a plan given for an assessment, say), not "commit it first".
void left_out_or_refused(const std::optional<util::Diagnostic>& problem, bool any_versions, const GitWarning& warn) {
  if (!problem) return;
  if (!any_versions) throw Error(k_exit_invalid_input, util::Diagnostics{*problem});
  util::Diagnostic warning = *problem;
  warning.severity = util::Severity::warning;
  warning.message += "; the working copy is left out of the history, which shows what is committed";
  warn(warning);
}

// Says which period shows the working copy, when one does, and how to see its changes.
void note_working_copy(const std::vector<PeriodVersion>& versions, const std::string& file, GitRepository& repository,
                       const std::string& path, Console& console) {
  const auto working = std::find_if(versions.begin(), versions.end(), [](const PeriodVersion& version) {
    return version.relation == PeriodVersion::Relation::working_copy;
  });
  if (working == versions.end()) return;
  const auto at_head = repository.look_up("HEAD:" + path);
  const bool in_head = at_head && *at_head;
  const std::string period = working->loaded.assessment.period.to_string();
  // Only a file in HEAD has a last commit to compare with.
  const std::string note =
      in_head ? fmt::format(
                    "coprod: note: {} has changes not committed yet, so {} shows its working copy, marked as "
                    "not committed; 'coprod compare {} {}' shows what changed since the last commit",
                    file, period, util::shell_word("HEAD:" + file), util::shell_word(file))
              : fmt::format(
                    "coprod: note: {} is not committed yet, so {} shows its working copy, marked as not "
                    "committed",
                    file, period);
  console.err(util::terminal_text(note) + "\n");
}

// The versions scored, less those made with another version of the framework
// than the latest (a warning each).
std::vector<analysis::HistoryInput> scored(std::vector<PeriodVersion>& versions, const GitWarning& warn) {
  const auto framework = versions.back().loaded.framework;
  std::vector<analysis::HistoryInput> inputs;
  for (auto& version : versions) {
    if (version.loaded.framework != framework) {
      warn({util::Severity::warning,
            version.commit.substr(0, 7) + ":" + version.path,
            {0, 0},
            "it uses another version of the framework; this version is left out of the history"});
      continue;
    }
    auto result = std::make_shared<const analysis::AssessmentResult>(
        analysis::score_assessment(framework, std::move(version.loaded.assessment)));
    const bool committed = version.relation != PeriodVersion::Relation::working_copy;
    const auto date =
        committed ? model::Date::from_days_since_epoch(static_cast<long>(version.time / 86400)).to_string() : "";
    inputs.push_back({version.commit, date, version.path, std::move(result), committed, version.on_or_before});
  }
  return inputs;
}

// The file asked about, as it is now (its working copy, else its latest
// commit), warned about when its name gives another period than its own.
void warn_if_file_name_disagrees(const std::vector<PeriodVersion>& versions, const GitWarning& warn) {
  const auto latest = std::find_if(versions.rbegin(), versions.rend(), [](const PeriodVersion& version) {
    return version.relation == PeriodVersion::Relation::working_copy ||
           version.relation == PeriodVersion::Relation::same_name;
  });
  if (latest == versions.rend()) return;
  if (auto warning = analysis::file_name_period_warning(latest->loaded.assessment)) warn(*warning);
}

// Two files for one area, perspective and period (a draft committed beside
// the real file): history cannot tell which one a change is measured from,
// so it refuses, as web and report do, naming both where they say their period.
void refuse_files_for_one_period(const std::vector<analysis::HistoryInput>& inputs) {
  std::vector<const model::Assessment*> assessments;
  for (const auto& input : inputs) assessments.push_back(input.result->assessment.get());
  auto problems = analysis::check_side_by_side(assessments, analysis::SideBySide::history);
  if (util::has_errors(problems)) throw Error(k_exit_invalid_input, std::move(problems));
}

// Two individual responses for one period (two people's, which the check
// above lets through) are shown apart, each headed by its file's name.
void warn_about_files_for_one_period(const std::vector<analysis::HistoryInput>& inputs, Console& console) {
  if (inputs.empty()) return;
  const auto& assessment = *inputs.back().result->assessment;
  for (const auto& [period, files] : analysis::files_for_one_period(inputs)) {
    console.err(util::terminal_text(fmt::format(
                    "coprod: warning: {} files are for the same area, perspective and period ({}, {}, {}): {}; "
                    "history shows them side by side, each headed by the part of its name the others lack, and a "
                    "change to or from {} is measured with the last, {}; individual responses are "
                    "separate people's answers and need no correcting; for one group score for {}, combine them with "
                    "coprod combine",
                    files.size(), assessment.area, model::perspective_title(assessment.perspective), period,
                    util::join_first_in_words(files, 3), period, files.back(), period)) +
                "\n");
  }
}

int run_history(const HistoryOptions& options, Console& console) {
  refuse_standard_input_twice({{"", {options.file}}, {"--framework", options.frameworks}});
  refuse_output_among_inputs(options.output, {{options.file}, options.frameworks});
  warn_about_output_format(console, options.output, options.format, k_history_formats);
  refuse_revision(options.file);
  const auto [repository, path] = open_repository(options.file, console);
  const model::FrameworkCatalog catalog = load_catalog(options.frameworks);
  const GitWarning warn = [&console](const util::Diagnostic& problem) { print_diagnostics(console, {problem}); };
  auto working_copy = read_working_copy(options.file, catalog);
  std::vector<FileBesideLeftOut> left_out;
  auto versions = period_history(*repository, path, catalog, options.limit, warn, std::move(working_copy.copy),
                                 [&left_out](const FileBesideLeftOut& other) { left_out.push_back(other); });
  left_out_or_refused(working_copy.problem, static_cast<bool>(versions), warn);
  if (!versions) throw Error(k_exit_invalid_input, versions.problems());
  note_working_copy(*versions, options.file, *repository, path, console);
  if (versions->size() == 1 && options.limit > 1) {
    console.err(
        fmt::format("coprod: note: no earlier period was found: {} has one period in its commits, and its folder "
                    "has no earlier period's file for {}, {}\n",
                    util::terminal_text(path), util::terminal_text(versions->front().loaded.assessment.area),
                    model::perspective_title(versions->front().loaded.assessment.perspective)));
  }
  warn_if_file_name_disagrees(*versions, warn);
  say_files_left_out(left_out, *versions, options.file, path, *repository, warn, console);
  const auto inputs = scored(*versions, warn);
  refuse_files_for_one_period(inputs);
  warn_about_files_for_one_period(inputs, console);
  auto history = analysis::build_history(path, inputs);
  history.shallow = repository->is_shallow();
  std::string out;
  if (options.format == "json") out = render::render_history_json(history);
  else if (options.format == "csv") out = render::render_history_csv(history);
  else if (options.format == "svg") out = render::render_history_svg(history);
  else {
    out = render::render_history_text(history, report_width(options.width, options.output == "-", console, 60, 400),
                                      !options.ascii && terminal_speaks_utf8(console));
  }
  write_output_file(console, options.output, out, options.force);
  return k_exit_success;
}

}  // namespace

CommandRunner setup_history(CLI::App& app) {
  auto options = std::make_shared<HistoryOptions>();
  CLI::App* command = app.add_subcommand(
      "history",
      "Show how an assessment's section scores changed, one period at a time, from what is committed in git: "
      "the file's own versions (following renames) and the earlier periods' files of the same area and "
      "perspective in its folder, then its working copy when that is not committed yet. A table with each "
      "section's change and a small trend, or JSON, CSV, or an SVG line chart.");
  command->add_option("file", options->file, "An assessment file in a git repository")->required();
  add_format_option(*command, options->format, k_history_formats);
  command->add_option("-o,--output", options->output, "Write to this file instead of standard output")
      ->type_name("FILE");
  command->add_flag("--force", options->force, "Replace the --output file if it already exists");
  restrict_to_whole_numbers(command->add_option("--limit", options->limit, "At most this many of the latest periods"),
                            1, 100000, 200)
      ->default_str("200");
  command->add_flag("--ascii", options->ascii, "Text: plain ASCII trends instead of Unicode blocks");
  restrict_to_whole_numbers(command->add_option("--width", options->width,
                                                "Text: the width to fit, in columns (default: the terminal's width "
                                                "when writing to one, else 80)"),
                            60, 400, 80);
  one_value_each_time(command->add_option("--framework", options->frameworks, "A framework file (may be repeated)"))
      ->type_name("FILE");
  return {command, [options](Console& console) { return run_history(*options, console); }};
}

}  // namespace coprod::cli
