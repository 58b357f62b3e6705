#include "cli/warning_count.hpp"

#include <doctest/doctest.h>

using namespace coprod;

TEST_CASE("is_warning_message") {
  CHECK(cli::is_warning_message("copy.yaml: warning: this has the same content as a.yaml\n"));
  CHECK(cli::is_warning_message("a2.yaml:6:9: warning: this is for the same area\n"));
  CHECK(cli::is_warning_message("coprod: warning: the assessments differ in both perspective and period\n"));
  CHECK(cli::is_warning_message("warning: a message with no file\n"));
  CHECK_FALSE(cli::is_warning_message("coprod: note: b.yaml is the same as a.yaml: nothing changed\n"));
  CHECK_FALSE(cli::is_warning_message("coprod: note: a quoted 'x: warning: y' stays a note\n"));
  CHECK_FALSE(cli::is_warning_message("a.yaml:3:5: error: not a score\n"));
  CHECK_FALSE(cli::is_warning_message("Combined 3 responses into combined.yaml\nwarning: on a later line\n"));
}

TEST_CASE("WarningCountingConsole passes messages on and counts the warnings among them") {
  cli::CapturingConsole console;
  cli::WarningCountingConsole counting(console);
  counting.out("the comparison\n");
  counting.err("coprod: note: nothing changed\n");
  counting.err("copy.yaml: warning: counted twice\n");
  counting.err("coprod: warning: mixed periods\n");
  CHECK(counting.warnings() == 2);
  CHECK(console.stdout_text == "the comparison\n");
  CHECK(console.stderr_text ==
        "coprod: note: nothing changed\ncopy.yaml: warning: counted twice\ncoprod: warning: mixed periods\n");
}
