#pragma once
// A command line CLI11 refused, in coprod's words: what is wrong and what to
// do, never CLI11's own sentence ("The following argument was not expected").

#include <string>

#include <CLI/CLI.hpp>

namespace coprod::cli {

// The message after "coprod: usage error: ".
std::string parse_error_message(const CLI::App& app, const CLI::ParseError& error);

}  // namespace coprod::cli
