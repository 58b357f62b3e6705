// coprod completion: bash and zsh completion, made from the command line's
// own definition (so it never falls out of step), with the built-in
// frameworks' ids and section.row references.

#include <algorithm>
#include <memory>

#include <fmt/format.h>

#include "cli/command.hpp"
#include "cli/error.hpp"
#include "util/text.hpp"
#include "yaml/assessment_fields.hpp"
#include "yaml/builtin_frameworks.hpp"

namespace coprod::cli {

namespace {

struct OptionInfo {
  std::string name;  // "--format"
  std::string description;
  bool takes_value = false;
  std::vector<std::string> choices;  // offered values, if known
  bool files = false;                // a file or folder name
};

struct CommandInfo {
  std::string name;
  std::string description;
  std::vector<OptionInfo> options;
};

// Rows (--set-evidence), or every field --set reaches (see yaml/assessment_fields.hpp).
std::vector<std::string> row_references(bool fields) {
  std::vector<std::string> references;
  const auto catalog = yaml::builtin_catalog();
  for (const auto& shared : catalog.all()) {
    const model::Framework& framework = *shared;
    if (fields) {
      for (const auto& reference : yaml::assessment_field_references(framework)) references.push_back(reference + "=");
      continue;
    }
    for (const auto& section : framework.sections) {
      for (const auto& row : section.rows) references.push_back(section.id + "." + row.id + "=");
    }
  }
  std::sort(references.begin(), references.end());
  references.erase(std::unique(references.begin(), references.end()), references.end());
  return references;
}

std::vector<CommandInfo> describe(const CLI::App& app) {
  std::vector<std::string> framework_ids = yaml::builtin_catalog().ids();
  std::vector<CommandInfo> commands;
  for (const auto* sub : app.get_subcommands([](const CLI::App*) { return true; })) {
    CommandInfo command{sub->get_name(), sub->get_description(), {}};
    for (const auto* option : sub->get_options()) {
      for (const auto& name : option->get_lnames()) {
        OptionInfo info{"--" + name,
                        option->get_description(),
                        option->get_expected_max() != 0 && option->get_type_size_max() != 0,
                        {},
                        false};
        if (const auto* choices = choices_of(option)) info.choices = *choices;
        if (name == "framework") info.choices = framework_ids;
        if (name == "set" || name == "set-evidence") info.choices = row_references(name == "set");
        info.files = info.takes_value && info.choices.empty() &&
                     (name == "output" || name == "from" || name == "plan" || name == "previous" || name == "review" ||
                      name == "framework" || name == "schema");
        command.options.push_back(info);
      }
    }
    commands.push_back(command);
  }
  return commands;
}

std::string words(const std::vector<std::string>& items) { return util::join(items, " "); }

std::string bash_script(const std::vector<CommandInfo>& commands) {
  std::vector<std::string> names;
  for (const auto& command : commands) names.push_back(command.name);
  std::string out =
      "# bash completion for coprod; made by 'coprod completion bash'.\n_coprod() {\n"
      "  local cur=\"${COMP_WORDS[COMP_CWORD]}\" prev=\"${COMP_WORDS[COMP_CWORD-1]}\"\n"
      "  local command=\"${COMP_WORDS[1]}\"\n";
  out += fmt::format(
      "  if [[ $COMP_CWORD -eq 1 ]]; then\n    COMPREPLY=($(compgen -W \"{0} --help --version\" -- \"$cur\"))\n"
      "    return\n  fi\n"
      "  if [[ $command == help && $COMP_CWORD -eq 2 ]]; then\n    COMPREPLY=($(compgen -W \"{0}\" -- \"$cur\"))\n"
      "    return\n  fi\n  case \"$command:$prev\" in\n",
      words(names));
  for (const auto& command : commands) {
    for (const auto& option : command.options) {
      if (!option.takes_value) continue;
      if (!option.choices.empty()) {
        const bool open_ended = option.name == "--set" || option.name == "--set-evidence";
        out += fmt::format("    {}:{})\n      COMPREPLY=($(compgen -W \"{}\" -- \"$cur\"){})\n{}      return ;;\n",
                           command.name, option.name, words(option.choices),
                           option.files ? " $(compgen -f -- \"$cur\")" : "",
                           open_ended ? "      compopt -o nospace 2>/dev/null\n" : "");
      } else if (option.files) {
        out += fmt::format("    {}:{})\n      COMPREPLY=($(compgen -f -- \"$cur\"))\n      return ;;\n", command.name,
                           option.name);
      } else {
        out += fmt::format("    {}:{})\n      return ;;\n", command.name, option.name);
      }
    }
  }
  out += "  esac\n  if [[ $cur == -* ]]; then\n    case \"$command\" in\n";
  for (const auto& command : commands) {
    std::vector<std::string> options;
    for (const auto& option : command.options) options.push_back(option.name);
    out += fmt::format("      {}) COMPREPLY=($(compgen -W \"{}\" -- \"$cur\")) ;;\n", command.name, words(options));
  }
  out +=
      "    esac\n    return\n  fi\n  COMPREPLY=($(compgen -f -- \"$cur\"))\n}\ncomplete -o filenames -F _coprod "
      "coprod\n";
  return out;
}

// Text safe inside a zsh _arguments spec's [description].
std::string zsh_description(std::string text) {
  text = util::truncate_to_width(text, 70);
  std::string out;
  for (const char c : text) {
    if (c == '[' || c == ']' || c == ':' || c == '\'' || c == '\\') continue;
    out += c;
  }
  return out;
}

std::string zsh_script(const std::vector<CommandInfo>& commands) {
  std::string out =
      "#compdef coprod\n# zsh completion for coprod; made by 'coprod completion zsh'.\n_coprod() {\n  local -a "
      "commands\n  commands=(\n";
  for (const auto& command : commands) {
    out += fmt::format("    '{}:{}'\n", command.name, zsh_description(command.description));
  }
  out +=
      "  )\n  if (( CURRENT == 2 )); then\n    _describe 'command' commands\n    return\n  fi\n  case $words[2] in\n";
  for (const auto& command : commands) {
    out += fmt::format("    {})\n      _arguments \\\n", command.name);
    for (const auto& option : command.options) {
      std::string spec = fmt::format("'*{}[{}]", option.name, zsh_description(option.description));
      if (option.takes_value) {
        if (!option.choices.empty()) spec += fmt::format(":value:({})", words(option.choices));
        else if (option.files) spec += ":file:_files";
        else spec += ":value:";
      }
      out += "        " + spec + "' \\\n";
    }
    if (command.name == "help") {
      std::vector<std::string> names;
      for (const auto& other : commands) names.push_back(other.name);
      out += fmt::format("        '1:command:({})' ;;\n", words(names));
    } else {
      out += "        '*:file:_files' ;;\n";
    }
  }
  out += "  esac\n}\n_coprod \"$@\"\n";
  return out;
}

}  // namespace

CommandRunner setup_completion(CLI::App& app) {
  auto shell = std::make_shared<std::string>();
  CLI::App* command = app.add_subcommand(
      "completion",
      "Print shell completion for bash or zsh: commands, options, --format values, framework ids and section.row "
      "references. Installed with coprod; to use it now: source <(coprod completion bash)");
  restrict_to(command->add_option("shell", *shell, "bash or zsh"), {"bash", "zsh"})->required();
  CLI::App* parent = &app;
  return {command, [shell, parent](Console& console) {
            const auto commands = describe(*parent);
            console.out(*shell == "zsh" ? zsh_script(commands) : bash_script(commands));
            return 0;
          }};
}

}  // namespace coprod::cli
