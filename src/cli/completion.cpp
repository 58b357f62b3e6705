// coprod completion: bash and zsh completion, made from the command line's
// own definition (so it never falls out of step), with the built-in
// frameworks' ids and section.row references.

#include <algorithm>
#include <memory>
#include <string_view>

#include <fmt/format.h>

#include "cli/command.hpp"
#include "cli/error.hpp"
#include "util/text.hpp"
#include "yaml/assessment_fields.hpp"
#include "yaml/builtin_frameworks.hpp"

namespace coprod::cli {

namespace {

// What a value (of an option, or the arguments after the command) may be.
struct ValueInfo {
  std::vector<std::string> choices;  // words offered, if known
  bool files = false;                // also a file or folder name
};

// How often an option may be on one command line.
enum class Occurs {
  once,   // given twice, it is refused (--output) or means nothing more (--force)
  many,   // each one adds a value (--set, --framework)
  alone,  // --help and --version: nothing else counts after it
};

struct OptionInfo {
  std::vector<std::string> names;  // "--format", then any short name ("-o")
  std::string description;
  bool takes_value = false;
  ValueInfo value;
  Occurs occurs = Occurs::once;
};

struct CommandInfo {
  std::string name;
  std::string description;
  std::vector<OptionInfo> options;
  std::string argument_name;  // "files", "kind"
  ValueInfo arguments;        // what the arguments after the command are
  int most_arguments = 0;     // how many it takes (CLI11's "many" is a large number)
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

// Options whose value is a file or folder name, unless they have choices (a
// framework option that also takes an id says so: takes_framework_id()).
bool names_a_file(const std::string& name) {
  for (const char* file_option : {"output", "from", "plan", "previous", "review", "framework", "schema", "write"}) {
    if (name == file_option) return true;
  }
  return false;
}

ValueInfo option_value(const CLI::Option& option, const std::string& name) {
  ValueInfo value;
  if (const auto* choices = choices_of(&option)) value.choices = *choices;
  if (name == "set" || name == "set-evidence") value.choices = row_references(name == "set");
  if (takes_framework_id(&option)) {
    value.choices = yaml::builtin_catalog().ids();
    value.files = true;
  } else {
    value.files = value.choices.empty() && names_a_file(name);
  }
  return value;
}

// The arguments after the command: the commands (help), a list of words
// (schema, completion), framework ids and files (frameworks), or files.
ValueInfo argument_value(const CLI::App& command, const CLI::Option& option,
                         const std::vector<std::string>& command_names) {
  ValueInfo value;
  if (command.get_name() == "help") {
    value.choices = command_names;
  } else if (const auto* choices = choices_of(&option)) {
    value.choices = *choices;
  } else {
    if (takes_framework_id(&option)) value.choices = yaml::builtin_catalog().ids();
    value.files = true;
  }
  return value;
}

// CLI11 takes a value for each time a list option (std::vector) is given,
// and adds up a counting flag; any other option given twice is refused, or
// (a switch) means nothing more.
Occurs occurrences(const CLI::App& command, const CLI::Option& option) {
  if (&option == command.get_help_ptr() || option.get_name() == "--version") return Occurs::alone;
  if (option.get_expected_max() > 1 || option.get_multi_option_policy() == CLI::MultiOptionPolicy::TakeAll)
    return Occurs::many;
  return Occurs::once;
}

CommandInfo describe_command(const CLI::App& app, const std::vector<std::string>& command_names) {
  CommandInfo command{app.get_name(), app.get_description(), {}, {}, {}, 0};
  for (const auto* option : app.get_options()) {
    if (!option->nonpositional()) {
      command.argument_name = option->get_name();
      command.arguments = argument_value(app, *option, command_names);
      command.most_arguments = option->get_items_expected_max();
      continue;
    }
    const bool takes_value = option->get_expected_max() != 0 && option->get_type_size_max() != 0;
    for (const auto& name : option->get_lnames()) {
      OptionInfo info{{"--" + name},
                      option->get_description(),
                      takes_value,
                      option_value(*option, name),
                      occurrences(app, *option)};
      for (const auto& short_name : option->get_snames()) info.names.push_back("-" + short_name);
      command.options.push_back(info);
    }
  }
  return command;
}

struct CommandLine {
  CommandInfo coprod;  // coprod's own options (--help, --version), before a command
  std::vector<CommandInfo> commands;
};

CommandLine describe(const CLI::App& app) {
  std::vector<std::string> command_names;
  for (const auto* sub : app.get_subcommands([](const CLI::App*) { return true; })) {
    command_names.push_back(sub->get_name());
  }
  CommandLine line{describe_command(app, command_names), {}};
  for (const auto* sub : app.get_subcommands([](const CLI::App*) { return true; })) {
    line.commands.push_back(describe_command(*sub, command_names));
  }
  return line;
}

std::string words(const std::vector<std::string>& items) { return util::join(items, " "); }

// The part of the bash script that is the same for every command. A word is
// read the way the shell will read it (quotes and backslashes taken away), so
// "North Tyneside/ and North\ Tyneside/ both find North Tyneside/; every
// match is one word, spaces and all (mapfile, not $(...) split at spaces), and
// bash quotes it as it puts it on the line (complete -o filenames), or leaves
// it as it is when it is a word from a list (compopt +o filenames).
constexpr const char* k_bash_helpers = R"bash(# bash completion for coprod; made by 'coprod completion bash'.
_coprod_dequote() {
  local word=$1 text= quote= c i
  for ((i = 0; i < ${#word}; i++)); do
    c=${word:i:1}
    if [[ $quote == "'" ]]; then
      if [[ $c == "'" ]]; then quote=; else text+=$c; fi
    elif [[ $c == '\' ]]; then
      ((i++))
      c=${word:i:1}
      if [[ $quote == '"' ]]; then
        case $c in '$' | '`' | '"' | '\') ;; *) text+='\' ;; esac
      fi
      text+=$c
    elif [[ $quote == '"' ]]; then
      if [[ $c == '"' ]]; then quote=; else text+=$c; fi
    elif [[ $c == "'" || $c == '"' ]]; then
      quote=$c
    else
      text+=$c
    fi
  done
  _coprod_word=$text
}
_coprod_files() {
  mapfile -t -O "${#COMPREPLY[@]}" COMPREPLY < <(compgen -f -- "$_coprod_word")
}
_coprod_words() {
  mapfile -t -O "${#COMPREPLY[@]}" COMPREPLY < <(compgen -W "$1" -- "$_coprod_word")
}
_coprod_words_only() {
  _coprod_words "$1"
  compopt +o filenames 2>/dev/null
}
# How many arguments come before the word being completed, leaving out
# options and their values ($1: the command's options that take a value).
_coprod_count_arguments() {
  local takes_value=" $1 " word i options=1
  _coprod_count=0
  for ((i = 2; i < COMP_CWORD; i++)); do
    word=${COMP_WORDS[i]}
    if [[ $options && $word == -- ]]; then
      options=
    elif [[ $options && $word == -?* ]]; then
      if [[ ${COMP_WORDS[i+1]} == = ]]; then
        ((i += 2))
      elif [[ $takes_value == *" $word "* ]]; then
        ((i++))
      fi
    else
      ((_coprod_count++))
    fi
  done
}
)bash";

std::string bash_value_completion(const ValueInfo& value, bool open_ended) {
  if (value.choices.empty()) return value.files ? "_coprod_files" : "";
  if (value.files) return fmt::format("_coprod_words \"{}\"; _coprod_files", words(value.choices));
  return fmt::format("_coprod_words_only \"{}\"{}", words(value.choices),
                     open_ended ? "; compopt -o nospace 2>/dev/null" : "");
}

std::string bash_option_values(const std::vector<CommandInfo>& commands) {
  std::string out = "  case \"$command:$prev\" in\n";
  for (const auto& command : commands) {
    for (const auto& option : command.options) {
      if (!option.takes_value) continue;
      std::vector<std::string> patterns;
      for (const auto& name : option.names) patterns.push_back(command.name + ":" + name);
      const bool open_ended = option.names.front() == "--set" || option.names.front() == "--set-evidence";
      const std::string action = bash_value_completion(option.value, open_ended);
      out += fmt::format("    {})\n      {}return ;;\n", util::join(patterns, " | "),
                         action.empty() ? "" : action + "\n      ");
    }
  }
  return out + "  esac\n";
}

std::string bash_arguments(const std::vector<CommandInfo>& commands) {
  std::string out = "  case \"$command\" in\n";
  for (const auto& command : commands) {
    const std::string action = bash_value_completion(command.arguments, false);
    if (action.empty() || command.most_arguments == 0) {
      out += fmt::format("    {}) ;;\n", command.name);
      continue;
    }
    if (command.most_arguments > 100) {
      out += fmt::format("    {}) {} ;;\n", command.name, action);
      continue;
    }
    std::vector<std::string> takes_value;
    for (const auto& option : command.options) {
      if (option.takes_value) takes_value.insert(takes_value.end(), option.names.begin(), option.names.end());
    }
    out +=
        fmt::format("    {})\n      _coprod_count_arguments \"{}\"\n      if ((_coprod_count < {})); then {}; fi ;;\n",
                    command.name, words(takes_value), command.most_arguments, action);
  }
  return out + "  esac\n";
}

std::string bash_script(const CommandLine& line) {
  const auto& commands = line.commands;
  std::vector<std::string> names;
  for (const auto& command : commands) names.push_back(command.name);
  for (const auto& option : line.coprod.options) names.push_back(option.names.front());
  std::string out = k_bash_helpers;
  out +=
      "_coprod() {\n"
      "  local cur=\"${COMP_WORDS[COMP_CWORD]}\" prev=\"${COMP_WORDS[COMP_CWORD-1]}\"\n"
      "  local command=\"${COMP_WORDS[1]}\"\n"
      "  # --option=value arrives as three words: --option, = and the value\n"
      "  if [[ $cur == = ]]; then\n    cur=\n"
      "  elif [[ $prev == = && $COMP_CWORD -gt 2 ]]; then\n    prev=\"${COMP_WORDS[COMP_CWORD-2]}\"\n  fi\n"
      "  COMPREPLY=()\n  _coprod_dequote \"$cur\"\n";
  out += fmt::format("  if [[ $COMP_CWORD -eq 1 ]]; then\n    _coprod_words_only \"{}\"\n    return\n  fi\n",
                     words(names));
  out += bash_option_values(commands);
  out += "  if [[ $cur == -* ]]; then\n    case \"$command\" in\n";
  for (const auto& command : commands) {
    std::vector<std::string> options;
    for (const auto& option : command.options) options.push_back(option.names.front());
    out += fmt::format("      {}) _coprod_words_only \"{}\" ;;\n", command.name, words(options));
  }
  out += "    esac\n    return\n  fi\n";
  out += bash_arguments(commands);
  return out + "}\ncomplete -o filenames -F _coprod coprod\n";
}

// Text inside a zsh single-quoted string: a ' ends the string, so it is
// written as '\'' (end, a quoted ', begin again).
std::string zsh_single_quoted(const std::string& text) {
  std::string out;
  for (const char c : text) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out;
}

// Text with a backslash before each of `special` (and before a backslash).
std::string zsh_backslashed(const std::string& text, std::string_view special) {
  std::string out;
  for (const char c : text) {
    if (c == '\\' || special.find(c) != std::string_view::npos) out += '\\';
    out += c;
  }
  return out;
}

// A description, cut to fit one line of zsh's list: inside an _arguments
// spec's [description], where [, ] and : need a backslash, or after the
// name:description of a _describe entry, where it is taken as it is.
std::string zsh_description(const std::string& text, bool in_arguments) {
  const std::string shown = util::truncate_to_width(text, 70);
  return zsh_single_quoted(in_arguments ? zsh_backslashed(shown, "[]:") : shown);
}

// An _arguments action: the words of a list (put on the line without a space
// after them when they end in =, as section.row= does), framework ids and
// files, or files.
std::string zsh_action(const ValueInfo& value, const std::string& what) {
  if (value.choices.empty()) return value.files ? ":file:_files" : ":" + what + ":";
  if (value.files) return ":" + what + ":_coprod_ids_or_files";
  if (value.choices.front().back() == '=') return fmt::format(":{}:_coprod_no_space {}", what, words(value.choices));
  return fmt::format(":{}:({})", what, words(value.choices));
}

// What _arguments puts before an option's names: * for one that may be
// given again; for --help and --version, (- : *), which leaves nothing else
// to complete after them; for one given once, the names it excludes once it
// is on the line (its own: -o excludes --output too).
std::string zsh_occurrence(const OptionInfo& option) {
  switch (option.occurs) {
    case Occurs::many: return "*";
    case Occurs::alone: return "(- : *)";
    case Occurs::once: return option.names.size() > 1 ? "(" + words(option.names) + ")" : "";
  }
  return "";
}

// One _arguments spec per option; brace expansion gives its short name (-o)
// the same description and value.
std::string zsh_option_spec(const OptionInfo& option) {
  std::string names = option.names.front();
  if (option.names.size() > 1) names = "'{" + util::join(option.names, ",") + "}'";
  std::string spec = fmt::format("'{}{}[{}]", zsh_occurrence(option), names, zsh_description(option.description, true));
  if (option.takes_value) spec += zsh_action(option.value, option.names.front().substr(2));
  return spec + "'";
}

// `call` ("_arguments") with one spec a line.
std::string zsh_arguments(std::string call, const std::vector<std::string>& specs, const std::string& indent) {
  std::string out = std::move(call);
  for (const auto& spec : specs) out += " \\\n" + indent + spec;
  return out;
}

// The script works both ways zsh finds it: as the file _coprod on $fpath
// (compinit reads "#compdef coprod" and runs the file as the function
// _coprod, so the last lines call it), and read with source (zsh's eval
// context is then "file", whatever the file is called), where it tells the
// completion system which command it completes.
constexpr const char* k_zsh_ending = R"zsh(if [[ $zsh_eval_context[-1] != file ]]; then
  _coprod "$@"
elif (( $+functions[compdef] )); then
  compdef _coprod coprod
else
  print -u2 "coprod: zsh's completion system is not loaded; run 'autoload -Uz compinit && compinit' first, then load coprod's completion again"
  return 1
fi
)zsh";

// coprod's own options, then the command; once it is given, coprod's options
// are left behind ((-)) and words holds the command's words alone, so that
// its first argument is position 1 of the command's _arguments.
std::string zsh_top_level(const CommandInfo& coprod) {
  std::vector<std::string> specs;
  for (const auto& option : coprod.options) specs.push_back(zsh_option_spec(option));
  specs.insert(specs.end(), {"'(-)1:command:->command'", "'(-)*::argument:->argument'"});
  return "  local curcontext=$curcontext state state_descr line\n  typeset -A opt_args\n  " +
         zsh_arguments("_arguments -C", specs, "    ") + " && return\n";
}

std::string zsh_script(const CommandLine& line) {
  std::string out = fmt::format(
      "#compdef coprod\n# zsh completion for coprod; made by 'coprod completion zsh'.\n"
      "_coprod_ids_or_files() {{\n  _alternative 'ids:framework id:({})' 'files:file:_files'\n}}\n"
      "_coprod_no_space() {{\n  compadd -S '' \"$@\"\n}}\n"
      "_coprod() {{\n",
      words(yaml::builtin_catalog().ids()));
  out += zsh_top_level(line.coprod);
  out += "  case $state in\n    command)\n      local -a commands\n      commands=(\n";
  for (const auto& command : line.commands) {
    out += fmt::format("        '{}:{}'\n", zsh_backslashed(command.name, ":"),
                       zsh_description(command.description, false));
  }
  out +=
      "      )\n      _describe 'command' commands ;;\n    argument)\n"
      "      curcontext=${curcontext%:*:*}:coprod-$words[1]:\n      case $words[1] in\n";
  for (const auto& command : line.commands) {
    std::vector<std::string> specs;
    for (const auto& option : command.options) specs.push_back(zsh_option_spec(option));
    if (command.most_arguments > 0) {
      const std::string position = command.most_arguments > 100 ? "*" : "1";
      specs.push_back(fmt::format("'{}{}'", position, zsh_action(command.arguments, command.argument_name)));
    }
    out +=
        fmt::format("        {})\n          {} ;;\n", command.name, zsh_arguments("_arguments", specs, "            "));
  }
  return out + "      esac ;;\n  esac\n}\n" + k_zsh_ending;
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
            const auto line = describe(*parent);
            console.out(*shell == "zsh" ? zsh_script(line) : bash_script(line));
            return 0;
          }};
}

}  // namespace coprod::cli
