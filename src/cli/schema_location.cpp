#include "cli/schema_location.hpp"

#include <filesystem>
#include <vector>

namespace coprod::cli {

std::string default_schema_location() {
  namespace fs = std::filesystem;
  std::vector<fs::path> candidates;
  std::error_code error;
  const fs::path executable = fs::read_symlink("/proc/self/exe", error);
  if (!error)
    candidates.push_back(executable.parent_path().parent_path() / "share/coprod/schemas/assessment.schema.json");
  candidates.push_back(fs::path(COPROD_SOURCE_DIR) / "schemas/assessment.schema.json");
  for (const auto& candidate : candidates) {
    if (fs::is_regular_file(candidate, error)) return candidate.lexically_normal().string();
  }
  return {};
}

}  // namespace coprod::cli
