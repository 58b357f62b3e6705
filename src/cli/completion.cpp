// coprod completion: bash and zsh completion, made from the command line's
// own definition (so it never falls out of step), with the built-in
// frameworks' ids and section.row references. The scripts are written by
// completion_bash.cpp and completion_zsh.cpp.

#include <algorithm>
#include <memory>

#include "cli/command.hpp"
#include "cli/completion_command_line.hpp"
#include "cli/error.hpp"
#include "util/text.hpp"
#include "yaml/assessment_fields.hpp"
#include "yaml/builtin_frameworks.hpp"

namespace coprod::cli {

namespace completion {

namespace {

// Rows (--set-evidence, --add-evidence), or every field --set reaches (see yaml/assessment_fields.hpp).
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

// What plan's --set reaches, for the draft actions 'plan --write' names (a
// section's id and "-1") and the reflections: a plan's own ids are in its file.
std::vector<std::string> plan_references() {
  std::vector<std::string> references;
  const auto catalog = yaml::builtin_catalog();
  for (const auto& shared : catalog.all()) {
    for (const auto& section : shared->sections) {
      for (const char* field : {"what", "owner", "due", "status", "target", "notes"})
        references.push_back(section.id + "-1." + field + "=");
    }
  }
  for (const char* field : {"surprising", "challenging", "learnt", "priorities"})
    references.push_back(std::string("reflections.") + field + "=");
  for (const char* field : {"what", "owner", "due", "status", "target", "notes"})  // the action --add-action adds
    references.push_back(std::string("new.") + field + "=");
  std::sort(references.begin(), references.end());
  references.erase(std::unique(references.begin(), references.end()), references.end());
  return references;
}

// The built-in frameworks' section ids, for plan's --add-action.
std::vector<std::string> section_ids() {
  std::vector<std::string> ids;
  const auto catalog = yaml::builtin_catalog();
  for (const auto& shared : catalog.all()) {
    for (const auto& section : shared->sections) ids.push_back(section.id);
  }
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  return ids;
}

// Options whose value is a file or folder name, unless they have choices (a
// framework option that also takes an id says so: takes_framework_id()).
bool names_a_file(const std::string& name) {
  for (const char* file_option :
       {"output", "from", "plan", "previous", "review", "framework", "schema", "write", "edit"}) {
    if (name == file_option) return true;
  }
  return false;
}

ValueInfo option_value(const CLI::Option& option, const std::string& name, const std::string& command) {
  ValueInfo value;
  if (const auto* choices = choices_of(&option)) value.choices = *choices;
  if (name == "set" && command == "plan") value.choices = plan_references();
  else if (name == "set" || name == "set-evidence" || name == "add-evidence")
    value.choices = row_references(name == "set");
  if (name == "add-action") value.choices = section_ids();
  if (name == "row") {  // plan's --add-action --row: a row's reference, without the '=' of --set-evidence
    value.choices = row_references(false);
    for (auto& reference : value.choices) reference.pop_back();
  }
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
                      option_value(*option, name, app.get_name()),
                      occurrences(app, *option)};
      for (const auto& short_name : option->get_snames()) info.names.push_back("-" + short_name);
      command.options.push_back(info);
    }
  }
  return command;
}

}  // namespace

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

}  // namespace completion

CommandRunner setup_completion(CLI::App& app) {
  auto shell = std::make_shared<std::string>();
  CLI::App* command = app.add_subcommand(
      "completion",
      "Print shell completion for bash or zsh: commands, options, --format values, framework ids and section.row "
      "references. Installed with coprod; to use it now: source <(coprod completion bash)");
  restrict_to(command->add_option("shell", *shell, "bash or zsh"), {"bash", "zsh"})->required();
  CLI::App* parent = &app;
  return {command, [shell, parent](Console& console) {
            const auto line = completion::describe(*parent);
            console.out(*shell == "zsh" ? completion::zsh_script(line) : completion::bash_script(line));
            return 0;
          }};
}

}  // namespace coprod::cli
