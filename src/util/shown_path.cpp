#include "util/shown_path.hpp"

#include <filesystem>

namespace coprod::util {

namespace {

namespace fs = std::filesystem;

// `path` relative to `folder`, if it is in it or below it.
std::optional<fs::path> inside(const fs::path& path, const fs::path& folder) {
  const fs::path relative = path.lexically_relative(folder);
  if (relative.empty() || relative == "." || *relative.begin() == "..") return std::nullopt;
  return relative;
}

}  // namespace

std::string shown_path(std::string_view path, std::string_view current_folder,
                       const std::optional<std::string>& repository_top) {
  const fs::path current = fs::path(current_folder).lexically_normal();
  const fs::path file = (current / fs::path(path)).lexically_normal();
  if (const auto relative = inside(file, current)) return relative->generic_string();
  if (repository_top) {
    if (const auto relative = inside(file, fs::path(*repository_top).lexically_normal()))
      return relative->generic_string();
  }
  return file.filename().generic_string();
}

}  // namespace coprod::util
