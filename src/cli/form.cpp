// coprod form: a self-contained HTML scoring form, blank or started from a file.

#include <memory>

#include <fmt/format.h>

#include "cli/command.hpp"
#include "cli/error.hpp"
#include "cli/files.hpp"
#include "cli/loading.hpp"
#include "cli/output_file.hpp"
#include "cli/output_format_warning.hpp"
#include "cli/output_place.hpp"
#include "cli/standard_input.hpp"
#include "model/typed_period.hpp"
#include "render/form_page.hpp"
#include "render/row_words.hpp"
#include "util/text.hpp"
#include "yaml/assessment_writer.hpp"

namespace coprod::cli {

namespace {

struct FormOptions {
  std::string file;  // an assessment to start from; empty for a blank form
  std::string output;
  std::string framework;
  std::string perspective;
  std::string area;
  std::string period;
  std::string schema;
  bool force = false;
};

render::FormIdentity identity_from_options(const FormOptions& options) {
  render::FormIdentity identity;
  if (!options.area.empty()) identity.area = options.area;
  if (!options.period.empty()) {
    identity.period = model::parse_typed_period(options.period);  // as the form's own box takes it
    if (!identity.period) {
      throw Error(k_exit_usage, fmt::format("--period '{}' is not a review period; {}", options.period,
                                            model::what_to_write_for_period(options.period)));
    }
  }
  if (!options.perspective.empty()) {
    identity.perspective = perspective_option(options.perspective);
  }
  return identity;
}

void refuse_identity_with_file(const FormOptions& options) {
  if (!options.perspective.empty() || !options.area.empty() || !options.period.empty()) {
    throw Error(k_exit_usage,
                "a form started from a file takes the area, perspective and period from that file; "
                "leave out --area, --perspective and --period");
  }
}

std::string describe_form(const model::Framework& framework, const render::FormIdentity& identity) {
  // Where every section is its one row (the shorter guides), the sections are what is scored: counted once.
  const std::string sections = util::counted(framework.sections.size(), "section", "sections");
  std::string text = render::row_words(framework).sections
                         ? sections
                         : fmt::format("{} in {}", util::counted(framework.row_count(), "row", "rows"), sections);
  std::vector<std::string> asked;
  if (!identity.area) asked.push_back("the area");
  if (!identity.period) asked.push_back("the period");
  if (!identity.perspective) asked.push_back("whose view it is");
  if (!asked.empty()) {
    text += "; the form asks for ";
    for (std::size_t i = 0; i < asked.size(); ++i)
      text += (i == 0 ? "" : i + 1 == asked.size() ? " and " : ", ") + asked[i];
  }
  return text;
}

int run_form(const FormOptions& options, Console& console) {
  refuse_standard_input_twice({{"", {options.file}}, {"--framework", {options.framework}}});
  refuse_output_among_inputs(options.output, {{options.file, options.framework}});
  check_output_writable(options.output, options.force);
  warn_about_output_format(console, options.output, "html", {});
  render::FormPage page;
  page.schema_url = options.schema;
  std::vector<yaml::LoadedAssessment> loaded;  // page.values and page.text are views of these
  std::vector<std::string> texts;
  if (options.file.empty()) {
    page.framework =
        resolve_framework(options.framework.empty() ? std::string(k_default_framework) : options.framework).framework;
    page.identity = identity_from_options(options);
  } else {
    refuse_identity_with_file(options);
    const model::FrameworkCatalog catalog =
        options.framework.empty() ? load_catalog({}) : resolve_framework(options.framework).catalog;
    loaded = load_assessments({options.file}, catalog, console, &texts);
    page.text = texts.front();
    const model::Assessment& assessment = loaded.front().assessment;
    page.framework = loaded.front().framework;
    page.values = &assessment;
    page.identity = {assessment.area, assessment.period, assessment.perspective};
  }
  page.comments = yaml::assessment_file_comments(*page.framework);
  write_output_file(console, options.output, render::render_form_page(page), options.force);
  const auto place = output_place(options.output);
  if (place == OutputPlace::nowhere) console.err(nothing_kept_message(options.output, "the form"));
  if (place == OutputPlace::file) {
    console.err(
        fmt::format("Created {}: a scoring form, {} ({}). Open it in any web browser; it needs no "
                    "network.\n",
                    options.output, page.framework->title, describe_form(*page.framework, page.identity)));
  }
  return k_exit_success;
}

}  // namespace

CommandRunner setup_form(CLI::App& app) {
  auto options = std::make_shared<FormOptions>();
  CLI::App* command = app.add_subcommand(
      "form",
      "Write a scoring form: one HTML file that people open in any web browser, offline, to score the tool "
      "without editing YAML. It shows the guide's wording, works out each section's score and the "
      "co-production web as they go, and saves the same .coprod.yaml file 'coprod init' writes.");
  command->add_option("file", options->file, "An assessment file to start from (leave out for a blank form)");
  command->add_option("-o,--output", options->output, "The HTML file to write (- for standard output)")
      ->required()
      ->type_name("FILE");
  accepts_framework_id(command
                           ->add_option("--framework", options->framework,
                                        "A built-in framework id (see 'coprod frameworks') or a framework file. "
                                        "Default: ipc-coproduction, or the one the file names")
                           ->type_name("FRAMEWORK"));
  command
      ->add_option("--perspective", options->perspective,
                   "Whose view the form records: organisation, peer-network or individual (an individual's "
                   "form asks for no name and saves as response-<random>.coprod.yaml for 'coprod combine'); "
                   "left out, the form asks")
      ->type_name("PERSPECTIVE");
  remember_perspectives(command->get_option("--perspective"));
  command->add_option("--area", options->area, "The local area, for example \"Northbridge\"; left out, the form asks")
      ->type_name("AREA");
  command->add_option("--period", options->period, "The review period, for example 2026-Q3; left out, the form asks")
      ->type_name("PERIOD");
  command
      ->add_option("--schema", options->schema,
                   "A JSON Schema path or URL for the saved file's '# yaml-language-server' line, unless the "
                   "file opened has its own (default: none, since the form is filled in on other computers)")
      ->type_name("LOCATION");
  command->add_flag("--force", options->force, "Replace the output file if it already exists");
  return {command, [options](Console& console) { return run_form(*options, console); }};
}

}  // namespace coprod::cli
