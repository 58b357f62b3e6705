// Reading an input named "REVISION:path" as the file was in a git commit.

#include "cli/file_from_git.hpp"

#include <cerrno>
#include <filesystem>
#include <optional>
#include <vector>

#include <fmt/format.h>

#include "cli/git_repository.hpp"
#include "util/shell_word.hpp"

namespace coprod::cli {

namespace {

util::Diagnostic file_problem(const std::string& path, std::string message) {
  return {util::Severity::error, path, {0, 0}, std::move(message)};
}

// For REVISION:path with no file at `path` from the current folder: when
// `path` names a file from the repository's top folder instead (as `git show`
// reads it), the same file written from the current folder.
std::optional<std::string> path_from_root_meant(GitRepository& repository, const std::string& commit,
                                                const std::string& revision, const std::string& path) {
  namespace fs = std::filesystem;
  const auto from_root = fs::path(path).lexically_normal().generic_string();
  if (from_root.starts_with("..") || fs::path(path).is_absolute()) return std::nullopt;
  const auto found = repository.look_up(commit + ":" + from_root);
  if (!found || !*found || (*found)->type != "blob") return std::nullopt;
  std::error_code error;
  const auto here = fs::current_path(error);
  if (error) return std::nullopt;
  return revision + ":" + (fs::path(repository.workdir()) / from_root).lexically_relative(here).generic_string();
}

// For REVISION:path naming a file in no commit and not in the folder either:
// to check the name, with the file in the same folder at that commit whose
// name is closest, as for a missing file.
std::string never_committed_message(GitRepository& repository, const std::string& commit, const std::string& revision,
                                    const std::string& inside, const std::string& path) {
  const std::string folder = std::filesystem::path(inside).parent_path().generic_string();
  std::vector<std::string> names;
  if (auto files = repository.files_in_folder(commit, folder)) {
    for (const auto& file : *files) names.push_back(std::filesystem::path(file).filename().string());
  }
  const auto closest = closest_yaml_name(path, std::move(names));
  return fmt::format("{} is not in the repository at {}, nor in any commit, nor in the folder; {}", inside, revision,
                     closest
                         ? fmt::format("check the name: did you mean {}?", util::shell_word(revision + ":" + *closest))
                         : "check the path and the file name");
}

}  // namespace

// "REVISION:path" when no file has that name, but only when REVISION names a
// commit: otherwise the name is a missing file, and is reported as one.
util::Result<InputText> read_from_git(const std::string& path, std::size_t max_bytes) {
  const auto [revision, inside_path] = *split_revision_path(path);
  // The repository the file is in, wherever the command is run from (as history finds it).
  const auto repository = GitRepository::discover_for_file(inside_path);
  if (!repository) return file_problem(path, describe_open_error(ENOENT));
  auto commit = repository->look_up(revision + "^{commit}");
  if (!commit) return file_problem(path, commit.problems().front().message);
  if (!*commit || revision.find('\n') != std::string::npos) {
    if (const auto meant = remote_branch_meant(*repository, revision)) {
      return file_problem(path, fmt::format("no such file, and '{}' names no commit in this git repository, which has "
                                            "only the remote's copy of that branch (as a pull request's checkout "
                                            "does); try {}",
                                            revision, util::shell_word(*meant + ":" + inside_path)));
    }
    return file_problem(path,
                        fmt::format("no such file, and '{}' names no commit in this git repository (REVISION:path "
                                    "reads a file as it was in a commit: HEAD, HEAD~1 or a commit id from 'git log')",
                                    revision));
  }
  const auto inside = path_in_repository(*repository, inside_path);
  if (!inside)
    return file_problem(
        path, "this file is not inside a git repository (REVISION:path reads a file in one as it was in a commit)");
  auto text = read_file_at(*repository, (*commit)->id, *inside, path, max_bytes);
  if (!text) return text.problems();
  if (!*text) {
    if (const auto meant = path_from_root_meant(*repository, (*commit)->id, revision, inside_path)) {
      return file_problem(path, fmt::format("{} is not in the repository at {}; the path after '{}:' is taken from "
                                            "the current folder, as other file names are, so from here write {}",
                                            *inside, revision, revision, util::shell_word(*meant)));
    }
    if (!file_exists(inside_path) && repository->file_log(*inside).changes.empty())
      return file_problem(path, never_committed_message(*repository, (*commit)->id, revision, *inside, inside_path));
    return file_problem(path, fmt::format("{} is not in the repository at {}; 'coprod history {}' lists the periods "
                                          "committed for its area and perspective, with their files",
                                          *inside, revision, util::shell_word(inside_path)));
  }
  return InputText{std::move(**text), CommittedVersion{revision, (*commit)->id, repository->workdir(),
                                                       repository->workdir() + "/" + *inside}};
}

}  // namespace coprod::cli
