#include "cli/schema_location.hpp"

#include <system_error>

#include "cli/output_place.hpp"

namespace coprod::cli {

namespace fs = std::filesystem;

namespace {

// The top of the repository `folder` is in (itself or a folder above), if any.
std::optional<fs::path> repository_top_of(const fs::path& folder, const SchemaDisk& disk) {
  for (fs::path at = folder; !at.empty(); at = at.parent_path()) {
    if (disk.is_repository_top(at)) return at;
    if (at == at.root_path()) break;
  }
  return std::nullopt;
}

bool inside(const fs::path& path, const fs::path& folder) {
  const fs::path relative = path.lexically_relative(folder);
  return !relative.empty() && *relative.begin() != "..";
}

// Only an installed coprod names its own schema: from a build folder the path
// would be one machine's (a checkout's), and the line goes into files people
// commit and share.
std::string installed_schema(std::string_view name) {
  std::error_code error;
  const fs::path executable = fs::read_symlink("/proc/self/exe", error);
  if (error) return {};
  const fs::path installed = executable.parent_path().parent_path() / "share/coprod/schemas" / name;
  return fs::is_regular_file(installed, error) ? installed.lexically_normal().string() : std::string();
}

}  // namespace

fs::path folder_of_written_file(const std::string& output) {
  std::error_code error;
  if (output_place(output) == OutputPlace::file) return fs::absolute(output, error).parent_path().lexically_normal();
  return fs::current_path(error).lexically_normal();
}

SchemaDisk real_schema_disk() {
  return {[](const fs::path& path) {
            std::error_code error;
            return fs::is_regular_file(path, error);
          },
          [](const fs::path& folder) {
            std::error_code error;
            return fs::exists(folder / ".git", error);
          }};
}

std::optional<std::string> schema_in_tree(const fs::path& folder, std::string_view name, const SchemaDisk& disk) {
  for (fs::path at = folder; !at.empty(); at = at.parent_path()) {
    for (const fs::path& schema : {at / name, at / "schemas" / name}) {
      if (disk.is_file(schema)) return schema.lexically_relative(folder).generic_string();
    }
    if (disk.is_repository_top(at) || at == at.root_path()) break;
  }
  return std::nullopt;
}

std::string default_schema_location(std::string_view name, const std::string& output) {
  if (auto in_tree = schema_in_tree(folder_of_written_file(output), name, real_schema_disk())) return *in_tree;
  return installed_schema(name);
}

std::optional<std::string> moved_schema_location(const std::string& old, const fs::path& from_folder,
                                                 const fs::path& new_folder, const SchemaDisk& disk,
                                                 const std::function<std::string()>& fallback) {
  if (old.empty() || old.find("://") != std::string::npos) return std::nullopt;
  if (fs::path(old).is_absolute()) return disk.is_file(old) ? std::nullopt : std::optional(fallback());
  const fs::path schema = (from_folder / old).lexically_normal();
  if (!disk.is_file(schema)) return fallback();
  if (from_folder == new_folder) return std::nullopt;
  const auto top = repository_top_of(new_folder, disk);
  if (top && !inside(schema, *top)) return fallback();
  return schema.lexically_relative(new_folder).generic_string();
}

}  // namespace coprod::cli
