#include "cli/run.hpp"

#include <doctest/doctest.h>

#include "cli/exit_codes.hpp"
#include "cli/temp_dir.hpp"
#include "test_support.hpp"

using namespace coprod;
using test::run_cli;

TEST_CASE("--help lists the commands and the exit codes") {
  const auto result = run_cli({"--help"});
  CHECK(result.status == 0);
  for (const char* text : {"init", "score", "frameworks", "schema", "Exit codes: 0 success"}) {
    CAPTURE(text);
    CHECK(result.out.find(text) != std::string::npos);
  }
}

TEST_CASE("every command named first runs with only its own options set up, under its own name") {
  // run() sets up just the command named first (a quicker start); a name in
  // its table that the command does not carry would make `coprod NAME` fail.
  const auto overview = run_cli({}).out;
  const auto names = cli::command_names_in_order();
  CHECK(names.size() == 16);
  std::size_t listed_at = 0;
  for (const auto& name : names) {
    CAPTURE(name);
    const auto result = run_cli({name, "--help"});
    CHECK(result.status == 0);
    CHECK(result.out.find("coprod " + name) != std::string::npos);
    // ... and `coprod` alone lists the commands in the table's order.
    const auto at = overview.find("\n  " + name + " ");
    REQUIRE(at != std::string::npos);
    CHECK(at > listed_at);
    listed_at = at;
  }
}

TEST_CASE("usage errors exit with 2 and say how to get help") {
  for (const std::vector<std::string>& args :
       {std::vector<std::string>{"bogus"}, {"score"}, {"score", "a.yaml", "--format", "pdf"}, {"init", "--nope"}}) {
    const auto result = run_cli(args);
    CHECK(result.status == cli::k_exit_usage);
    CHECK(result.err.rfind("coprod: usage error: ", 0) == 0);
    CHECK(result.err.find("Run 'coprod --help'") != std::string::npos);
  }
}

TEST_CASE("CLI11's own sentences never reach people: too many arguments, an option that goes with another") {
  const std::vector<std::pair<std::vector<std::string>, std::string>> cases = {
      {{"history", "a.yaml", "b.yaml"},
       "'coprod history' takes one FILE, so 'b.yaml' is one too many; run it once for each file, and put a name "
       "with spaces in quotes"},
      // In the order they were typed (CLI11 lists them backwards).
      {{"init", "my", "new", "file.yaml"},
       "'coprod init' takes one FILE, so 'new' and 'file.yaml' are too many; run it once for each file"},
      {{"init", "a.yaml", "--", "b.yaml"}, "'coprod init' takes one FILE, so 'b.yaml' is one too many"},
      {{"frameworks", "ipc-coproduction", "b"}, "'coprod frameworks' takes one FRAMEWORK, so 'b' is one too many"},
      // A word before the name, as other tools have a "show" command.
      {{"frameworks", "show", "ipc-coproduction"},
       "'show' is not a framework: to see one in full, give its name alone, as in 'coprod frameworks "
       "ipc-coproduction'"},
      // A name with spaces left unquoted is still told to be quoted.
      {{"frameworks", "my", "framework.yaml"},
       "'coprod frameworks' takes one FRAMEWORK, so 'framework.yaml' is one too many; run it once for each "
       "framework, and put a name with spaces in quotes"},
      {{"completion", "bash", "zsh"},
       "'coprod completion' takes one SHELL, so 'zsh' is one too many; run it once for each shell\n"},
      {{"help", "score", "web"}, "'coprod help' takes one COMMAND, so 'web' is one too many"},
      {{"git-setup", "a"},
       "'coprod git-setup' takes only options, so 'a' is not expected; see 'coprod git-setup --help'"},
      {{"score", "a.yaml", "--from-start"},
       "--from-start goes with --interactive; add --interactive, or leave out --from-start"},
  };
  for (const auto& [args, message] : cases) {
    CAPTURE(message);
    const auto result = run_cli(args);
    CHECK(result.status == cli::k_exit_usage);
    CHECK(result.err.find("coprod: usage error: " + message) == 0);
    CHECK(result.err.find("The following") == std::string::npos);
    CHECK(result.err.find("requires") == std::string::npos);
  }
}

TEST_CASE("--help shows an argument as what it stands for: FILE, not 'file TEXT'") {
  auto help = run_cli({"history", "--help"}).out;
  CHECK(help.find("Usage: coprod history [OPTIONS] FILE\n") != std::string::npos);
  CHECK(help.find("\nArguments:\n  FILE REQUIRED ") != std::string::npos);
  help = run_cli({"score", "--help"}).out;
  CHECK(help.find("Usage: coprod score [OPTIONS] FILE...\n") != std::string::npos);
  CHECK(help.find("\nArguments:\n  FILE ... REQUIRED ") != std::string::npos);
  help = run_cli({"completion", "--help"}).out;
  CHECK(help.find("\n  SHELL (bash or zsh) REQUIRED") != std::string::npos);
  for (const auto& name : cli::command_names_in_order()) {
    CAPTURE(name);
    help = run_cli({name, "--help"}).out;
    // Nor "TEXT" for a file, a date or a period: only for free text (SECTION.ROW=TEXT).
    CHECK(help.find(" TEXT ") == std::string::npos);
    CHECK(help.find(" TEXT\n") == std::string::npos);
    CHECK(help.find("Positionals") == std::string::npos);
  }
}

TEST_CASE("coprod alone prints an overview of the commands and exits with 2") {
  const auto result = run_cli({});
  CHECK(result.status == cli::k_exit_usage);
  CHECK(result.err.empty());
  for (const char* text : {"Commands:\n  init ", "\n  score ", "\n  help ", "coprod help COMMAND", "man coprod"}) {
    CAPTURE(text);
    CHECK(result.out.find(text) != std::string::npos);
  }
}

TEST_CASE("a mistyped command or option gets a suggestion, never 'A subcommand is required'") {
  const std::vector<std::pair<std::vector<std::string>, std::string>> cases = {
      {{"scor"}, "unknown command 'scor'; did you mean 'score'?"},
      {{"compre", "a", "b"}, "unknown command 'compre'; did you mean 'compare'?"},
      {{"--verison"}, "unknown option '--verison'; did you mean '--version'?"},
      {{"score", "--section-only"},
       "unknown option '--section-only' for 'coprod score'; did you mean '--sections-only'?"},
      {{"web", "--widht=70", "a.yaml"}, "unknown option '--widht' for 'coprod web'; did you mean '--width'?"},
      {{"help", "comapre"}, "help: unknown command 'comapre'; did you mean 'compare'?"},
      {{"xyzzy"}, "unknown command 'xyzzy'\n"},
  };
  for (const auto& [args, message] : cases) {
    CAPTURE(message);
    const auto result = run_cli(args);
    CHECK(result.status == cli::k_exit_usage);
    CHECK(result.err.find(message) != std::string::npos);
    CHECK(result.err.find("A subcommand is required") == std::string::npos);
  }
}

TEST_CASE("score: a missing file is invalid input, named in the message") {
  const auto result = run_cli({"score", "no-such-file.yaml"});
  CHECK(result.status == cli::k_exit_invalid_input);
  CHECK(result.err == "no-such-file.yaml: error: no such file; check the path and the file name\n");
  CHECK(result.out.empty());
}

TEST_CASE("init needs its three facts, and checks them") {
  test::TempDir dir;
  auto result = run_cli({"init", dir.path("a.yaml")});
  CHECK(result.status == cli::k_exit_usage);
  CHECK(result.err.find("init needs --perspective, --area and --period") != std::string::npos);
  result = run_cli({"init", dir.path("a.yaml"), "--perspective", "board", "--area", "X", "--period", "2026-Q3"});
  CHECK(result.status == cli::k_exit_usage);
  CHECK(result.err ==
        "coprod: usage error: --perspective 'board' is not known; use organisation, peer-network or individual\n");
  result = run_cli({"init", dir.path("a.yaml"), "--perspective", "organisation", "--area", "X", "--period", "Q3"});
  CHECK(result.err ==
        "coprod: usage error: --period 'Q3' is not a review period; write a quarter such as 2026-Q3, a half year "
        "such as 2026-H2, or a month such as 2026-09\n");
  CHECK(dir.entry_count() == 0);
}

TEST_CASE("init creates a file once, then refuses to overwrite it without --force") {
  test::TempDir dir;
  const std::vector<std::string> args = {"init",        dir.path("a.yaml"), "--perspective", "organisation", "--area",
                                         "Northbridge", "--period",         "2026-Q3",       "--schema",     "none"};
  auto result = run_cli(args);
  REQUIRE(result.status == 0);
  CHECK(result.err ==
        "Created " + dir.path("a.yaml") + ": 24 rows to score in 7 sections (Northbridge, organisation, 2026-Q3).\n");
  const std::string first = test::read_file(dir.path("a.yaml"));
  CHECK(first.rfind("# Co-production reflection tool", 0) == 0);  // --schema none: no editor line
  dir.write("a.yaml", "my edits\n");
  result = run_cli(args);
  CHECK(result.status == cli::k_exit_not_written);
  CHECK(test::read_file(dir.path("a.yaml")) == "my edits\n");
  auto forced = args;
  forced.push_back("--force");
  CHECK(run_cli(forced).status == 0);
  CHECK(test::read_file(dir.path("a.yaml")) == first);
}

TEST_CASE("init --from carries values forward and moves the period on") {
  test::TempDir dir;
  REQUIRE(run_cli({"init", dir.path("q3.yaml"), "--perspective", "peer-network", "--area", "Northbridge", "--period",
                   "2026-Q4", "--schema", "none"})
              .status == 0);
  std::string q3 = test::read_file(dir.path("q3.yaml"));
  const std::string blank = "      strategy:\n        score:\n        evidence:\n";
  REQUIRE(q3.find(blank) != std::string::npos);
  q3.replace(q3.find(blank), blank.size(),
             "      strategy:\n        score: 3.5\n        evidence: Agreed in a workshop.\n");
  dir.write("q3.yaml", q3);
  REQUIRE(run_cli({"init", dir.path("q4.yaml"), "--from", dir.path("q3.yaml"), "--schema", "none"}).status == 0);
  const std::string q4 = test::read_file(dir.path("q4.yaml"));
  CHECK(q4.find("period: 2027-Q1\n") != std::string::npos);
  CHECK(q4.find("perspective: peer-network\n") != std::string::npos);
  // The new file is the old one with the next period: nothing else differs.
  std::string expected = q3;
  expected.replace(expected.find("period: 2026-Q4\n"), 16, "period: 2027-Q1\n");
  CHECK(q4 == expected);
}

TEST_CASE("score --strict fails when rows are not scored") {
  test::TempDir dir;
  REQUIRE(run_cli({"init", dir.path("a.yaml"), "--perspective", "organisation", "--area", "X", "--period", "2026-Q3"})
              .status == 0);
  auto result = run_cli({"score", dir.path("a.yaml")});
  CHECK(result.status == 0);
  result = run_cli({"score", "--strict", dir.path("a.yaml")});
  CHECK(result.status == cli::k_exit_findings);
  CHECK(result.err == "coprod: --strict: 24 rows not scored yet\n");
}

TEST_CASE("frameworks lists the built-in framework and shows it in full") {
  auto result = run_cli({"frameworks"});
  CHECK(result.status == 0);
  CHECK(result.out.find("ipc-coproduction (version 1): 7 sections, 24 rows") == 0);
  result = run_cli({"frameworks", "ipc-coproduction"});
  CHECK(result.out.find("  commitment.senior-leaders\n") != std::string::npos);
  result = run_cli({"frameworks", "nonesuch"});
  CHECK(result.status == cli::k_exit_usage);
}

namespace {

test::RunResult run_on_terminal(std::vector<std::string> args, std::map<std::string, std::string> environment) {
  args.insert(args.begin(), "coprod");
  cli::CapturingConsole console;
  console.terminal = true;
  console.environment = std::move(environment);
  const int status = cli::run(args, console);
  return {status, console.stdout_text, console.stderr_text};
}

}  // namespace

TEST_CASE("colour only on a terminal, never with NO_COLOR") {
  const std::string a = test::source_path("examples/northbridge/2026-Q3-organisation.coprod.yaml");
  const std::string b = test::source_path("examples/northbridge/2026-Q3-peer-network.coprod.yaml");
  CHECK(run_on_terminal({"compare", a, b}, {{"LANG", "C.UTF-8"}}).out.find("\x1b[") != std::string::npos);
  CHECK(run_on_terminal({"compare", a, b}, {{"NO_COLOR", "1"}}).out.find("\x1b[") == std::string::npos);
  CHECK(run_on_terminal({"compare", a, b}, {{"TERM", "dumb"}}).out.find("\x1b[") == std::string::npos);
  CHECK(run_cli({"compare", a, b}).out.find("\x1b[") == std::string::npos);
}

TEST_CASE("web: the terminal chart on a terminal, SVG otherwise; braille only where UTF-8 is spoken") {
  const std::string a = test::source_path("examples/northbridge/2026-Q3-organisation.coprod.yaml");
  const auto on_terminal = run_on_terminal({"web", a}, {{"LC_ALL", "en_GB.UTF-8"}, {"NO_COLOR", "1"}});
  CHECK(on_terminal.out.rfind("Co-production web: Northbridge\n", 0) == 0);
  CHECK(on_terminal.out.find("\xE2\xA0") != std::string::npos);  // braille block U+28xx
  const auto plain = run_on_terminal({"web", a}, {{"LC_ALL", "C"}, {"LANG", "en_GB.UTF-8"}});
  CHECK(plain.out.find("\xE2\xA0") == std::string::npos);
  CHECK(run_cli({"web", a}).out.rfind("<?xml", 0) == 0);
}
