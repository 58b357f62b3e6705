// The bash completion script: one function, _coprod, with a case for each
// command's option values, options and arguments.

#include <algorithm>

#include <fmt/format.h>

#include "cli/completion_command_line.hpp"
#include "util/text.hpp"

namespace coprod::cli::completion {

namespace {

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
# The options on the line before the word being completed, as
# " --output -o --set ": --output=x counts as --output, -ox as -o; none
# after --.
_coprod_given() {
  local word i
  _coprod_given=" "
  for ((i = 2; i < COMP_CWORD; i++)); do
    word=${COMP_WORDS[i]}
    if [[ $word == -- ]]; then
      break
    elif [[ $word == --?* ]]; then
      _coprod_given+="${word%%=*} "
    elif [[ $word == -?* ]]; then
      _coprod_given+="${word:0:2} "
    fi
  done
}
# Whether an option is on the line, under any of its names ($1: --output|-o).
_coprod_is_given() {
  local name
  for name in ${1//|/ }; do
    [[ $_coprod_given == *" $name "* ]] && return 0
  done
  return 1
}
# Offers the options that may still be given: $1 those given once at most,
# each one's names joined by | (--output|-o), unless already on the line; $2
# those that may be given again. Long and short names alike: "--" then finds
# the long ones, "-" both.
_coprod_options() {
  local option offered=
  for option in $1; do
    _coprod_is_given "$option" || offered+=" ${option//|/ }"
  done
  _coprod_words_only "$offered $2"
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
      const std::string& first = option.names.front();
      const bool open_ended = first == "--set" || first == "--set-evidence" || first == "--add-evidence";
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

// A call of _coprod_options with the command's options: those that may be
// given once (--help among them; nothing is offered once it is given), each
// one's names joined by |, then those that may be given again.
std::string bash_options_call(const CommandInfo& command) {
  std::vector<std::string> once;
  std::vector<std::string> many;
  for (const auto& option : command.options) {
    if (option.occurs == Occurs::many) many.insert(many.end(), option.names.begin(), option.names.end());
    else once.push_back(util::join(option.names, "|"));
  }
  return fmt::format("_coprod_options \"{}\" \"{}\"", words(once), words(many));
}

// The names of the commands' options after which nothing else counts
// (--help and -h), joined by |.
std::string bash_alone_names(const std::vector<CommandInfo>& commands) {
  std::vector<std::string> names;
  for (const auto& command : commands) {
    for (const auto& option : command.options) {
      if (option.occurs == Occurs::alone) names.insert(names.end(), option.names.begin(), option.names.end());
    }
  }
  std::sort(names.begin(), names.end());
  names.erase(std::unique(names.begin(), names.end()), names.end());
  return util::join(names, "|");
}

// Before the command: coprod's own options where an option is begun, else
// the commands.
std::string bash_first_word(const CommandLine& line) {
  std::vector<std::string> names;
  for (const auto& command : line.commands) names.push_back(command.name);
  return fmt::format(
      "  if [[ $COMP_CWORD -eq 1 ]]; then\n"
      "    if [[ $cur == -* ]]; then\n      {}\n    else\n      _coprod_words_only \"{}\"\n    fi\n"
      "    return\n  fi\n",
      bash_options_call(line.coprod), words(names));
}

}  // namespace

std::string bash_script(const CommandLine& line) {
  const auto& commands = line.commands;
  std::string out = k_bash_helpers;
  out +=
      "_coprod() {\n"
      "  local cur=\"${COMP_WORDS[COMP_CWORD]}\" prev=\"${COMP_WORDS[COMP_CWORD-1]}\"\n"
      "  local command=\"${COMP_WORDS[1]}\"\n"
      "  # --option=value arrives as three words: --option, = and the value\n"
      "  if [[ $cur == = ]]; then\n    cur=\n"
      "  elif [[ $prev == = && $COMP_CWORD -gt 2 ]]; then\n    prev=\"${COMP_WORDS[COMP_CWORD-2]}\"\n  fi\n"
      "  COMPREPLY=()\n  _coprod_dequote \"$cur\"\n";
  out += bash_first_word(line);
  out += fmt::format("  _coprod_given\n  # after --help nothing else counts\n  _coprod_is_given \"{}\" && return\n",
                     bash_alone_names(commands));
  out += bash_option_values(commands);
  out += "  if [[ $cur == -* ]]; then\n    case \"$command\" in\n";
  for (const auto& command : commands)
    out += fmt::format("      {}) {} ;;\n", command.name, bash_options_call(command));
  out += "    esac\n    return\n  fi\n";
  out += bash_arguments(commands);
  return out + "}\ncomplete -o filenames -F _coprod coprod\n";
}

}  // namespace coprod::cli::completion
