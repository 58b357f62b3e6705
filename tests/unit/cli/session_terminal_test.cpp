#include "cli/session_terminal.hpp"

#include <fstream>

#include <doctest/doctest.h>

#include "cli/run.hpp"
#include "cli/temp_dir.hpp"
#include "test_support.hpp"

using namespace coprod;

namespace {

// 57 characters: on a line of 60, no room is left after it for a short answer.
const std::string k_long_prompt = "Which rows is it about (such as 2.3 2.4)? Enter for none:";

// What a terminal 60 columns wide shows when `room` is asked for `k_long_prompt`, read as a short answer.
std::string shown(cli::ShortAnswerRoom room) {
  cli::CapturingConsole console;
  console.input = {"2.3"};
  cli::SessionTerminal terminal(console, "plan.yaml", 60, room);
  CHECK(terminal.read(k_long_prompt, cli::InputKind::short_answer) == "2.3");
  return console.stdout_text;
}

}  // namespace

TEST_CASE("SessionTerminal::read leaves room for a short answer only when asked to") {
  SUBCASE("kept (score --interactive): the prompt is wrapped short, its last line with room after it") {
    CHECK(shown(cli::ShortAnswerRoom::kept) == "Which rows is it about (such as 2.3 2.4)? Enter\nfor none: 2.3\n");
  }
  SUBCASE("none (plan --edit --interactive): the prompt is wrapped to the whole width") {
    CHECK(shown(cli::ShortAnswerRoom::none) == k_long_prompt + " 2.3\n");
  }
  SUBCASE("a text answer is never given room") {
    cli::CapturingConsole console;
    console.input = {"x"};
    cli::SessionTerminal terminal(console, "plan.yaml", 60);
    CHECK(terminal.read(k_long_prompt, cli::InputKind::text) == "x");
    CHECK(console.stdout_text == k_long_prompt + " x\n");
  }
}

TEST_CASE(
    "plan --edit --interactive wraps its questions to the whole width, as before it shared the session terminal") {
  test::TempDir dir;
  const std::string path = dir.path("plan.yaml");
  std::ofstream(path, std::ios::binary)
      << "format: coprod-plan/1\nframework: ipc-coproduction\nframework_version: 1\narea: Northbridge\n"
         "period: 2026-Q3\nactions:\n  - id: contact-1\n    sections: [contact]\n";
  cli::CapturingConsole console;
  console.input = {"", "", "", "", "", "", ""};  // Enter keeps each of the action's six values, then adds none
  console.input_terminal = true;
  console.columns = 80;
  REQUIRE(cli::run({"coprod", "plan", "--edit", path, "--interactive"}, console) == 0);
  // 76 characters, on one line of 80 (with room for a short answer it would be wrapped at 68).
  CHECK(console.stdout_text.find("\nAdd another action? Give a section number or name, or press Enter to finish: \n") !=
        std::string::npos);
}
