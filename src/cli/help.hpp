#pragma once
// Help for people finding their way: the overview `coprod` alone prints,
// `coprod help [COMMAND]`, and "did you mean ...?" for a mistyped command or
// option.

#include <optional>
#include <string>

#include <CLI/CLI.hpp>

#include "cli/command.hpp"

namespace coprod::cli {

// The built-in frameworks other than the default, in words, from their
// definitions, in straight quotes: "Making co-production work"
// (making-coproduction-work) and "..." (strategic-coproduction).
std::string other_builtin_frameworks();

// What coprod is, for `coprod --help`: the main guide's tool, and the other
// frameworks built in.
std::string coprod_description();

// One line per command and where to read more.
std::string command_overview(const CLI::App& app, std::size_t width);

// `coprod help [COMMAND]`: the overview's commands, and that command's --help.
CommandRunner setup_help(CLI::App& app);

// After a failed parse: "unknown command 'scor'; did you mean 'score'?" (or
// the same for an option), when an argument was not recognised; nullopt
// when the error is about something else.
std::optional<std::string> unknown_argument_message(const CLI::App& app);

}  // namespace coprod::cli
