#include <filesystem>

#include <doctest/doctest.h>

#include "cli/exit_codes.hpp"
#include "test_support.hpp"

using namespace coprod;
using test::run_cli;

namespace {

const std::string k_usage = "coprod: usage error: ";
const std::string k_help = "\nRun 'coprod --help' or 'coprod COMMAND --help' for usage.\n";

}  // namespace

TEST_CASE("every option that takes a number or a word from a list says in plain words what to give") {
  const std::vector<std::pair<std::vector<std::string>, std::string>> cases = {
      {{"compare", "--threshold", "abc", "a", "b"}, "--threshold takes a number from 0.5 to 5, such as 1.5; got 'abc'"},
      {{"compare", "--threshold", "9", "a", "b"}, "--threshold takes a number from 0.5 to 5, such as 1.5; got '9'"},
      {{"compare", "--threshold", "nan", "a", "b"}, "--threshold takes a number from 0.5 to 5, such as 1.5; got 'nan'"},
      {{"compare", "--width", "59", "a", "b"}, "--width takes a whole number from 60 to 400, such as 80; got '59'"},
      {{"compare", "--format", "pdf", "a", "b"}, "--format takes text, json, csv, markdown, html or xlsx; got 'pdf'"},
      {{"score", "--width", "1.5", "a"}, "--width takes a whole number from 60 to 400, such as 80; got '1.5'"},
      {{"score", "--width", "0x50", "a"}, "--width takes a whole number from 60 to 400, such as 80; got '0x50'"},
      {{"score", "--jobs", "-1", "a"}, "--jobs takes a whole number from 0 to 256, such as 4; got '-1'"},
      {{"score", "--format", "pdf", "a"}, "--format takes text, json, csv, markdown, diff or xlsx; got 'pdf'"},
      {{"web", "--width", "wide", "a"}, "--width takes a whole number from 60 to 400, such as 80; got 'wide'"},
      {{"web", "--format", "png", "a"}, "--format takes svg, terminal or text; got 'png'"},
      {{"combine", "--min-responses", "0", "a", "-o", "b"},
       "--min-responses takes a whole number from 1 to 1000, such as 3; got '0'"},
      {{"plan", "--sections", "51", "a"}, "--sections takes a whole number from 1 to 50, such as 3; got '51'"},
      {{"plan", "--width", "401", "a"}, "--width takes a whole number from 60 to 400, such as 80; got '401'"},
      {{"plan", "--format", "csv", "a"}, "--format takes text, markdown, json or html; got 'csv'"},
      {{"history", "--limit", "0", "a"}, "--limit takes a whole number from 1 to 100000, such as 200; got '0'"},
      {{"history", "--width", "x", "a"}, "--width takes a whole number from 60 to 400, such as 80; got 'x'"},
      {{"history", "--format", "xlsx", "a"}, "--format takes text, json, csv or svg; got 'xlsx'"},
      {{"summary", "--stale-months", "121", "."},
       "--stale-months takes a whole number from 1 to 120, such as 6; got '121'"},
      {{"summary", "--top", "0", "."}, "--top takes a whole number from 1 to 10000, such as 10; got '0'"},
      {{"summary", "--top", "-1", "."}, "--top takes a whole number from 1 to 10000, such as 10; got '-1'"},
      {{"summary", "--jobs", "257", "."}, "--jobs takes a whole number from 0 to 256, such as 4; got '257'"},
      {{"summary", "--format", "svg", "."}, "--format takes text, json, csv or markdown; got 'svg'"},
      {{"frameworks", "--width", "39"}, "--width takes a whole number from 40 to 400, such as 80; got '39'"},
      {{"check", "--format", "csv", "a"}, "--format takes text or json; got 'csv'"},
      {{"check", "--fail-on", "email,mail", "a"},
       "--fail-on takes email, phone, nhs-number, postcode, attribution, owner-name, evidence-missing, stale-evidence, "
       "future-date, file-name-period, unexplained-change, carried-forward, comment-in-text or field-in-text; got "
       "'mail'; did you "
       "mean 'email'?"},
      {{"completion", "fish"}, "the shell must be bash or zsh; got 'fish'"},
      {{"schema", "form"}, "the kind must be assessment, plan or framework; got 'form'"},
      // A value missing, given twice, or given to a switch.
      {{"compare", "a", "b", "--threshold"}, "--threshold needs a value: a number from 0.5 to 5, such as 1.5"},
      {{"init", "a", "--perspective"}, "--perspective needs a value: organisation, peer-network or individual"},
      {{"init", "a", "--area"}, "--area needs a value"},
      {{"score", "a", "--width", "60", "--width", "70"}, "--width was given more than once; give it once"},
      {{"score", "a", "--strict=maybe"}, "--strict takes no value; give it alone (got 'maybe')"},
      // A control character in what was typed does not reach the terminal.
      {{"score", "--format", "te\x1bxt", "a"},
       "--format takes text, json, csv, markdown, diff or xlsx; got 'te?xt'; did you mean 'text'?"},
      // A likely typo of one choice is named; a word far from every choice is not.
      {{"check", "--fail-on", "emial", "a"},
       "--fail-on takes email, phone, nhs-number, postcode, attribution, owner-name, evidence-missing, stale-evidence, "
       "future-date, file-name-period, unexplained-change, carried-forward, comment-in-text or field-in-text; got "
       "'emial'; did you "
       "mean 'email'?"},
      {{"score", "--format", "jsn", "a"},
       "--format takes text, json, csv, markdown, diff or xlsx; got 'jsn'; did you mean 'json'?"},
  };
  for (const auto& [args, message] : cases) {
    CAPTURE(message);
    const auto result = run_cli(args);
    CHECK(result.status == cli::k_exit_usage);
    CHECK(result.err == k_usage + message + k_help);
    CHECK(result.out.empty());
  }
}

TEST_CASE("--perspective written another way gets the one it most likely means, wherever it is given") {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"organization", "did you mean 'organisation'?"},
      {"peer network", "did you mean 'peer-network'?"},
      {"Peer_Network", "did you mean 'peer-network'?"},
      {"co-production peer network", "did you mean 'peer-network'?"},
      {"the organisation", "did you mean 'organisation'?"},
      {"individal", "did you mean 'individual'?"},
      {"board", "use organisation, peer-network or individual"},
  };
  for (const auto& [given, advice] : cases) {
    CAPTURE(given);
    const std::string message = k_usage + "--perspective '" + given + "' is not known; " + advice + "\n";
    CHECK(run_cli({"init", "x.yaml", "--perspective", given, "--area", "A", "--period", "2026-Q1"}).err == message);
    CHECK(run_cli({"form", "-o", "f.html", "--perspective", given}).err == message);
    CHECK(run_cli({"combine", "a.yaml", "b.yaml", "-o", "c.yaml", "--perspective", given}).err == message);
  }
}

TEST_CASE("a whole number is read as decimal digits, and a number may be written with or without decimals") {
  const auto file = test::source_path("examples/northbridge/2026-Q4-organisation.coprod.yaml");
  const auto peer = test::source_path("examples/northbridge/2026-Q4-peer-network.coprod.yaml");
  // CLI11 alone reads a leading 0 as octal, so "080" was refused and "010" was 8.
  const auto padded = run_cli({"score", "--sections-only", "--width", "080", file});
  CHECK(padded.status == 0);
  CHECK(padded.out == run_cli({"score", "--sections-only", "--width", "80", file}).out);
  for (const char* threshold : {"2", "2.0", ".5", "0.50", "5"}) {
    CAPTURE(threshold);
    CHECK(run_cli({"compare", "--threshold", threshold, file, peer}).status == 0);
  }
}

TEST_CASE("no command checks a value with CLI11's own checks, whose messages are not plain") {
  // Use restrict_to(), restrict_to_whole_numbers() or restrict_to_numbers() (cli/option_values.hpp).
  for (const auto& entry : std::filesystem::directory_iterator(test::source_path("src/cli"))) {
    if (entry.path().extension() != ".cpp" || entry.path().filename() == "option_values.cpp") continue;
    const std::string text = test::read_file(entry.path().string());
    for (const char* check :
         {"CLI::Range", "CLI::Bound", "CLI::IsMember", "CLI::PositiveNumber", "CLI::NonNegativeNumber", "CLI::Number",
          "CLI::ExistingFile", "CLI::ExistingDirectory", "CLI::CheckedTransformer", "CLI::Transformer"}) {
      CAPTURE(entry.path().string());
      CAPTURE(check);
      CHECK(text.find(check) == std::string::npos);
    }
  }
}
