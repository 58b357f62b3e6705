#pragma once
// Helpers shared by the unit tests.

#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "analysis/scoring.hpp"
#include "cli/console.hpp"
#include "cli/run.hpp"
#include "model/framework_catalog.hpp"
#include "util/diagnostic.hpp"
#include "yaml/builtin_frameworks.hpp"

namespace coprod::test {

inline std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

inline std::string source_path(const std::string& relative) { return std::string(COPROD_SOURCE_DIR) + "/" + relative; }
inline std::string shared_path(const std::string& relative) { return std::string(COPROD_SHARED_DIR) + "/" + relative; }

// The text of one of the Northbridge example files: examples/northbridge/NAME.
inline std::string northbridge_example(const std::string& name) {
  return read_file(source_path("examples/northbridge/" + name));
}

// The frameworks built into coprod, read once for all the tests.
inline const model::FrameworkCatalog& builtin_catalog() {
  static const model::FrameworkCatalog catalog = yaml::builtin_catalog();
  return catalog;
}

// A plan file's opening lines, up to its asks of the board or its actions: Northbridge's plan for 2026-Q4 on
// ipc-coproduction version 1.
inline const std::string k_plan_head =
    "format: coprod-plan/1\nframework: ipc-coproduction\nframework_version: 1\narea: Northbridge\nperiod: "
    "2026-Q4\n";

struct RunResult {
  int status = 0;
  std::string out;
  std::string err;
};

// Runs coprod in-process, as the binary would with these arguments.
inline RunResult run_cli(std::vector<std::string> args) {
  args.insert(args.begin(), "coprod");
  cli::CapturingConsole console;
  const int status = cli::run(args, console);
  return {status, console.stdout_text, console.stderr_text};
}

inline std::string first_error(const util::Diagnostics& diagnostics) {
  return diagnostics.empty() ? std::string() : diagnostics.front().to_string();
}

// An assessment scored as the commands score one: the result shares the
// framework and owns the assessment, and is shared in turn.
inline std::shared_ptr<const analysis::AssessmentResult> scored(
    const std::shared_ptr<const model::Framework>& framework, model::Assessment assessment) {
  return std::make_shared<const analysis::AssessmentResult>(
      analysis::score_assessment(framework, std::move(assessment)));
}

}  // namespace coprod::test
