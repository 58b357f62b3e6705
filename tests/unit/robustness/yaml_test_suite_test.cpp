// Every input of the public YAML test suite (../shared/yaml-test-suite: valid
// and invalid YAML written by others) and every fuzz regression, run through
// `coprod score` and `coprod check` in-process: coprod never crashes, always
// answers with a clean message that names the file, and with a documented
// exit status. None of these files is a coprod assessment, so score ends with
// exit status 3, and check with 1 or 3.

#include <set>

#include <doctest/doctest.h>
#include <fmt/format.h>

#include "test_support.hpp"
#include "yaml/yaml_inputs.hpp"

using namespace coprod;

namespace {

void check_command(const std::string& command, const std::string& path, const std::set<int>& allowed, int& problems) {
  std::vector<std::string> args = {command, path};
  if (command == "check") args.insert(args.end(), {"--today", "2026-01-01"});
  const auto result = test::run_cli(args);
  // check reports each problem on standard output, score on standard error.
  const std::string printed = result.out + result.err;
  INFO(command, " ", path, "\n", printed);
  const bool clean = allowed.contains(result.status) && printed.find("internal error") == std::string::npos &&
                     (result.status != 3 || printed.find(path) != std::string::npos);
  CHECK(allowed.contains(result.status));
  CHECK(printed.find("internal error") == std::string::npos);
  if (result.status == 3) CHECK(printed.find(path) != std::string::npos);
  problems += clean ? 0 : 1;
}

void run_over(const std::vector<std::string>& files) {
  int problems = 0;
  for (const auto& path : files) {
    check_command("score", path, {3}, problems);
    check_command("check", path, {1, 3}, problems);
  }
  MESSAGE(fmt::format("ran score and check on {} files: {} problems", files.size(), problems));
}

}  // namespace

TEST_CASE("score and check answer every YAML test suite input with a clean message") {
  std::vector<std::string> files;
  for (const auto* kind : {"yaml-test-suite/valid", "yaml-test-suite/invalid"}) {
    const auto more = test::files_under(test::shared_path(kind), ".yaml");
    files.insert(files.end(), more.begin(), more.end());
  }
  REQUIRE(files.size() >= 100);
  run_over(files);
}

TEST_CASE("inputs that once crashed or hung a fuzz target get a clean message") {
  const auto files = test::files_under(test::source_path("tests/fuzz/regressions"), ".yaml");
  REQUIRE_FALSE(files.empty());
  run_over(files);
}
