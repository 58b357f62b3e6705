// coprod history: a file's section scores over its committed versions.

#include <memory>

#include <fmt/format.h>

#include "analysis/history.hpp"
#include "cli/command.hpp"
#include "cli/error.hpp"
#include "cli/files.hpp"
#include "cli/git_repository.hpp"
#include "cli/loading.hpp"
#include "cli/terminal.hpp"
#include "render/history.hpp"
#include "util/escape.hpp"
#include "yaml/assessment_loader.hpp"

namespace coprod::cli {

namespace {

struct HistoryOptions {
  std::string file;
  std::vector<std::string> frameworks;
  std::string format = "text";
  std::string output = "-";
  std::size_t limit = 200;
  std::size_t width = 80;
  bool ascii = false;
  bool force = false;
};

int run_history(const HistoryOptions& options, Console& console) {
  const auto repository = GitRepository::discover(".");
  if (!repository) throw Error(k_exit_invalid_input, "the current folder is not in a git repository; 'history' reads a file's commits");
  auto versions = repository->history(options.file, options.limit);
  if (!versions) throw Error(k_exit_invalid_input, versions.problems());
  const model::FrameworkCatalog catalog = load_catalog(options.frameworks);
  std::vector<yaml::LoadedAssessment> loaded;
  std::vector<std::pair<std::string, std::string>> commits;  // id, date
  for (const auto& version : *versions) {
    const std::string source = version.commit.substr(0, 7) + ":" + options.file;
    auto assessment = yaml::load_assessment(version.text, source, catalog);
    if (!assessment) {
      console.err(util::terminal_text(fmt::format("coprod: warning: skipping the version in commit {}: {}",
                                                  version.commit.substr(0, 7), assessment.problems().front().message)) +
                  "\n");
      continue;
    }
    loaded.push_back(std::move(*assessment));
    commits.emplace_back(version.commit, model::Date::from_days_since_epoch(static_cast<long>(version.time / 86400)).to_string());
  }
  if (loaded.empty()) throw Error(k_exit_invalid_input, fmt::format("no committed version of {} could be read", options.file));
  std::vector<analysis::AssessmentResult> results;
  results.reserve(loaded.size());
  std::vector<analysis::HistoryInput> inputs;
  for (std::size_t i = 0; i < loaded.size(); ++i) {
    if (loaded[i].framework != loaded.back().framework) {
      console.err(fmt::format("coprod: warning: skipping the version in commit {}: it uses another framework version\n",
                              commits[i].first.substr(0, 7)));
      continue;
    }
    results.push_back(analysis::score_assessment(*loaded[i].framework, loaded[i].assessment));
    inputs.push_back({commits[i].first, commits[i].second, &results.back()});
  }
  const auto history = analysis::build_history(options.file, inputs);
  std::string out;
  if (options.format == "json") out = render::render_history_json(history);
  else if (options.format == "csv") out = render::render_history_csv(history);
  else if (options.format == "svg") out = render::render_history_svg(history);
  else out = render::render_history_text(history, options.width, !options.ascii && terminal_speaks_utf8(console));
  write_output_file(console, options.output, out, options.force);
  return k_exit_success;
}

}  // namespace

CommandRunner setup_history(CLI::App& app) {
  auto options = std::make_shared<HistoryOptions>();
  CLI::App* command = app.add_subcommand(
      "history",
      "Show how an assessment's section scores changed over its committed versions in git: a table with a "
      "small trend per section, or JSON, CSV, or an SVG line chart. Each version is labelled by the file's "
      "period, with the commit when a period was committed more than once.");
  command->add_option("file", options->file, "An assessment file in a git repository")->required();
  add_format_option(*command, options->format, {"text", "json", "csv", "svg"});
  command->add_option("-o,--output", options->output, "Write to this file instead of standard output");
  command->add_flag("--force", options->force, "Replace the --output file if it already exists");
  command->add_option("--limit", options->limit, "At most this many of the latest versions")->default_str("200");
  command->add_flag("--ascii", options->ascii, "Text: plain ASCII trends instead of Unicode blocks");
  command->add_option("--width", options->width, "Text: the width to fit, in columns")->check(CLI::Range(60, 400))->default_str("80");
  command->add_option("--framework", options->frameworks, "A framework file (may be repeated)")->allow_extra_args(false);
  return {command, [options](Console& console) { return run_history(*options, console); }};
}

}  // namespace coprod::cli
