// The zsh completion script: _arguments specs for coprod's own options and
// each command's, with descriptions; it loads with source or from $fpath.

#include <string_view>

#include <fmt/format.h>

#include "cli/completion_command_line.hpp"
#include "util/text.hpp"
#include "yaml/builtin_frameworks.hpp"

namespace coprod::cli::completion {

namespace {

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

}  // namespace

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

}  // namespace coprod::cli::completion
