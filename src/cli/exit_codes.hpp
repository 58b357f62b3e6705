#pragma once
// coprod's exit codes, as documented in coprod(1) and `coprod --help`.

namespace coprod::cli {

enum ExitCode : int {
  k_exit_success = 0,
  k_exit_findings = 1,       // score or plan --review --strict, check or report found something
  k_exit_usage = 2,          // the command line is wrong
  k_exit_invalid_input = 3,  // a file is missing, unreadable or not a valid coprod file
  k_exit_not_written = 4,  // an output file exists (use --force) or could not be written, or an edit could not be made
  k_exit_internal = 70,    // a bug in coprod; please report it
};

}  // namespace coprod::cli
