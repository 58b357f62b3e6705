#include "cli/terminal.hpp"

#include <algorithm>

#include <doctest/doctest.h>

#include "cli/run.hpp"
#include "cli/temp_dir.hpp"
#include "test_support.hpp"
#include "util/text.hpp"

using namespace coprod;

namespace {

std::size_t widest_line(const std::string& text) {
  std::size_t widest = 0;
  for (const auto line : util::split_lines(text)) widest = std::max(widest, util::display_width(line));
  return widest;
}

// `coprod ARGS` in-process, on a console whose standard output is a terminal
// `columns` wide (or not a terminal), with COLUMNS set when not empty.
std::string output_of(std::vector<std::string> args, bool terminal, std::optional<std::size_t> columns,
                      const std::string& columns_variable = "") {
  args.insert(args.begin(), "coprod");
  cli::CapturingConsole console;
  console.terminal = terminal;
  console.columns = columns;
  if (!columns_variable.empty()) console.environment["COLUMNS"] = columns_variable;
  REQUIRE(cli::run(args, console) == 0);
  return console.stdout_text;
}

}  // namespace

TEST_CASE("terminal_width") {
  cli::CapturingConsole console;
  SUBCASE("COLUMNS when it is a number, before the terminal's own width") {
    console.environment["COLUMNS"] = "120";
    console.columns = 100;
    CHECK(cli::terminal_width(console) == 120);
  }
  SUBCASE("the terminal's width when COLUMNS is not set, as in a shell that does not export it") {
    console.columns = 100;
    CHECK(cli::terminal_width(console) == 100);
  }
  SUBCASE("the terminal's width when COLUMNS is not a number") {
    console.environment["COLUMNS"] = "wide";
    console.columns = 100;
    CHECK(cli::terminal_width(console) == 100);
  }
  SUBCASE("80 when neither says") { CHECK(cli::terminal_width(console) == 80); }
  SUBCASE("at least 40 and at most 1000") {
    console.columns = 20;
    CHECK(cli::terminal_width(console) == 40);
    console.environment["COLUMNS"] = "5000";
    CHECK(cli::terminal_width(console) == 1000);
  }
}

TEST_CASE("report_width") {
  cli::CapturingConsole console;
  console.columns = 120;
  SUBCASE("--width when given, wherever the text goes") {
    console.terminal = true;
    CHECK(cli::report_width(70, true, console, 60, 400) == 70);
    CHECK(cli::report_width(70, false, console, 60, 400) == 70);
  }
  SUBCASE("the terminal's width when writing to a terminal") {
    console.terminal = true;
    CHECK(cli::report_width(0, true, console, 60, 400) == 120);
  }
  SUBCASE("kept within --width's range") {
    console.terminal = true;
    console.columns = 50;
    CHECK(cli::report_width(0, true, console, 60, 400) == 60);
    console.columns = 600;
    CHECK(cli::report_width(0, true, console, 60, 400) == 400);
  }
  SUBCASE("80 for a pipe or a file, whatever COLUMNS says") {
    console.environment["COLUMNS"] = "120";
    CHECK(cli::report_width(0, true, console, 60, 400) == 80);
    console.terminal = true;
    CHECK(cli::report_width(0, false, console, 60, 400) == 80);
  }
}

TEST_CASE("plan, summary and frameworks fit the terminal they write to, and 80 columns elsewhere") {
  const std::string organisation = test::source_path("examples/northbridge/2026-Q4-organisation.coprod.yaml");
  const std::string peers = test::source_path("examples/northbridge/2026-Q4-peer-network.coprod.yaml");
  const std::vector<std::vector<std::string>> commands = {
      {"plan", organisation, peers},
      {"plan", organisation, "--review", test::source_path("examples/northbridge/2026-Q3-action-plan.yaml"), "--today",
       "2026-12-01"},
      {"summary", test::source_path("examples")},
      {"frameworks", "ipc-coproduction"}};
  const auto with_width = [](std::vector<std::string> args, const char* width) {
    args.insert(args.end(), {"--width", width});
    return args;
  };
  for (const auto& command : commands) {
    CAPTURE(command.front());
    CAPTURE(command.size());
    // A terminal 140 wide: as --width 140; with COLUMNS=100 as well: as --width 100.
    CHECK(output_of(command, true, 140) == output_of(with_width(command, "140"), false, std::nullopt));
    CHECK(output_of(command, true, 140, "100") == output_of(with_width(command, "100"), false, std::nullopt));
    // Not a terminal: 80, whatever COLUMNS says.
    CHECK(output_of(command, false, 140, "140") == output_of(with_width(command, "80"), false, std::nullopt));
    // --width wins over the terminal.
    CHECK(output_of(with_width(command, "60"), true, 140) == output_of(with_width(command, "60"), false, 140));
    CHECK(output_of(command, true, 140) != output_of(command, false, std::nullopt));
  }
  const auto outline = output_of({"frameworks", "ipc-coproduction"}, true, 140);
  CHECK(widest_line(outline) > 80);
  CHECK(widest_line(outline) <= 140);
}

TEST_CASE("plan writes 80 columns to a file, even when standard output is a terminal") {
  test::TempDir dir;
  const std::vector<std::string> plan = {
      "plan", test::source_path("examples/northbridge/2026-Q4-organisation.coprod.yaml"), "-o"};
  auto to_terminal = plan;
  to_terminal.push_back(dir.path("terminal.txt"));
  auto fixed = plan;
  fixed.insert(fixed.end(), {dir.path("fixed.txt"), "--width", "80"});
  output_of(to_terminal, true, 140);
  output_of(fixed, false, std::nullopt);
  CHECK(test::read_file(dir.path("terminal.txt")) == test::read_file(dir.path("fixed.txt")));
}
