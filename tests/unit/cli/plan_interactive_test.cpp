#include <fstream>

#include <doctest/doctest.h>

#include "cli/exit_codes.hpp"
#include "cli/temp_dir.hpp"
#include "test_support.hpp"

using namespace coprod;
using test::contains;

namespace {

// plan --edit PLAN --interactive in-process, with `typed` as the lines typed at a terminal.
test::RunResult plan_interactively(const std::string& path, const std::vector<std::string>& typed,
                                   bool terminal = true) {
  cli::CapturingConsole console;
  console.input = typed;
  console.input_terminal = terminal;
  console.columns = 100;
  const int status = cli::run({"coprod", "plan", "--edit", path, "--interactive"}, console);
  return {status, console.stdout_text, console.stderr_text};
}

const std::string k_plan =
    "# Our plan.\n"
    "format: coprod-plan/1\nframework: ipc-coproduction\nframework_version: 1\narea: Northbridge\nperiod: 2026-Q3\n"
    "actions:\n"
    "  - id: commitment-1\n    what: Invite the director  # agreed in March\n    sections: [commitment]\n"
    "    rows: [commitment.strategy]\n    status: open\n"
    "  - id: contact-1\n    sections: [contact]\n";

}  // namespace

TEST_CASE("plan --edit --interactive") {
  test::TempDir dir;
  const std::string path = dir.path("plan.yaml");
  std::ofstream(path, std::ios::binary) << k_plan;

  SUBCASE("without a terminal it refuses, with exit 2, and changes nothing") {
    const auto result = plan_interactively(path, {"x"}, false);
    CHECK(result.status == cli::k_exit_usage);
    CHECK(contains(result.err, "--interactive needs a terminal to type the answers at"));
    CHECK(test::read_file(path) == k_plan);
  }

  SUBCASE("Enter keeps, answers are saved at once, a refused answer is asked again, q stops") {
    const auto result =
        plan_interactively(path, {"", "Programme lead", "30/02/2027", "28/02/2027", "finished", "done", "-", "", "q"});
    CHECK(result.status == cli::k_exit_success);
    CHECK(contains(result.out, "Action 1 of 2: commitment-1"));
    CHECK(contains(result.out, "Section: 1. Commitment and leadership"));
    CHECK(contains(result.out, "Row 1.1, warning sign: No clear vision"));
    CHECK(contains(result.out, "Now: Invite the director"));
    CHECK(contains(result.out, "Not saved: '30/02/2027' is not a date: February 2027 has 28 days."));
    CHECK(contains(result.out, "That is 28 February 2027 (2027-02-28)."));
    CHECK(contains(result.out, "Not saved: the status 'finished' is not known"));
    CHECK(contains(result.out, "Action 2 of 2: contact-1"));
    CHECK(contains(result.out, "4 answers saved in"));
    CHECK(test::read_file(path) ==
          "# Our plan.\n"
          "format: coprod-plan/1\nframework: ipc-coproduction\nframework_version: 1\narea: Northbridge\n"
          "period: 2026-Q3\nactions:\n"
          "  - id: commitment-1\n    what: Invite the director  # agreed in March\n    sections: [commitment]\n"
          "    rows: [commitment.strategy]\n    owner: Programme lead\n    due: 2027-02-28\n    status: done\n"
          "  - id: contact-1\n    sections: [contact]\n");
  }
}
