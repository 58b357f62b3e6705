#include "cli/loading.hpp"

#include <algorithm>
#include <filesystem>
#include <iterator>
#include <map>
#include <optional>
#include <string_view>
#include <sys/stat.h>
#include <system_error>
#include <unordered_map>
#include <utility>
#include <variant>

#include <fmt/format.h>

#include "analysis/comparison.hpp"
#include "cli/assessment_input.hpp"
#include "cli/error.hpp"
#include "cli/files.hpp"
#include "cli/input_versions.hpp"
#include "cli/source_texts.hpp"
#include "util/escape.hpp"
#include "util/text.hpp"
#include "yaml/builtin_frameworks.hpp"
#include "yaml/document.hpp"
#include "yaml/framework_loader.hpp"
#include "yaml/text_fields.hpp"

namespace coprod::cli {

namespace {

// A framework file with a built-in framework's id would stand in for the
// national tool (the same version) or be passed over (another version), with
// nothing to say which: refused, at its id.
// Where a framework file's `id:` is, for the messages about its id.
util::Position id_position(const std::string& text, const std::string& path) {
  if (auto root = yaml::parse_document(text, path); root && root->find("id")) return root->find("id")->position;
  return {0, 0};
}

void refuse_builtin_id(const model::Framework& framework, const std::string& text, const std::string& path) {
  const auto builtin = yaml::builtin_catalog().find_latest(framework.id);
  if (!builtin) return;
  throw Error(k_exit_invalid_input,
              util::Diagnostics{{util::Severity::error, path, id_position(text, path),
                                 fmt::format("'{}' is the id of a built-in framework ({}), so coprod could not tell "
                                             "the two apart; give your framework its own id, such as '{}-local', and "
                                             "write that id as 'framework:' in the assessments made with it",
                                             framework.id, builtin->title, framework.id)}});
}

struct FrameworkFile {
  model::Framework framework;
  std::string text;
};

FrameworkFile read_framework_file(const std::string& path) {
  auto text = read_input_file(path);
  if (!text) throw Error(k_exit_invalid_input, text.problems());
  auto framework = yaml::load_framework(*text, path);
  if (!framework) throw Error(k_exit_invalid_input, framework.problems());
  refuse_builtin_id(*framework, *text, path);
  return {std::move(*framework), std::move(*text)};
}

model::Framework load_framework_file(const std::string& path) { return std::move(read_framework_file(path).framework); }

// Two --framework files with the same id and version: one would silently
// stand in for the other, so the later is refused, at its id, as a framework
// with a built-in one's id is.
using FrameworkKey = std::pair<std::string, int>;
void refuse_same_id_twice(const FrameworkFile& file, const std::string& path,
                          const std::map<FrameworkKey, std::string>& earlier) {
  const auto found = earlier.find({file.framework.id, file.framework.version});
  if (found == earlier.end()) return;
  if (found->second == path) {
    throw Error(k_exit_usage,
                util::Diagnostics{
                    {util::Severity::error, path, {0, 0}, "this file is given twice with --framework; give it once"}});
  }
  throw Error(k_exit_invalid_input,
              util::Diagnostics{{util::Severity::error, path, id_position(file.text, path),
                                 fmt::format("framework '{}' version {} is in {} too, given before this one with "
                                             "--framework, so coprod could not tell which to use; give one of them "
                                             "its own id (or a higher version), or give only one of the two files",
                                             file.framework.id, file.framework.version, found->second)}});
}

bool looks_like_path(const std::string& value) {
  return value.find('/') != std::string::npos || value.ends_with(".yaml") || value.ends_with(".yml");
}

}  // namespace

model::FrameworkCatalog load_catalog(const std::vector<std::string>& framework_files) {
  std::vector<model::Framework> frameworks = yaml::builtin_frameworks();
  std::map<FrameworkKey, std::string> files_read;  // the file each id and version came from
  for (const auto& path : framework_files) {
    FrameworkFile file = read_framework_file(path);
    refuse_same_id_twice(file, path, files_read);
    files_read.emplace(FrameworkKey{file.framework.id, file.framework.version}, path);
    frameworks.push_back(std::move(file.framework));
  }
  return model::FrameworkCatalog(std::move(frameworks));
}

namespace {

// " (did you mean 'ipc-coproduction'?)": for a typo, or the start of one
// built-in id ("ipc"); empty when neither.
std::string likely_framework(const std::string& given, const model::FrameworkCatalog& catalog) {
  const std::vector<std::string> ids = catalog.ids();
  std::optional<std::string> likely = util::closest_match(given, ids);
  if (!likely && !given.empty()) {
    std::vector<std::string> starting;
    std::copy_if(ids.begin(), ids.end(), std::back_inserter(starting),
                 [&given](const std::string& id) { return id.starts_with(given + "-"); });
    if (starting.size() == 1) likely = starting.front();
  }
  return likely ? fmt::format(" (did you mean '{}'?)", *likely) : std::string();
}

}  // namespace

ResolvedFramework resolve_framework(const std::string& id_or_file) {
  if (!looks_like_path(id_or_file)) {
    model::FrameworkCatalog catalog = yaml::builtin_catalog();
    if (auto framework = catalog.find_latest(id_or_file)) return {std::move(catalog), std::move(framework)};
    if (!file_exists(id_or_file)) {
      throw Error(k_exit_usage, fmt::format("unknown framework '{}'{}; run 'coprod frameworks' for the built-in ones, "
                                            "or give the path of a framework file",
                                            util::terminal_text(id_or_file), likely_framework(id_or_file, catalog)));
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
                                                     std::vector<std::string>* texts,
                                                     std::vector<std::vector<model::TextField>>* fields) {
  std::vector<yaml::LoadedAssessment> loaded;
  std::vector<std::optional<CommittedVersion>> committed;
  util::Diagnostics problems;
  for (const auto& path : paths) {
    auto input = read_assessment_input(path, catalog, console);
    if (!input) {
      problems.insert(problems.end(), input.problems().begin(), input.problems().end());
      continue;
    }
    auto document = yaml::parse_document(input->text, input->source);
    if (!document) {
      problems.insert(problems.end(), document.problems().begin(), document.problems().end());
      continue;
    }
    auto assessment = yaml::load_assessment(*document, input->source, catalog);
    if (!assessment) {
      problems.insert(problems.end(), assessment.problems().begin(), assessment.problems().end());
      continue;
    }
    print_diagnostics(console, assessment->warnings);
    loaded.push_back(std::move(*assessment));
    committed.push_back(std::move(input->committed));
    if (fields) fields->push_back(yaml::find_text_fields(input->text, *document));
    if (texts) texts->push_back(std::move(input->text));
  }
  if (!problems.empty()) throw Error(k_exit_invalid_input, std::move(problems));
  name_versions(paths, committed, loaded);
  return loaded;
}

namespace {

// What makes two names one file: the file on disk (device and inode, so any
// name or link of it), or for what is not a file on disk (a revision such as
// HEAD:a.yaml) the name itself.
using FileIdentity = std::variant<std::pair<dev_t, ino_t>, std::string>;

FileIdentity identity_of(const std::string& path) {
  struct stat info {};
  if (::stat(path.c_str(), &info) == 0) return std::pair{info.st_dev, info.st_ino};
  return path;
}

bool is_folder(const std::string& path) {
  std::error_code error;
  return std::filesystem::is_directory(path, error);
}

// "this file is named twice; name each file once", or the like for a folder,
// or for one named under two names.
std::string named_twice_message(const std::string& path, const std::string& earlier) {
  const std::string_view what = is_folder(path) ? "folder" : "file";
  if (earlier == path) return fmt::format("this {0} is named twice; name each {0} once", what);
  return fmt::format("this is the same {0} as {1}, named twice; name each {0} once", what, earlier);
}

// The named folder (its index in the paths) that holds `path` at any depth,
// under any name or link, if one does: summary reads all of a folder's files.
std::optional<std::size_t> named_folder_holding(const std::string& path,
                                                const std::map<FileIdentity, std::size_t>& folders) {
  std::error_code error;
  auto folder = std::filesystem::weakly_canonical(path, error);
  if (error) return std::nullopt;
  while (folder.has_relative_path()) {
    folder = folder.parent_path();
    if (const auto found = folders.find(identity_of(folder.string())); found != folders.end()) return found->second;
  }
  return std::nullopt;
}

// Each file or folder named with a folder that holds it ("area area/a.yaml").
util::Diagnostics find_named_inside_folders(const std::vector<std::string>& paths,
                                            const std::map<FileIdentity, std::size_t>& folders) {
  util::Diagnostics inside;
  if (folders.empty()) return inside;
  for (const auto& path : paths) {
    if (path == "-" || !file_exists(path)) continue;  // a missing file is refuse_missing_paths()'s
    const auto folder = named_folder_holding(path, folders);
    if (!folder) continue;
    inside.push_back({util::Severity::error,
                      path,
                      {0, 0},
                      fmt::format("this {} is inside {}, which is named too, so it would be read twice; name each "
                                  "file or folder once",
                                  is_folder(path) ? "folder" : "file", paths[*folder])});
  }
  return inside;
}

}  // namespace

// One look-up per file (not per pair): `score` is given thousands of files.
void refuse_files_named_twice(const std::vector<std::string>& paths) {
  util::Diagnostics repeats;
  std::map<FileIdentity, std::size_t> first_named;
  std::map<FileIdentity, std::size_t> folders;  // summary's
  for (std::size_t index = 0; index < paths.size(); ++index) {
    if (paths[index] == "-") continue;
    const FileIdentity identity = identity_of(paths[index]);
    const auto [first, is_new] = first_named.emplace(identity, index);
    if (!is_new) {
      const std::string message = named_twice_message(paths[index], paths[first->second]);
      repeats.push_back({util::Severity::error, paths[index], {0, 0}, message});
    } else if (is_folder(paths[index])) {
      folders.emplace(identity, index);
    }
  }
  if (repeats.empty()) repeats = find_named_inside_folders(paths, folders);
  if (!repeats.empty()) throw Error(k_exit_usage, std::move(repeats));
}

util::Diagnostics find_repeated_inputs(const std::vector<std::string>& paths, const std::vector<std::string>& texts,
                                       util::Severity severity, std::string_view advice) {
  util::Diagnostics repeats;
  std::unordered_map<std::string_view, std::size_t> first_with_text;
  for (std::size_t index = 0; index < paths.size() && index < texts.size(); ++index) {
    const auto [first, is_new] = first_with_text.emplace(texts[index], index);
    if (is_new) continue;
    repeats.push_back({severity,
                       paths[index],
                       {0, 0},
                       fmt::format("this has the same content as {}; {}", paths[first->second], advice)});
  }
  return repeats;
}

ScoredAssessments load_and_score(const std::vector<std::string>& paths, const model::FrameworkCatalog& catalog,
                                 Console& console) {
  return score_together(load_assessments(paths, catalog, console), console);
}

ScoredAssessments score_together(std::vector<yaml::LoadedAssessment> loaded, Console& console) {
  ScoredAssessments scored;
  for (auto& item : loaded) {
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
