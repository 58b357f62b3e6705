#include "cli/git_repository.hpp"

#include <filesystem>

#include <fmt/format.h>

#include "cli/files.hpp"

namespace coprod::cli {

namespace {

util::Diagnostic problem(const std::string& source, std::string message) {
  return {util::Severity::error, source, {0, 0}, std::move(message)};
}

}  // namespace

std::optional<std::string> path_in_repository(const GitRepository& repository, const std::string& path) {
  namespace fs = std::filesystem;
  std::error_code error;
  const fs::path root = fs::weakly_canonical(fs::path(repository.workdir()), error);
  const fs::path absolute = fs::weakly_canonical(fs::absolute(fs::path(path), error), error);
  if (error) return std::nullopt;
  const fs::path relative = absolute.lexically_relative(root);
  if (relative.empty() || *relative.begin() == "..") return std::nullopt;
  return relative.generic_string();
}

util::Result<std::string> resolve_commit(GitRepository& repository, const std::string& revision) {
  if (revision.empty() || revision.find('\n') != std::string::npos) {
    return problem(revision, fmt::format("'{}' is not a revision", revision));
  }
  auto commit = repository.look_up(revision + "^{commit}");
  if (!commit) return commit.problems();
  if (!*commit) {
    return problem(
        revision,
        fmt::format("'{}' is not a revision in this repository; try HEAD, HEAD~1 or a commit id from 'git log'",
                    revision));
  }
  return (*commit)->id;
}

util::Result<std::optional<std::string>> read_file_at(GitRepository& repository, const std::string& commit,
                                                      const std::string& path, const std::string& source,
                                                      std::size_t max_bytes) {
  if (path.find('\n') != std::string::npos) return problem(source, "a path with a line break cannot be read from git");
  auto object = repository.look_up(commit + ":" + path);
  if (!object) return problem(source, object.problems().front().message);
  if (!*object) return std::optional<std::string>();
  if ((*object)->type != "blob")
    return problem(source, fmt::format("{} is a {} in the repository, not a file", path, (*object)->type));
  if ((*object)->size > max_bytes) return problem(source, too_large_message(max_bytes));
  auto text = repository.read(**object);
  if (!text) return problem(source, text.problems().front().message);
  return std::optional<std::string>(std::move(*text));
}

std::optional<std::pair<std::string, std::string>> split_revision_path(const std::string& text) {
  const auto colon = text.find(':');
  if (colon == std::string::npos || colon == 0 || colon + 1 >= text.size()) return std::nullopt;
  return std::pair{text.substr(0, colon), text.substr(colon + 1)};
}

}  // namespace coprod::cli
