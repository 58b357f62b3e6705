#include "cli/shown_paths.hpp"

#include <filesystem>
#include <memory>
#include <optional>
#include <system_error>

#include "util/shown_path.hpp"

namespace coprod::cli {

namespace {

namespace fs = std::filesystem;

// The top folder of the git repository `file` (absolute) is in: the nearest
// folder above it with a .git folder or file.
std::optional<std::string> repository_top(const fs::path& file) {
  std::error_code error;
  for (fs::path folder = file.parent_path(); !folder.empty(); folder = folder.parent_path()) {
    if (fs::exists(folder / ".git", error)) return folder.string();
    if (folder == folder.root_path()) break;
  }
  return std::nullopt;
}

}  // namespace

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
  return shown;
}

}  // namespace coprod::cli
