#include <doctest/doctest.h>

#include "cli/exit_codes.hpp"
#include "cli/temp_dir.hpp"
#include "test_support.hpp"

using namespace coprod;

namespace {

// A plan as 'plan --write' writes one when nothing is asked of the board yet: no 'asks_of_the_board:'.
const std::string k_head =
    "# Action plan for Northbridge, following the 2026-Q3 review.\n"
    "\n"
    "format: coprod-plan/1\nframework: ipc-coproduction\nframework_version: 1\narea: Northbridge\nperiod: 2026-Q3\n"
    "assessments:\n  - \"org.coprod.yaml\"\n"
    "\n"
    "# Reflections and next steps.\n"
    "reflections:\n  learnt: Pay people on time.\n";
const std::string k_actions =
    "\n"
    "actions:\n"
    "\n"
    "  # 1. Commitment and leadership.\n"
    "  - id: commitment-1\n    what: Invite the director\n    sections: [commitment]\n    rows: []\n"
    "    status: open  # open, in-progress, done or dropped\n";

// What 'plan --write' writes for one ask, between the reflections and the actions.
const std::string k_asks =
    "\n"
    "# What the group asks the board to do, each in a short sentence (\"Agree to\n"
    "# ...\", \"Note ...\"): page 1 of the evidence pack opens with them.\n"
    "asks_of_the_board:\n"
    "  - Agree to fund travel for peer network members\n";

std::string with_crlf(const std::string& text) {
  std::string out;
  for (const char c : text) out += c == '\n' ? std::string("\r\n") : std::string(1, c);
  return out;
}

std::string added_ask(const std::string& plan) {
  const test::TempDir dir;
  const std::string path = dir.write("plan.yaml", plan);
  const auto result =
      test::run_cli({"plan", "--edit", path, "--add-ask", "Agree to fund travel for peer network members"});
  REQUIRE_MESSAGE(result.status == cli::k_exit_success, result.err);
  return test::read_file(path);
}

}  // namespace

TEST_CASE("plan --edit --add-ask starts asks_of_the_board where plan --write puts it, below its comment") {
  SUBCASE("between the reflections and the actions, after a blank line") {
    CHECK(added_ask(k_head + k_actions) == k_head + k_asks + k_actions);
  }
  SUBCASE("with CRLF line breaks and a byte-order mark kept, on the new lines too") {
    const std::string bom = "\xEF\xBB\xBF";
    CHECK(added_ask(bom + with_crlf(k_head + k_actions)) == bom + with_crlf(k_head + k_asks + k_actions));
  }
  SUBCASE("at the end of a plan whose actions come first, and of one with no final line break") {
    CHECK(added_ask(k_actions.substr(1) + k_head) == k_actions.substr(1) + k_head + k_asks);
    const std::string unended = k_head.substr(0, k_head.size() - 1);
    CHECK(added_ask(unended) == k_head + k_asks.substr(0, k_asks.size() - 1));
  }
}
