#pragma once
// The shape every subcommand file follows: setup_x() adds the subcommand and
// its options to the application and returns how to run it once parsed.

#include <functional>

#include <CLI/CLI.hpp>

#include "cli/console.hpp"

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

// An option whose value is one of `choices`: checked, and remembered so shell
// completion can offer them.
CLI::Option* restrict_to(CLI::Option* option, const std::vector<std::string>& choices);
const std::vector<std::string>* choices_of(const CLI::Option* option);
// Remembers the perspectives as --perspective's choices (checked later, with a friendlier message).
void remember_perspectives(const CLI::Option* option);
// Marks an option that takes a built-in framework's id as well as a framework
// file (resolve_framework()), so shell completion offers both; a framework
// option left unmarked takes a file only.
void accepts_framework_id(const CLI::Option* option);
bool takes_framework_id(const CLI::Option* option);

}  // namespace coprod::cli
