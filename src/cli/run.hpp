#pragma once

#include <string>
#include <vector>

#include "cli/console.hpp"

namespace coprod::cli {

// Runs coprod with the given arguments (args[0] is the program name) and
// returns the exit code. Everything a user sees goes through `console`.
int run(const std::vector<std::string>& args, Console& console);

int run(int argc, char** argv);

// The commands, in the order `coprod --help` lists them.
std::vector<std::string> command_names_in_order();

}  // namespace coprod::cli
