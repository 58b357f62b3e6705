// coprod git-setup: readable `git diff` of assessment files in this repository.

#include <filesystem>
#include <memory>

#include <fmt/format.h>

#include "cli/command.hpp"
#include "cli/error.hpp"
#include "cli/files.hpp"
#include "cli/git_repository.hpp"
#include "cli/output_file.hpp"
#include "util/escape.hpp"
#include "util/shell_word.hpp"
#include "util/text.hpp"

namespace coprod::cli {

namespace {

struct GitSetupOptions {
  std::string pattern = "*.coprod.yaml";
  std::string command;  // empty: this coprod by its full path (textconv_command())
};

constexpr const char* k_textconv_arguments = "score --format diff";

// The running coprod by its full path (/proc/self/exe), so git diff works
// where coprod is not on PATH; plain "coprod" where that cannot be known.
std::string textconv_command() {
  std::error_code error;
  const auto self = std::filesystem::read_symlink("/proc/self/exe", error);
  if (error || self.empty()) return fmt::format("coprod {}", k_textconv_arguments);
  return fmt::format("{} {}", util::shell_word(self.string()), k_textconv_arguments);
}

bool has_line(const std::string& text, const std::string& line) {
  for (const auto existing : util::split_lines(text)) {
    if (util::trim(existing) == line) return true;
  }
  return false;
}

int run_git_setup(const GitSetupOptions& options, Console& console) {
  const auto repository = GitRepository::discover(".");
  if (!repository)
    throw Error(k_exit_invalid_input, "the current folder is not in a git repository; run this inside one");
  std::error_code error;
  const auto full_path = std::filesystem::path(repository->workdir()) / ".gitattributes";
  if (std::filesystem::is_symlink(full_path, error)) {
    throw Error(k_exit_invalid_input,
                fmt::format("the repository's .gitattributes is a symbolic link (to {}); git does not follow "
                            "it, and coprod will not write through it: replace it with a plain file",
                            util::terminal_text(std::filesystem::read_symlink(full_path, error).string())));
  }
  const auto relative = std::filesystem::relative(full_path, error);
  const std::string attributes = (error || relative.empty() ? full_path : relative).string();
  const std::string line = options.pattern + " diff=coprod";
  std::string text;
  if (file_exists(attributes)) {
    auto existing = read_input_file(attributes);
    if (!existing) throw Error(k_exit_invalid_input, existing.problems());
    text = std::move(*existing);
  }
  if (!has_line(text, line)) {
    if (!text.empty() && text.back() != '\n') text += '\n';
    text += line + '\n';
    write_output_file(console, attributes, text, true);
    console.err(fmt::format("Added '{}' to {} (commit it, so everyone's diffs use it).\n", line, attributes));
  } else {
    console.err(fmt::format("{} already has '{}'.\n", attributes, line));
  }
  const std::string command = options.command.empty() ? textconv_command() : options.command;
  if (!repository->set_config("diff.coprod.textconv", command)) {
    throw Error(k_exit_not_written, "could not write this repository's git configuration");
  }
  console.err(
      fmt::format("Set diff.coprod.textconv to '{}' in this repository's .git/config (each clone needs it once; "
                  "git does not copy configuration).\n",
                  command));
  if (options.command.empty()) {
    console.err(
        fmt::format("It names this coprod by its full path, so git diff works where coprod is not on PATH. If "
                    "coprod moves, run coprod git-setup again; to use whichever coprod is on PATH instead: "
                    "coprod git-setup --command 'coprod {}'\n",
                    k_textconv_arguments));
  }
  return k_exit_success;
}

}  // namespace

CommandRunner setup_git_setup(CLI::App& app) {
  auto options = std::make_shared<GitSetupOptions>();
  CLI::App* command = app.add_subcommand(
      "git-setup",
      "Make `git diff` and `git log -p` show assessment changes as readable lines (\"2. Contact and connect 2.7\" "
      "-> \"3.0\"): adds '*.coprod.yaml diff=coprod' to the repository's .gitattributes and sets "
      "diff.coprod.textconv in its .git/config.");
  command->add_option("--pattern", options->pattern, "Which files use the driver")
      ->default_str("*.coprod.yaml")
      ->type_name("PATTERN");
  command
      ->add_option("--command", options->command,
                   "The textconv command (default: this coprod by its full path, then 'score --format diff', so it "
                   "works where coprod is not on PATH)")
      ->type_name("COMMAND");
  return {command, [options](Console& console) { return run_git_setup(*options, console); }};
}

}  // namespace coprod::cli
