// coprod frameworks: list the frameworks, or show one in full.

#include <memory>

#include <fmt/format.h>

#include "cli/command.hpp"
#include "cli/error.hpp"
#include "cli/loading.hpp"
#include "cli/terminal.hpp"
#include "render/framework_outline.hpp"
#include "yaml/builtin_frameworks.hpp"

namespace coprod::cli {

namespace {

struct FrameworksOptions {
  std::string framework;
  bool yaml = false;
  std::size_t width = 0;  // --width; 0: not given (see report_width())
};

std::string builtin_source(const std::string& id) {
  for (const auto& source : yaml::builtin_framework_sources()) {
    if (source.file_name == id + ".yaml") return std::string(source.text);
  }
  throw Error(k_exit_usage, fmt::format("--yaml shows built-in frameworks only, and '{}' is not one", id));
}

int run_frameworks(const FrameworksOptions& options, Console& console) {
  const std::size_t width = report_width(options.width, true, console, 40, 400);
  if (options.framework.empty()) {
    console.out(render::render_framework_list(load_catalog({}).all(), width));
    return k_exit_success;
  }
  const auto framework = resolve_framework(options.framework).framework;
  console.out(options.yaml ? builtin_source(framework->id) : render::render_framework_outline(*framework, width));
  return k_exit_success;
}

}  // namespace

CommandRunner setup_frameworks(CLI::App& app) {
  auto options = std::make_shared<FrameworksOptions>();
  CLI::App* command = app.add_subcommand(
      "frameworks",
      "List the built-in frameworks, or show one in full: each section's aim and what will be different, "
      "and each row's id, early indicator and warning sign.");
  accepts_framework_id(
      command->add_option("framework", options->framework, "A framework id or framework file to show in full"));
  command->add_flag("--yaml", options->yaml,
                    "Print the built-in framework's YAML source, a starting point for an area's own framework");
  restrict_to_whole_numbers(command->add_option("--width", options->width,
                                                "The width to wrap text to, in columns (default: the terminal's width "
                                                "when writing to one, else 80)"),
                            40, 400, 80);
  return {command, [options](Console& console) { return run_frameworks(*options, console); }};
}

}  // namespace coprod::cli
