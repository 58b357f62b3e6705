#pragma once
// What shell completion is made from: coprod's command line as CLI11 defines
// it (commands, their options and what each takes), read once by describe()
// and written out as a bash or a zsh script.

#include <string>
#include <vector>

namespace CLI {
class App;
}

namespace coprod::cli::completion {

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

struct CommandLine {
  CommandInfo coprod;  // coprod's own options (--help, --version), before a command
  std::vector<CommandInfo> commands;
};

// The command line `app` defines: its own options, then each command's.
CommandLine describe(const CLI::App& app);

// The items, one space between each.
std::string words(const std::vector<std::string>& items);

// `coprod completion bash` (completion_bash.cpp) and `coprod completion zsh` (completion_zsh.cpp).
std::string bash_script(const CommandLine& line);
std::string zsh_script(const CommandLine& line);

}  // namespace coprod::cli::completion
