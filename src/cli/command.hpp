#pragma once
// The shape every subcommand file follows: setup_x() adds the subcommand and
// its options to the application and returns how to run it once parsed.

#include <functional>

#include <CLI/CLI.hpp>

#include "cli/console.hpp"
#include "cli/option_values.hpp"

namespace coprod::cli {

struct CommandRunner {
  CLI::App* command = nullptr;
  std::function<int(Console&)> run;
};

CommandRunner setup_init(CLI::App& app);
CommandRunner setup_score(CLI::App& app);
CommandRunner setup_compare(CLI::App& app);
CommandRunner setup_web(CLI::App& app);
CommandRunner setup_combine(CLI::App& app);
CommandRunner setup_plan(CLI::App& app);
CommandRunner setup_check(CLI::App& app);
CommandRunner setup_report(CLI::App& app);
CommandRunner setup_history(CLI::App& app);
CommandRunner setup_git_setup(CLI::App& app);
CommandRunner setup_summary(CLI::App& app);
CommandRunner setup_frameworks(CLI::App& app);
CommandRunner setup_schema(CLI::App& app);
CommandRunner setup_form(CLI::App& app);

CommandRunner setup_completion(CLI::App& app);

// "text|json|csv|markdown" option shared by the report commands.
void add_format_option(CLI::App& command, std::string& format, const std::vector<std::string>& formats);

}  // namespace coprod::cli
