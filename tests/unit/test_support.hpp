#pragma once
// Helpers shared by the unit tests.

#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include <doctest/doctest.h>

#include "analysis/personal_data.hpp"
#include "analysis/scoring.hpp"
#include "cli/console.hpp"
#include "cli/run.hpp"
#include "model/framework_catalog.hpp"
#include "util/diagnostic.hpp"
#include "yaml/assessment_loader.hpp"
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

// One of the Northbridge example assessments (examples/northbridge/NAME), loaded and scored.
inline std::shared_ptr<const analysis::AssessmentResult> scored_example(const std::string& name) {
  auto loaded = yaml::load_assessment(northbridge_example(name), name, builtin_catalog());
  REQUIRE(loaded);
  return scored(loaded->framework, std::move(loaded->assessment));
}

// The matched text of every match of likely personal data in the text, in order.
inline std::vector<std::string> personal_data_found(std::string_view text) {
  std::vector<std::string> parts;
  for (const auto& match : analysis::find_personal_data(text))
    parts.emplace_back(text.substr(match.offset, match.length));
  return parts;
}

inline bool contains(std::string_view text, std::string_view part) { return text.find(part) != std::string_view::npos; }

// The text with each run of spaces and line breaks as one space: what was said, however wide it was wrapped.
inline std::string flat(const std::string& text) {
  std::string out;
  for (const char c : text) {
    if (c == ' ' || c == '\n') {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += c;
    }
  }
  return out;
}

}  // namespace coprod::test
