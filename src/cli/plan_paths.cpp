#include "cli/plan_paths.hpp"

#include <filesystem>
#include <optional>
#include <vector>

#include <fmt/format.h>

#include "cli/git_repository.hpp"

namespace coprod::cli {

namespace {

namespace fs = std::filesystem;

fs::path resolved(const fs::path& path) {
  std::error_code error;
  const fs::path absolute = fs::absolute(path, error);
  const fs::path canonical = fs::weakly_canonical(absolute, error);
  return error ? absolute.lexically_normal() : canonical;
}

bool is_inside(const fs::path& path, const fs::path& folder) {
  const fs::path relative = path.lexically_relative(folder);
  return !relative.empty() && *relative.begin() != "..";
}

util::Diagnostic plan_problem(const std::string& plan_path, util::Position position, const std::string& message) {
  return {util::Severity::error, plan_path, position, message};
}

}  // namespace

util::Result<std::string> plan_assessment_path(const std::string& plan_path, const std::string& named,
                                               util::Position position) {
  const std::string& shown = named;  // diagnostics are escaped when printed
  if (fs::path(named).is_absolute()) {
    return plan_problem(plan_path, position,
                        fmt::format("the assessment '{}' is an absolute path, so it was not read; a plan "
                                    "names its assessments relative to its own folder",
                                    shown));
  }
  const fs::path plan_folder = fs::path(plan_path).parent_path();
  const std::string path = (plan_folder / named).string();
  const fs::path target = resolved(path);
  std::vector<fs::path> allowed;
  const auto repository = GitRepository::discover(plan_folder.empty() ? "." : plan_folder.string());
  if (repository && !repository->workdir().empty()) {
    allowed.push_back(resolved(repository->workdir()));
  } else {
    allowed.push_back(resolved("."));
    allowed.push_back(resolved(plan_folder.empty() ? "." : plan_folder));
  }
  for (const auto& folder : allowed) {
    if (is_inside(target, folder)) return path;
  }
  const char* place =
      repository ? "the git repository that holds the plan" : "the current folder and the plan's folder";
  return plan_problem(plan_path, position,
                      fmt::format("the assessment '{}' is outside {}, so it was not read; a plan may only "
                                  "name files inside {}, relative to the plan's folder",
                                  shown, place, repository ? "its repository" : "those folders"));
}

std::vector<util::Position> plan_assessment_positions(const yaml::Node& root) {
  std::vector<util::Position> positions;
  const yaml::Node* list = root.find("assessments");
  if (list && list->is_sequence()) {
    for (const auto& item : list->items) positions.push_back(item.position);
  }
  return positions;
}

util::Result<std::vector<PlanAssessmentFile>> plan_assessment_files(const std::string& plan_path,
                                                                    const std::vector<std::string>& named,
                                                                    const yaml::Node& root) {
  const auto positions = plan_assessment_positions(root);
  std::vector<PlanAssessmentFile> files;
  util::Diagnostics problems;
  for (std::size_t i = 0; i < named.size(); ++i) {
    const util::Position named_at = i < positions.size() ? positions[i] : util::Position{};
    auto found = plan_assessment_path(plan_path, named[i], named_at);
    if (found) files.push_back({*found, named_at});
    else problems.insert(problems.end(), found.problems().begin(), found.problems().end());
  }
  if (!problems.empty()) return problems;
  return files;
}

}  // namespace coprod::cli
