#include "cli/parse_errors.hpp"

#include <algorithm>
#include <filesystem>
#include <optional>

#include <fmt/format.h>

#include "cli/help.hpp"
#include "cli/option_values.hpp"
#include "util/escape.hpp"
#include "util/text.hpp"
#include "yaml/builtin_frameworks.hpp"

namespace coprod::cli {

namespace {

const CLI::App* parsed_command(const CLI::App& app) {
  const auto parsed = app.get_subcommands();
  return parsed.empty() ? nullptr : parsed.front();
}

const CLI::Option* argument_of(const CLI::App& command) {
  const auto arguments = command.get_options([](const CLI::Option* option) { return !option->nonpositional(); });
  return arguments.empty() ? nullptr : arguments.front();
}

// "coprod frameworks show ipc-coproduction": a word that is neither a
// framework nor a file before one framework's name, as other tools have a
// "show" command. Anything else ("my framework.yaml" unquoted) is too many
// words, and told so.
std::optional<std::string> framework_verb_message(const CLI::Option& argument, const CLI::App& command) {
  if (!takes_framework_id(&argument) || argument.results().empty()) return std::nullopt;
  const std::string& first = argument.results().front();
  const std::vector<std::string> rest = command.remaining();
  const std::vector<std::string> ids = yaml::builtin_catalog().ids();
  const auto is_id = [&ids](const std::string& word) { return std::find(ids.begin(), ids.end(), word) != ids.end(); };
  std::error_code ignored;
  if (rest.size() != 1 || !is_id(rest.front()) || is_id(first) || std::filesystem::exists(first, ignored))
    return std::nullopt;
  return fmt::format("'{0}' is not a framework: to see one in full, give its name alone, as in 'coprod {1} {2}'",
                     util::terminal_text(first), command.get_name(), rest.front());
}

// More arguments after the command than it takes: "coprod history a b", or a
// name with spaces left unquoted.
std::optional<std::string> extra_arguments_message(const CLI::App& app) {
  const CLI::App* command = parsed_command(app);
  if (command == nullptr) return std::nullopt;
  std::vector<std::string> extras;
  // After "--" they are coprod's own, not the command's.
  for (const auto* part : {command, &app}) {
    for (const auto& argument : part->remaining()) extras.push_back("'" + util::terminal_text(argument) + "'");
  }
  if (extras.empty()) return std::nullopt;
  const std::string name = command->get_name();
  const std::string given = util::join_first_in_words(extras, 3);
  const CLI::Option* argument = argument_of(*command);
  if (argument == nullptr) {
    return fmt::format("'coprod {0}' takes only options, so {1} {2} not expected; see 'coprod {0} --help'", name, given,
                       extras.size() == 1 ? "is" : "are");
  }
  if (auto verb = framework_verb_message(*argument, *command)) return verb;
  const std::string placeholder = argument_placeholder(*argument);
  std::string what = placeholder;
  std::transform(what.begin(), what.end(), what.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  // Two words for one file: a name with spaces not in quotes.
  const bool a_file = placeholder == "FILE" || takes_framework_id(argument);
  return fmt::format("'coprod {0}' takes one {1}, so {2} {3}; run it once for each {4}{5}", name, placeholder, given,
                     extras.size() == 1 ? "is one too many" : "are too many", what,
                     a_file ? ", and put a name with spaces in quotes" : "");
}

// "--from-start requires --interactive", from an option marked needs().
std::optional<std::string> needed_option_message(const std::string& message) {
  const auto requires_word = message.find(" requires ");
  if (requires_word == std::string::npos) return std::nullopt;
  const std::string option = message.substr(0, requires_word);
  const std::string needed = message.substr(requires_word + 10);
  return fmt::format("{0} goes with {1}; add {1}, or leave out {0}", option, needed);
}

}  // namespace

std::string parse_error_message(const CLI::App& app, const CLI::ParseError& error) {
  std::optional<std::string> message = unknown_argument_message(app);
  if (!message && dynamic_cast<const CLI::ExtrasError*>(&error) != nullptr) message = extra_arguments_message(app);
  if (!message && dynamic_cast<const CLI::RequiresError*>(&error) != nullptr)
    message = needed_option_message(error.what());
  if (!message) message = plain_value_message(app, error);
  if (message) return *message;
  // Anything else CLI11 says, in coprod's style at least: a message starts in lower case.
  std::string text = error.what();
  if (!text.empty()) text[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(text[0])));
  return text;
}

}  // namespace coprod::cli
