#include "cli/loading.hpp"

#include <filesystem>
#include <system_error>

#include <fmt/format.h>

#include "analysis/comparison.hpp"
#include "cli/assessment_input.hpp"
#include "cli/error.hpp"
#include "cli/files.hpp"
#include "cli/input_versions.hpp"
#include "cli/source_texts.hpp"
#include "util/escape.hpp"
#include "yaml/builtin_frameworks.hpp"
#include "yaml/framework_loader.hpp"

namespace coprod::cli {

namespace {

model::Framework load_framework_file(const std::string& path) {
  auto text = read_input_file(path);
  if (!text) throw Error(k_exit_invalid_input, text.problems());
  auto framework = yaml::load_framework(*text, path);
  if (!framework) throw Error(k_exit_invalid_input, framework.problems());
  return std::move(*framework);
}

bool looks_like_path(const std::string& value) {
  return value.find('/') != std::string::npos || value.ends_with(".yaml") || value.ends_with(".yml");
}

}  // namespace

model::FrameworkCatalog load_catalog(const std::vector<std::string>& framework_files) {
  std::vector<model::Framework> frameworks = yaml::builtin_frameworks();
  for (const auto& path : framework_files) frameworks.push_back(load_framework_file(path));
  return model::FrameworkCatalog(std::move(frameworks));
}

ResolvedFramework resolve_framework(const std::string& id_or_file) {
  if (!looks_like_path(id_or_file)) {
    model::FrameworkCatalog catalog = yaml::builtin_catalog();
    if (auto framework = catalog.find_latest(id_or_file)) return {std::move(catalog), std::move(framework)};
    if (!file_exists(id_or_file)) {
      throw Error(k_exit_usage, fmt::format("unknown framework '{}'; run 'coprod frameworks' for the built-in ones, "
                                            "or give the path of a framework file",
                                            id_or_file));
    }
  }
  // The file is read first, so the catalog is built once with it in.
  model::Framework from_file = load_framework_file(id_or_file);
  const std::string id = from_file.id;
  const int version = from_file.version;
  std::vector<model::Framework> frameworks = yaml::builtin_frameworks();
  frameworks.push_back(std::move(from_file));
  model::FrameworkCatalog catalog(std::move(frameworks));
  auto framework = catalog.find(id, version);
  return {std::move(catalog), std::move(framework)};
}

std::vector<yaml::LoadedAssessment> load_assessments(const std::vector<std::string>& paths,
                                                     const model::FrameworkCatalog& catalog, Console& console,
                                                     std::vector<std::string>* texts) {
  std::vector<yaml::LoadedAssessment> loaded;
  std::vector<std::optional<CommittedVersion>> committed;
  util::Diagnostics problems;
  for (const auto& path : paths) {
    auto input = read_assessment_input(path, catalog, console);
    if (!input) {
      problems.insert(problems.end(), input.problems().begin(), input.problems().end());
      continue;
    }
    auto assessment = yaml::load_assessment(input->text, input->source, catalog);
    if (!assessment) {
      problems.insert(problems.end(), assessment.problems().begin(), assessment.problems().end());
      continue;
    }
    print_diagnostics(console, assessment->warnings);
    loaded.push_back(std::move(*assessment));
    committed.push_back(std::move(input->committed));
    if (texts) texts->push_back(std::move(input->text));
  }
  if (!problems.empty()) throw Error(k_exit_invalid_input, std::move(problems));
  name_versions(paths, committed, loaded);
  return loaded;
}

namespace {

bool same_file_on_disk(const std::string& a, const std::string& b) {
  if (a == b) return true;  // one file, or one revision (HEAD:a.yaml), named twice
  std::error_code error;
  return std::filesystem::equivalent(a, b, error) && !error;
}

}  // namespace

void refuse_files_named_twice(const std::vector<std::string>& paths) {
  util::Diagnostics repeats;
  for (std::size_t later = 1; later < paths.size(); ++later) {
    std::error_code error;  // a folder (summary's) holds files, each read once however often it is named
    if (paths[later] == "-" || std::filesystem::is_directory(paths[later], error)) continue;
    for (std::size_t earlier = 0; earlier < later; ++earlier) {
      if (!same_file_on_disk(paths[earlier], paths[later])) continue;
      repeats.push_back(
          {util::Severity::error,
           paths[later],
           {0, 0},
           paths[earlier] == paths[later]
               ? std::string("this file is named twice; name each file once")
               : fmt::format("this is the same file as {}, named twice; name each file once", paths[earlier])});
      break;
    }
  }
  if (!repeats.empty()) throw Error(k_exit_usage, std::move(repeats));
}

util::Diagnostics find_repeated_inputs(const std::vector<std::string>& paths, const std::vector<std::string>& texts,
                                       util::Severity severity, std::string_view advice) {
  util::Diagnostics repeats;
  for (std::size_t later = 1; later < paths.size() && later < texts.size(); ++later) {
    for (std::size_t earlier = 0; earlier < later; ++earlier) {
      if (texts[earlier] != texts[later]) continue;
      repeats.push_back(
          {severity, paths[later], {0, 0}, fmt::format("this has the same content as {}; {}", paths[earlier], advice)});
      break;
    }
  }
  return repeats;
}

ScoredAssessments load_and_score(const std::vector<std::string>& paths, const model::FrameworkCatalog& catalog,
                                 Console& console) {
  ScoredAssessments scored;
  for (auto& item : load_assessments(paths, catalog, console)) {
    scored.inputs.push_back(std::make_shared<const analysis::AssessmentResult>(
        analysis::score_assessment(std::move(item.framework), std::move(item.assessment))));
  }
  if (!scored.inputs.empty()) {
    auto problems = analysis::check_comparable(scored.inputs);
    if (util::has_errors(problems)) throw Error(k_exit_invalid_input, std::move(problems));
    print_diagnostics(console, problems);
  }
  return scored;
}

std::string diagnostic_line(const util::Diagnostic& diagnostic) {
  // Messages quote the user's files, which may hold terminal control characters.
  return util::terminal_text(with_character_column(diagnostic).to_string()) + "\n";
}

void print_diagnostics(Console& console, const util::Diagnostics& diagnostics) {
  for (const auto& diagnostic : diagnostics) console.err(diagnostic_line(diagnostic));
}

}  // namespace coprod::cli
