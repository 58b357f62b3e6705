// coprod help, the overview, and suggestions for mistyped commands and options.

#include "cli/help.hpp"

#include <map>
#include <memory>

#include <fmt/format.h>

#include "cli/error.hpp"
#include "cli/loading.hpp"
#include "util/escape.hpp"
#include "util/text.hpp"
#include "yaml/builtin_frameworks.hpp"

namespace coprod::cli {

namespace {

// The overview's one line per command; a command missing here shows the
// first sentence of its description.
const std::map<std::string, std::string>& command_summaries() {
  static const std::map<std::string, std::string> summaries = {
      {"init", "Create a new assessment file for one perspective, area and review period"},
      {"score", "Check assessments and show each section's score; --interactive scores in a meeting"},
      {"compare", "Put two or more assessments side by side: where perspectives differ, what moved"},
      {"web", "Draw the co-production web (a spider diagram) as SVG or in the terminal"},
      {"combine", "Combine individual responses into one assessment of a perspective"},
      {"plan", "Action planning: where attention is most needed; plan files and their review"},
      {"check", "Validate files and flag likely personal data, for continuous integration (CI) and pre-commit hooks"},
      {"report", "Make an evidence pack (HTML, Markdown, SVG, JSON, CSV) that is safe to publish"},
      {"history", "An assessment's section scores over its committed versions in git"},
      {"git-setup", "Make git diff show assessment changes as readable lines"},
      {"summary", "Many areas' assessments at once, for regional and national leads"},
      {"completion", "Print shell completion for bash or zsh"},
      {"frameworks", "List the built-in frameworks, or show one in full"},
      {"schema", "Print the JSON Schema of assessment, plan or framework files"},
      {"help", "Show a command's help: coprod help COMMAND"},
  };
  return summaries;
}

std::string summary_of(const CLI::App& command) {
  const auto found = command_summaries().find(command.get_name());
  if (found != command_summaries().end()) return found->second;
  const std::string& description = command.get_description();
  return description.substr(0, description.find(". "));
}

std::vector<const CLI::App*> named_commands(const CLI::App& app) {
  return app.get_subcommands([](const CLI::App* command) { return !command->get_name().empty(); });
}

std::vector<std::string> command_names(const CLI::App& app) {
  std::vector<std::string> names;
  for (const auto* command : named_commands(app)) names.push_back(command->get_name());
  return names;
}

// Every spelling of the options `command` accepts: "--format", "-o", ...
std::vector<std::string> option_names(const CLI::App& command) {
  std::vector<std::string> names;
  for (const auto* option : command.get_options()) {
    for (const auto& name : option->get_lnames()) names.push_back("--" + name);
    for (const auto& name : option->get_snames()) names.push_back("-" + name);
  }
  return names;
}

std::string suggestion(const std::string& word, const std::vector<std::string>& candidates) {
  const auto match = util::closest_match(word, candidates);
  return match ? fmt::format("; did you mean '{}'?", *match) : "";
}

std::string unknown_option(const std::string& argument, const CLI::App& command, const std::string& where) {
  const std::string option = argument.substr(0, argument.find('='));
  // One letter after one dash is too short to guess from.
  std::string hint = option.rfind("--", 0) == 0 ? suggestion(option, option_names(command)) : "";
  if (hint.empty() && option == argument && (argument.ends_with(".yaml") || argument.ends_with(".yml"))) {
    hint = fmt::format("; if it is a file whose name starts with '-', write ./{} or put -- before it",
                       util::terminal_text(argument));
  }
  return fmt::format("unknown option '{}'{}{}", util::terminal_text(option), where, hint);
}

}  // namespace

std::string other_builtin_frameworks() {
  std::vector<std::string> named;
  for (const auto& framework : yaml::builtin_frameworks()) {
    if (framework.id != k_default_framework) named.push_back(fmt::format("\"{}\" ({})", framework.title, framework.id));
  }
  if (named.size() < 2) return util::join(named, "");
  const std::string last = named.back();
  named.pop_back();
  return fmt::format("{} and {}", util::join(named, ", "), last);
}

std::string coprod_description() {
  return fmt::format(
      "coprod: the co-production reflection tool of NHS England's guide \"Co-production for personal health "
      "budgets and Integrated Personal Commissioning\" (IPC), as files you keep in version control.\n\n"
      "The organisation and the co-production peer network each score the tool separately, one YAML file "
      "per perspective per review period; coprod checks the files, works out each section's score (the average "
      "of its rows), and compares and charts them.\n\n"
      "Built in too, from shorter guides: {}. Choose one with --framework ID (as init and form do); 'coprod "
      "frameworks' shows each, and an area can write a framework of its own.",
      other_builtin_frameworks());
}

std::string command_overview(const CLI::App& app, std::size_t width) {
  std::string out = fmt::format(
      "coprod: the co-production reflection tool of NHS England's guide to co-production for personal health "
      "budgets and Integrated Personal Commissioning, as files you keep in version control. Built in too, from "
      "shorter guides: {} ('coprod frameworks').\n",
      other_builtin_frameworks());
  out = util::join(util::wrap_words(out, width), "\n") + "\n\nUsage: coprod COMMAND [OPTIONS] [FILE...]\n\nCommands:\n";
  const std::size_t column = 14;
  for (const auto* command : named_commands(app)) {
    const auto lines = util::wrap_words(summary_of(*command), width > column + 20 ? width - column : 20);
    out += fmt::format("  {:<{}}", command->get_name(), column - 2);
    for (std::size_t i = 0; i < lines.size(); ++i) out += (i > 0 ? std::string(column, ' ') : "") + lines[i] + "\n";
  }
  const std::string more =
      "More: 'coprod help COMMAND' (or 'coprod COMMAND --help') for a command's options; 'coprod --help' for "
      "everything, with the exit codes; 'man coprod' and 'man coprod-COMMAND' for the manual.";
  return out + "\n" + util::join(util::wrap_words(more, width), "\n") + "\n";
}

CommandRunner setup_help(CLI::App& app) {
  auto topic = std::make_shared<std::string>();
  CLI::App* command = app.add_subcommand("help",
                                         "Show a command's help (the same as 'coprod COMMAND --help'), or "
                                         "with no command, coprod's own help");
  command->add_option("command", *topic, "The command to explain");
  const CLI::App* parent = &app;
  return {command, [topic, parent](Console& console) {
            if (topic->empty()) {
              console.out(parent->get_formatter()->make_help(parent, parent->get_name(), CLI::AppFormatMode::Normal));
              return 0;
            }
            for (const auto* sub : named_commands(*parent)) {
              if (sub->get_name() == *topic) {
                console.out(sub->help(parent->get_name()));
                return 0;
              }
            }
            throw Error(k_exit_usage, fmt::format("help: unknown command '{}'{}", util::terminal_text(*topic),
                                                  suggestion(*topic, command_names(*parent))));
          }};
}

std::optional<std::string> unknown_argument_message(const CLI::App& app) {
  const auto parsed = app.get_subcommands();
  for (const auto* command : parsed) {
    for (const auto& argument : command->remaining()) {
      if (argument.size() > 1 && argument.front() == '-') {
        return unknown_option(argument, *command, fmt::format(" for 'coprod {}'", command->get_name()));
      }
    }
  }
  for (const auto& argument : app.remaining()) {
    if (argument.size() > 1 && argument.front() == '-') return unknown_option(argument, app, "");
    if (parsed.empty()) {
      return fmt::format("unknown command '{}'{}", util::terminal_text(argument),
                         suggestion(argument, command_names(app)));
    }
  }
  return std::nullopt;
}

}  // namespace coprod::cli
