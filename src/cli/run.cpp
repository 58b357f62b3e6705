#include "cli/run.hpp"

#include <sstream>

#include <fmt/format.h>

#include "cli/command.hpp"
#include "cli/error.hpp"
#include "cli/help.hpp"
#include "cli/help_formatter.hpp"
#include "cli/loading.hpp"
#include "cli/option_values.hpp"
#include "cli/parse_errors.hpp"
#include "cli/source_texts.hpp"
#include "cli/terminal.hpp"
#include "yaml/file_kind.hpp"

namespace coprod::cli {

namespace {

constexpr const char* k_footer =
    "Exit codes: 0 success; 1 findings (score --strict found rows not scored or scores without evidence, plan "
    "--review --strict found overdue actions, check flagged something, or report found likely personal data); 2 the "
    "command line is wrong; 3 an input file is missing "
    "or not a valid coprod file; 4 an output file already exists (use "
    "--force), could not be written, or a change could not be made in place; 70 a bug in coprod.\n\n"
    "Run 'coprod help COMMAND' (or 'coprod COMMAND --help') for a command's options, and 'man coprod' for the full "
    "manual.";

int print_parse_error(CLI::App& app, const CLI::ParseError& error, Console& console) {
  std::ostringstream out;
  std::ostringstream err;
  const int code = app.exit(error, out, err);
  console.out(out.str());
  if (code == 0) return k_exit_success;
  console.err(fmt::format("coprod: usage error: {}\nRun 'coprod --help' or 'coprod COMMAND --help' for usage.\n",
                          parse_error_message(app, error)));
  return k_exit_usage;
}

// An action plan given where an assessment belongs is told where plans go;
// report and plan, which take one with an option of their own, say that option.
Error with_plan_hint_for(const Error& error, std::string_view command) {
  // True whether or not the plan was also given in its own place (--plan P A.yaml --previous P).
  const std::string_view hint = command == "report" ? "a plan goes after --plan, not among the assessments"
                                : command == "plan" ? "a plan goes after --review, not among the latest assessments"
                                                    : yaml::k_where_plans_go;
  util::Diagnostics diagnostics = error.diagnostics();
  for (auto& diagnostic : diagnostics) {
    if (!diagnostic.message.ends_with(yaml::k_where_plans_go)) continue;
    diagnostic.message.replace(diagnostic.message.size() - yaml::k_where_plans_go.size(), std::string::npos, hint);
  }
  return diagnostics.empty() ? error : Error(error.code(), std::move(diagnostics));
}

// The name of the command being run; "" for none.
std::string parsed_command(const std::vector<CommandRunner>& commands) {
  for (const auto& command : commands) {
    if (command.command->parsed()) return command.command->get_name();
  }
  return {};
}

void print_error(const Error& error, Console& console) {
  if (!error.diagnostics().empty()) {
    print_diagnostics(console, error.diagnostics());
    return;
  }
  const std::string_view kind = error.code() == k_exit_usage ? "usage error" : "error";
  for (const auto& message : error.messages()) console.err(fmt::format("coprod: {}: {}\n", kind, message));
}

}  // namespace

void add_format_option(CLI::App& command, std::string& format, const std::vector<std::string>& formats) {
  restrict_to(command.add_option("--format", format, "Output format"), formats)
      ->default_str(formats.front())
      ->type_name("FORMAT");
}

namespace {

struct NamedSetup {
  std::string_view name;  // the name setup() gives its command
  CommandRunner (*setup)(CLI::App&);
};

// In the order `coprod --help` lists them.
constexpr NamedSetup k_commands[] = {{"init", setup_init},
                                     {"form", setup_form},
                                     {"score", setup_score},
                                     {"compare", setup_compare},
                                     {"web", setup_web},
                                     {"combine", setup_combine},
                                     {"plan", setup_plan},
                                     {"check", setup_check},
                                     {"report", setup_report},
                                     {"history", setup_history},
                                     {"git-setup", setup_git_setup},
                                     {"summary", setup_summary},
                                     {"completion", setup_completion},
                                     {"frameworks", setup_frameworks},
                                     {"schema", setup_schema},
                                     {"help", setup_help}};

// When the first argument names a command, only that command's options are
// set up: setting up all sixteen costs about as much as a one-file `score`'s
// own work (git runs it once per file as a textconv driver). `help`
// and `completion` describe the other commands, so they need them all, as
// does anything else (no command, --help, --version, a misspelt command).
std::vector<CommandRunner> setup_commands(CLI::App& app, const std::vector<std::string>& args) {
  std::vector<CommandRunner> commands;
  const std::string_view first = args.size() > 1 ? std::string_view(args[1]) : std::string_view();
  if (first != "help" && first != "completion") {
    for (const auto& command : k_commands) {
      if (command.name == first) commands.push_back(command.setup(app));
    }
  }
  if (commands.empty()) {
    for (const auto& command : k_commands) commands.push_back(command.setup(app));
  }
  return commands;
}

}  // namespace

std::vector<std::string> command_names_in_order() {
  std::vector<std::string> names;
  for (const auto& command : k_commands) names.emplace_back(command.name);
  return names;
}

int run(const std::vector<std::string>& args, Console& console) {
  forget_option_values();  // the options of an earlier run (in tests) are gone
  forget_source_texts();
  CLI::App app(coprod_description(), "coprod");
  const std::size_t width = terminal_width(console);
  app.formatter(std::make_shared<HelpFormatter>(width));
  app.get_formatter()->label("SUBCOMMAND", "COMMAND");
  app.get_formatter()->label("Positionals", "Arguments");
  app.set_version_flag("--version", "coprod " COPROD_VERSION);
  app.fallthrough(false);
  const std::vector<CommandRunner> commands = setup_commands(app, args);
  // The exit codes are explained once, in coprod --help; each command points to its manual page.
  for (const auto& command : commands) {
    command.command->group("Commands");
    const std::string& name = command.command->get_name();
    command.command->footer(
        fmt::format("The manual: man {}. Exit codes: coprod --help.", name == "help" ? "coprod" : "coprod-" + name));
  }
  app.footer(k_footer);
  app.require_subcommand(0, 1);
  std::vector<const char*> argv;
  for (const auto& arg : args) argv.push_back(arg.c_str());
  try {
    app.parse(static_cast<int>(argv.size()), argv.data());
  } catch (const CLI::ParseError& error) {
    try {  // writing the help or the message can fail too (standard output full or closed)
      return print_parse_error(app, error, console);
    } catch (const Error& write_error) {
      print_error(write_error, console);
      return write_error.code();
    }
  }
  try {
    for (const auto& command : commands) {
      if (command.command->parsed()) return command.run(console);
    }
    // No command: an overview of them, and a usage error for scripts.
    console.out(command_overview(app, width));
    return k_exit_usage;
  } catch (const Error& error) {
    print_error(with_plan_hint_for(error, parsed_command(commands)), console);
    return error.code();
  } catch (const std::exception& error) {
    console.err(fmt::format("coprod: internal error: {}\nThis is a bug in coprod; please report it.\n", error.what()));
    return k_exit_internal;
  }
}

int run(int argc, char** argv) {
  StandardConsole console;
  return run(std::vector<std::string>(argv, argv + argc), console);
}

}  // namespace coprod::cli
