// coprod score --interactive: a facilitator's walk through one file, row by
// row, at a terminal (cli/score_walkthrough.hpp). The answers are saved
// through EditableAssessment, one row at a time.

#include <fmt/format.h>

#include "cli/error.hpp"
#include "cli/loading.hpp"
#include "cli/score_options.hpp"
#include "cli/score_walkthrough.hpp"
#include "util/shell_word.hpp"

namespace coprod::cli {

int run_interactive(const ScoreOptions& options, Console& console) {
  if (options.files.size() != 1) throw Error(k_exit_usage, "--interactive edits one file at a time; name exactly one");
  if (!console.in_is_terminal()) {
    throw Error(k_exit_usage,
                "--interactive needs a terminal to type the answers at; from a script, use --set, "
                "--set-evidence, or --add-evidence to add a line of evidence");
  }
  const model::FrameworkCatalog catalog = load_catalog(options.frameworks);
  EditableAssessment file(options.files.front(), catalog, console);
  if (!file.problems().empty()) {
    util::Diagnostics problems = file.problems();
    problems.push_back({util::Severity::error,
                        file.path(),
                        {0, 0},
                        fmt::format("--interactive starts on a file without errors; put them right in the file, or "
                                    "with 'coprod score {} --set ROW=VALUE', then start again",
                                    util::shell_word(file.path()))});
    throw Error(k_exit_invalid_input, problems);
  }
  ScoreWalkthrough walkthrough(file, console, options.width);
  walkthrough.ask_seen_at_every_row(options.ask_seen);
  return walkthrough.run(options.from_start);
}

}  // namespace coprod::cli
