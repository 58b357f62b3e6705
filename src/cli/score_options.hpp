#pragma once
// The options of `coprod score`, shared by its report and its editing modes.

#include <string>
#include <vector>

namespace coprod::cli {

struct ScoreOptions {
  std::vector<std::string> files;
  std::vector<std::string> frameworks;
  std::string format = "text";
  std::string output = "-";
  bool strict = false;
  bool sections_only = false;
  bool evidence = false;
  std::size_t width = 0;  // as given with --width; 0: not given (see report_width(); --interactive: terminal_width())
  bool force = false;
  unsigned jobs = 0;
  // Editing one file:
  std::vector<std::string> set;           // "section.row=score"
  std::vector<std::string> set_evidence;  // "section.row=text"
  bool interactive = false;
  bool from_start = false;  // --interactive from row 1, not the first row to do
};

class Console;

// score --set: change rows from a script.
int run_set(const ScoreOptions& options, Console& console);
// score --interactive: walk a facilitator through every row (score_interactive.cpp).
int run_interactive(const ScoreOptions& options, Console& console);

}  // namespace coprod::cli
