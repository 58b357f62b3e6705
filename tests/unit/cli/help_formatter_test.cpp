#include "cli/help_formatter.hpp"

#include <doctest/doctest.h>

#include "test_support.hpp"

using coprod::cli::plain_option_value;

TEST_CASE("help shows an option's value in words, not CLI11's type notation") {
  CHECK(plain_option_value("INT:INT in [1 - 120]", "6") == "N (1 to 120; default 6)");
  CHECK(plain_option_value("UINT:INT in [0 - 256]", "") == "N (0 to 256)");
  CHECK(plain_option_value("FLOAT:FLOAT in [0.5 - 5]", "1.5") == "N (0.5 to 5; default 1.5)");
  CHECK(plain_option_value("FORMAT:{text,json,csv}", "text") == "FORMAT (text, json or csv; default text)");
  CHECK(plain_option_value("SHELL:{bash,zsh}", "") == "SHELL (bash or zsh)");
  CHECK(plain_option_value("FRAMEWORK", "ipc-coproduction") == "FRAMEWORK (default ipc-coproduction)");
  CHECK(plain_option_value("FILE", "") == "FILE");
}

TEST_CASE("every command's help is free of CLI11's type notation") {
  for (const char* command : {"score", "check", "compare", "web", "report", "history", "summary", "plan", "init",
                              "combine", "form", "schema", "frameworks", "completion"}) {
    const auto result = coprod::test::run_cli({command, "--help"});
    INFO(command);
    CHECK(result.out.find("INT:") == std::string::npos);
    CHECK(result.out.find(":{") == std::string::npos);
    CHECK(result.out.find("Needs:") == std::string::npos);
  }
}
