#include "cli/shown_paths.hpp"

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <system_error>
#include <vector>

#include "util/shown_path.hpp"

namespace coprod::cli {

namespace {

namespace fs = std::filesystem;

// The last `parts` names of `path` made absolute: "org/q4.yaml" for 2.
std::string last_parts(const std::string& path, std::size_t parts) {
  std::error_code error;
  const fs::path absolute = fs::absolute(path, error).lexically_normal();
  std::vector<std::string> names;
  for (const auto& name : absolute.relative_path()) names.push_back(name.string());
  const std::size_t first = names.size() > parts ? names.size() - parts : 0;
  fs::path shown;
  for (std::size_t i = first; i < names.size(); ++i) shown /= names[i];
  return shown.string();
}

bool shown_twice(const analysis::AssessmentResults& results, std::size_t index) {
  for (std::size_t i = 0; i < results.size(); ++i) {
    if (i != index && results[i]->assessment->source == results[index]->assessment->source) return true;
  }
  return false;
}

// Two different files shown by one name (two q4.yaml outside the current
// folder and any repository) get as many of their folders' names as tell
// them apart: "org/q4.yaml" and "peer/q4.yaml".
void told_apart(analysis::AssessmentResults& shown, const analysis::AssessmentResults& typed) {
  for (std::size_t parts = 2; parts < 64; ++parts) {
    std::vector<std::size_t> twice;
    for (std::size_t i = 0; i < shown.size(); ++i) {
      if (shown_twice(shown, i) && typed[i]->assessment->source != shown[i]->assessment->source) twice.push_back(i);
    }
    if (twice.empty()) return;
    for (const auto i : twice) {
      auto assessment = std::make_shared<model::Assessment>(*shown[i]->assessment);
      assessment->source = last_parts(typed[i]->assessment->source, parts);
      auto copy = std::make_shared<analysis::AssessmentResult>(*shown[i]);
      copy->assessment = std::move(assessment);
      shown[i] = std::move(copy);
    }
  }
}

}  // namespace

std::optional<std::string> repository_top(const fs::path& file) {
  std::error_code error;
  for (fs::path folder = file.parent_path(); !folder.empty(); folder = folder.parent_path()) {
    if (fs::exists(folder / ".git", error)) return folder.string();
    if (folder == folder.root_path()) break;
  }
  return std::nullopt;
}

std::string shown_input_path(const std::string& path) {
  std::error_code error;
  if (path == "-" || !fs::is_regular_file(path, error)) return path;
  const fs::path current = fs::current_path(error);
  if (error) return fs::path(path).filename().string();
  const fs::path file = (current / path).lexically_normal();
  return util::shown_path(path, current.string(), repository_top(file));
}

analysis::AssessmentResults with_shown_paths(const analysis::AssessmentResults& results) {
  analysis::AssessmentResults shown;
  for (const auto& result : results) {
    auto assessment = std::make_shared<model::Assessment>(*result->assessment);
    assessment->source = shown_input_path(assessment->source);
    auto copy = std::make_shared<analysis::AssessmentResult>(*result);
    copy->assessment = std::move(assessment);
    shown.push_back(std::move(copy));
  }
  told_apart(shown, results);
  return shown;
}

}  // namespace coprod::cli
