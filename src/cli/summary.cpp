// coprod summary: many areas' assessments at once, for regional and national leads.

#include "analysis/summary.hpp"

#include <algorithm>
#include <filesystem>
#include <map>
#include <memory>
#include <set>
#include <thread>

#include <fmt/format.h>

#include "analysis/check_flags.hpp"
#include "analysis/file_name_period.hpp"
#include "analysis/scoring.hpp"
#include "cli/command.hpp"
#include "cli/error.hpp"
#include "cli/files.hpp"
#include "cli/git_repository.hpp"
#include "cli/loading.hpp"
#include "cli/output_file.hpp"
#include "cli/output_format_warning.hpp"
#include "cli/parallel.hpp"
#include "cli/standard_input.hpp"
#include "cli/terminal.hpp"
#include "cli/today.hpp"
#include "render/summary.hpp"
#include "util/escape.hpp"
#include "util/text.hpp"
#include "yaml/assessment_loader.hpp"

namespace coprod::cli {

namespace {

// The --format values summary offers.
const std::vector<std::string> k_summary_formats = {"text", "json", "csv", "markdown"};

struct SummaryOptions {
  std::vector<std::string> paths;
  std::vector<std::string> frameworks;
  std::string format = "text";
  std::string output = "-";
  std::string today;
  int stale_months = 6;
  std::size_t top = 10;
  std::size_t width = 0;  // --width; 0: not given (see report_width())
  unsigned jobs = 0;
  bool force = false;
};

// A path named on the command line, and the .yaml or .yml files found there:
// the path itself when it is a file, every one under it (hidden folders such
// as .git skipped) when it is a folder.
struct NamedPath {
  std::string path;
  bool folder = false;
  std::vector<std::string> files;
};

std::vector<std::string> yaml_files_under(const std::string& folder) {
  namespace fs = std::filesystem;
  std::vector<std::string> files;
  std::error_code error;
  fs::recursive_directory_iterator it(folder, fs::directory_options::skip_permission_denied, error), end;
  for (; !error && it != end; it.increment(error)) {
    const auto name = it->path().filename().string();
    if (it->is_directory(error) && name.starts_with(".")) {
      it.disable_recursion_pending();
      continue;
    }
    const auto extension = it->path().extension();
    if (it->is_regular_file(error) && (extension == ".yaml" || extension == ".yml"))
      files.push_back(it->path().string());
  }
  return files;
}

// A path named that is not there stops the summary (exit 3) before anything
// is read: a misspelt folder would otherwise leave its areas out with only a
// warning. Standard input (-) and REVISION:path, read from git, are not on disk.
void refuse_missing_paths(const std::vector<std::string>& paths) {
  util::Diagnostics problems;
  for (const auto& path : paths) {
    std::error_code error;
    if (path == "-" || split_revision_path(path) || std::filesystem::exists(path, error) || error) continue;
    if (path.ends_with(".yaml") || path.ends_with(".yml")) {
      if (auto text = read_input_file(path); !text) problems.push_back(text.problems().front());
    } else {
      problems.push_back({util::Severity::error, path, {0, 0}, describe_missing_folder(path)});
    }
  }
  if (!problems.empty()) throw Error(k_exit_invalid_input, problems);
}

std::vector<NamedPath> find_yaml_files(const std::vector<std::string>& paths) {
  std::vector<NamedPath> named;
  for (const auto& path : paths) {
    std::error_code error;
    if (std::filesystem::is_directory(path, error)) named.push_back({path, true, yaml_files_under(path)});
    else named.push_back({path, false, {path}});
  }
  return named;
}

// Every file found, sorted so the result does not depend on the order the
// file system lists them in.
std::vector<std::string> all_files(const std::vector<NamedPath>& named) {
  std::vector<std::string> files;
  for (const auto& path : named) files.insert(files.end(), path.files.begin(), path.files.end());
  std::sort(files.begin(), files.end());
  return files;
}

struct Digested {
  std::optional<analysis::AssessmentDigest> digest;
  std::shared_ptr<const model::Framework> framework;
  std::optional<util::Diagnostic> problem;
  std::optional<util::Diagnostic> warning;  // a file name giving another period (see analysis/file_name_period.hpp)
};

Digested digest_file(const std::string& path, const model::FrameworkCatalog& catalog) {
  Digested out;
  auto text = read_input_file(path);
  if (!text) {
    out.problem = text.problems().front();
    return out;
  }
  // Plans and other YAML files are not assessments: skip them without parsing.
  if (text->find(yaml::k_assessment_format) == std::string::npos) return out;
  auto loaded = yaml::load_assessment(*text, path, catalog);
  if (!loaded) {
    out.problem = loaded.problems().front();
    return out;
  }
  out.warning = analysis::file_name_period_warning(loaded->assessment);
  const auto result = analysis::score_assessment(loaded->framework, std::move(loaded->assessment));
  const auto& assessment = *result.assessment;
  analysis::AssessmentDigest digest;
  digest.source = path;
  digest.area = assessment.area;
  digest.perspective = assessment.perspective;
  digest.period = assessment.period;
  digest.period_position = assessment.period_position;
  for (const auto& section : result.sections) {
    digest.section_scores.push_back(section.score ? std::optional<int>(section.score->tenths()) : std::nullopt);
    digest.section_coverage.push_back(section.coverage());
    digest.section_completed.push_back(section.response ? section.response->last_completed : std::nullopt);
    if (section.response && section.response->last_completed &&
        (!digest.last_completed || *digest.last_completed < *section.response->last_completed)) {
      digest.last_completed = section.response->last_completed;
    }
  }
  out.digest = std::move(digest);
  out.framework = loaded->framework;
  return out;
}

// Reads the files on `jobs` threads; each keeps only a small digest per file.
std::vector<Digested> digest_files(const std::vector<std::string>& files, const model::FrameworkCatalog& catalog,
                                   unsigned jobs) {
  std::vector<Digested> digested(files.size());
  run_in_parallel(files.size(), jobs, [&](std::size_t i) {
    try {
      digested[i] = digest_file(files[i], catalog);
    } catch (const std::exception& error) {
      digested[i].problem =
          util::Diagnostic{util::Severity::error, files[i], {0, 0}, std::string("internal error: ") + error.what()};
    }
  });
  return digested;
}

// A folder named that holds no assessment (valid or not) is said, so that a
// folder named by mistake, or an area not yet assessed, is not passed over in
// silence; the summary goes on with the others (a new area has no files yet).
void warn_about_empty_folders(Console& console, const std::vector<NamedPath>& named,
                              const std::vector<std::string>& files, const std::vector<Digested>& digested) {
  std::set<std::string> assessments;
  for (std::size_t i = 0; i < files.size(); ++i) {
    if (digested[i].digest || digested[i].problem) assessments.insert(files[i]);
  }
  for (const auto& path : named) {
    if (!path.folder || std::any_of(path.files.begin(), path.files.end(),
                                    [&](const std::string& file) { return assessments.contains(file); }))
      continue;
    console.err(util::terminal_text(fmt::format(
                    "coprod: warning: {}: this folder holds no assessment files (.yaml or .yml files that say "
                    "'format: coprod-assessment/1'), nor do the folders in it, so the summary has nothing from it; "
                    "check it is the folder meant",
                    path.path)) +
                "\n");
  }
}

// No file could be used: says which assessments were found but are invalid,
// and why, rather than that there were none.
[[noreturn]] void refuse_no_valid_assessment(const std::vector<Digested>& digested, Console& console) {
  util::Diagnostics problems;
  for (const auto& item : digested) {
    if (item.problem) problems.push_back(*item.problem);
  }
  if (problems.empty()) {
    throw Error(k_exit_invalid_input,
                "no assessment files were found under the paths given: summary reads the .yaml and .yml files that "
                "say 'format: coprod-assessment/1', in the folders named (and the folders in them) and among the "
                "files named, and skips the others; name the folders that hold the assessments, as in 'coprod "
                "summary .'");
  }
  print_diagnostics(console, problems);
  throw Error(
      k_exit_invalid_input,
      fmt::format("no valid assessment files were found under the paths given: {} {} could not be read (above); "
                  "put {} right and run summary again",
                  problems.size(), problems.size() == 1 ? "file" : "files", problems.size() == 1 ? "it" : "them"));
}

// One person's own scores are not an area's assessment: `combine` makes the
// peer network's from them.
void note_individual_responses(Console& console, int count) {
  console.err(
      fmt::format("coprod: note: {} left out: the summary is of areas' assessments; 'coprod combine' "
                  "combines an area's individual responses into its peer network assessment\n",
                  count == 1 ? "1 individual response (perspective individual) is"
                             : fmt::format("{} individual responses (perspective individual) are", count)));
}

// The files the summary leaves out for their period, or counts for a period
// of another length, each by name.
void warn_about_periods(Console& console, const analysis::Summary& summary) {
  const auto say = [&](const std::string& line) { console.err(util::terminal_text(line) + "\n"); };
  for (const auto& digest : summary.future) {
    if (const auto slip = analysis::future_period_message(digest.period, summary.today)) {
      say(fmt::format("coprod: warning: {}: {}; the summary leaves it out [future-date]", digest.source, *slip));
    } else {
      say(fmt::format(
          "coprod: note: {}: it is for {}, which starts on {}, after today ({}); the summary leaves it "
          "out until then",
          digest.source, digest.period.to_string(), digest.period.first_day().to_string(), summary.today.to_string()));
    }
  }
  const std::string latest = summary.latest.to_string();
  for (const auto& digest : summary.later) {
    say(fmt::format(
        "coprod: warning: {}: it is for {} ({}, {}), later than {}, the period most areas' latest "
        "assessments are for, which the summary is of; so the summary leaves it out{}",
        digest.source, digest.period.to_string(), digest.area, model::perspective_title(digest.perspective), latest,
        summary.latest.next().ends_before(digest.period) ? " (correct its period if that is a slip)"
                                                         : " until most areas reach that period"));
  }
  for (const auto& digest : summary.overlapping) {
    say(
        fmt::format("coprod: note: {}: it is for {} ({}, {}), which shares months with {}, so the summary counts "
                    "it for {}",
                    digest.source, digest.period.to_string(), digest.area, model::perspective_title(digest.perspective),
                    latest, latest));
  }
}

// "'Northbridge' (in a.yaml) and 'northbridge' (in b.yaml and 2 other files)"
std::string spellings_text(const std::vector<analysis::AreaSpelling>& spellings) {
  std::vector<std::string> parts;
  for (const auto& spelling : spellings) {
    const std::size_t others = spelling.sources.size() - 1;
    parts.push_back(fmt::format("'{}' (in {}{})", spelling.area, spelling.sources.front(),
                                others == 0   ? ""
                                : others == 1 ? " and 1 other file"
                                              : fmt::format(" and {} other files", others)));
  }
  return util::join_in_words(parts);
}

void warn_about_area_spellings(Console& console, const std::vector<std::vector<analysis::AreaSpelling>>& groups) {
  for (const auto& group : groups) {
    console.err(util::terminal_text(fmt::format(
                    "coprod: warning: the area is written {}; the names differ only in capitals or spaces, so they "
                    "are probably the same area, which the summary counts as {}; write the name the same way in "
                    "every file",
                    spellings_text(group), group.size() == 2 ? "two" : fmt::format("{}", group.size()))) +
                "\n");
  }
}

bool is_individual_response(const Digested& item) {
  return item.digest && item.digest->perspective == model::Perspective::individual;
}

// The framework most areas' assessments use (individual responses do not
// count), or none when there are only individual responses; refuses a run
// that found neither.
std::shared_ptr<const model::Framework> choose_framework(const std::vector<Digested>& digested, Console& console) {
  std::map<std::shared_ptr<const model::Framework>, int> uses;
  for (const auto& item : digested) {
    if (item.framework && !is_individual_response(item)) ++uses[item.framework];
  }
  if (uses.empty() && std::none_of(digested.begin(), digested.end(), is_individual_response))
    refuse_no_valid_assessment(digested, console);
  if (uses.empty()) return nullptr;
  return std::max_element(uses.begin(), uses.end(), [](const auto& a, const auto& b) { return a.second < b.second; })
      ->first;
}

// "line 3, column 1: a list that opens with '[' has no closing ']'"
std::string problem_text(const util::Diagnostic& problem) {
  if (problem.position.line <= 0) return problem.message;
  return fmt::format("line {}, column {}: {}", problem.position.line, problem.position.column, problem.message);
}

// The files to summarise, and those left out before the summary sees them.
struct SortedFiles {
  std::vector<analysis::AssessmentDigest> digests;
  std::vector<analysis::LeftOutFile> left_out;
  int unreadable = 0;
  int other_framework = 0;
  int individual = 0;
};

// Each file's digest to summarise, or left out: unreadable (its problem
// printed), an individual response, or of another framework.
SortedFiles sort_files(std::vector<Digested>& digested, const std::shared_ptr<const model::Framework>& framework,
                       Console& console) {
  using analysis::LeftOutReason;
  SortedFiles sorted;
  for (auto& item : digested) {
    if (item.warning) print_diagnostics(console, {*item.warning});
    if (item.problem) {
      ++sorted.unreadable;
      print_diagnostics(console, {*item.problem});
      sorted.left_out.push_back(
          {item.problem->source, LeftOutReason::unreadable, std::nullopt, problem_text(*item.problem)});
    } else if (is_individual_response(item)) {
      ++sorted.individual;
      sorted.left_out.push_back({item.digest->source, LeftOutReason::individual_response, item.digest->period, ""});
    } else if (item.digest && item.framework == framework) {
      sorted.digests.push_back(std::move(*item.digest));
    } else if (item.digest) {
      ++sorted.other_framework;
      sorted.left_out.push_back(
          {item.digest->source, LeftOutReason::other_framework, item.digest->period, item.framework->id});
    }
  }
  return sorted;
}

// Says on standard error how many files were left out, and why.
void warn_about_left_out(Console& console, const SortedFiles& sorted, const model::Framework* framework) {
  if (sorted.unreadable > 0)
    console.err(fmt::format("coprod: warning: {} {} could not be read and {} left out\n", sorted.unreadable,
                            sorted.unreadable == 1 ? "file" : "files", sorted.unreadable == 1 ? "is" : "are"));
  if (sorted.other_framework > 0)
    console.err(fmt::format(
        "coprod: warning: {} left out: the summary covers only the framework most of the files use ({})\n",
        sorted.other_framework == 1 ? "1 assessment of another framework is"
                                    : fmt::format("{} assessments of other frameworks are", sorted.other_framework),
        framework->id));
  if (sorted.individual > 0) note_individual_responses(console, sorted.individual);
}

// No area's assessment of the framework is left to summarise.
void refuse_nothing_to_summarise(const SortedFiles& sorted) {
  if (!sorted.digests.empty() || sorted.other_framework > 0) return;
  if (sorted.unreadable == 0) {
    throw Error(k_exit_invalid_input,
                "only individual responses were found under the paths given; the summary is of areas' assessments: "
                "combine each area's responses with 'coprod combine' into its peer network assessment first");
  }
  throw Error(k_exit_invalid_input,
              "no area's assessment could be read under the paths given; correct the files named above, and "
              "combine any individual responses with 'coprod combine' into their area's peer network assessment");
}

std::string render_summary(const analysis::Summary& summary, const SummaryOptions& options, Console& console) {
  if (options.format == "json") return render::render_summary_json(summary);
  if (options.format == "csv") return render::render_summary_csv(summary);
  if (options.format == "markdown") return render::render_summary_markdown(summary);
  return render::render_summary_text(summary, report_width(options.width, options.output == "-", console, 60, 400));
}

int run_summary(const SummaryOptions& options, Console& console) {
  refuse_standard_input_twice({{"", options.paths}, {"--framework", options.frameworks}});
  refuse_files_named_twice(options.paths);
  const model::FrameworkCatalog catalog = load_catalog(options.frameworks);
  const model::Date today = choose_today(options.today, console);
  refuse_missing_paths(options.paths);
  const auto named = find_yaml_files(options.paths);
  const auto files = all_files(named);
  refuse_output_among_inputs(options.output, {files, options.frameworks});
  warn_about_output_format(console, options.output, options.format, k_summary_formats);
  const unsigned jobs = options.jobs > 0 ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
  auto digested = digest_files(files, catalog, jobs);
  warn_about_empty_folders(console, named, files, digested);
  const auto framework = choose_framework(digested, console);
  auto sorted = sort_files(digested, framework, console);
  warn_about_left_out(console, sorted, framework.get());
  refuse_nothing_to_summarise(sorted);
  warn_about_area_spellings(console, analysis::find_area_spellings(sorted.digests));
  const auto summary = analysis::summarise(framework, sorted.digests, today, options.stale_months, options.top,
                                           std::move(sorted.left_out));
  print_diagnostics(console, summary.shared_reviews);
  warn_about_periods(console, summary);
  write_output_file(console, options.output, render_summary(summary, options, console), options.force);
  return k_exit_success;
}

}  // namespace

CommandRunner setup_summary(CLI::App& app) {
  auto options = std::make_shared<SummaryOptions>();
  CLI::App* command = app.add_subcommand(
      "summary",
      "Summarise many areas' assessments (folders are searched for .yaml files): per section and perspective "
      "the median, quartiles and range across areas for the latest period; areas missing the organisation's "
      "or the peer network's assessment; assessments not completed for a while; and the largest differences "
      "between the two perspectives.");
  command->add_option("paths", options->paths, "Folders (searched) and files")->required();
  add_format_option(*command, options->format, k_summary_formats);
  command->add_option("-o,--output", options->output, "Write to this file instead of standard output")
      ->type_name("FILE");
  command->add_flag("--force", options->force, "Replace the --output file if it already exists");
  command
      ->add_option("--today", options->today,
                   "The date to judge staleness against (YYYY-MM-DD); default SOURCE_DATE_EPOCH, else today")
      ->type_name("DATE");
  restrict_to_whole_numbers(
      command->add_option("--stale-months", options->stale_months,
                          "Flag an area's latest assessment last completed more than this many months ago"),
      1, 120, 6)
      ->default_str("6");
  restrict_to_whole_numbers(command->add_option("--top", options->top, "How many of the largest differences to list"),
                            1, 10000, 10)
      ->default_str("10");
  restrict_to_whole_numbers(command->add_option("--width", options->width,
                                                "Text format: the width to fit, in columns (default: the terminal's "
                                                "width when writing to one, else 80)"),
                            60, 400, 80);
  restrict_to_whole_numbers(
      command->add_option("--jobs", options->jobs, "Files read at once (default: one per processor)"), 0, 256, 4);
  one_value_each_time(command->add_option("--framework", options->frameworks, "A framework file (may be repeated)"))
      ->type_name("FILE");
  return {command, [options](Console& console) { return run_summary(*options, console); }};
}

}  // namespace coprod::cli
