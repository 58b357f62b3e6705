#include "cli/git_repository.hpp"

#include <algorithm>
#include <filesystem>

#include <fmt/format.h>

#include "cli/files.hpp"
#include "cli/source_texts.hpp"

namespace coprod::cli {

namespace {

util::Diagnostic problem(const std::string& source, std::string message) {
  return {util::Severity::error, source, {0, 0}, std::move(message)};
}

// What names a branch in `revision`: "main" of "main~1" or "main^{commit}".
std::string branch_part(const std::string& revision) { return revision.substr(0, revision.find_first_of("~^@:")); }

}  // namespace

std::unique_ptr<GitRepository> GitRepository::discover_for_file(const std::string& file) {
  std::error_code error;
  const auto folder = std::filesystem::path(file).parent_path();
  return discover(!folder.empty() && std::filesystem::is_directory(folder, error) ? folder.string() : ".");
}

GitRepository* Repositories::for_file(const std::string& file) {
  const std::string folder = std::filesystem::path(file).parent_path().string();
  if (const auto known = m_by_folder.find(folder); known != m_by_folder.end()) return known->second;
  auto found = GitRepository::discover_for_file(file);
  GitRepository* repository = nullptr;
  if (found) {
    auto& kept = m_by_work_tree[found->workdir()];
    if (!kept) kept = std::move(found);
    repository = kept.get();
  }
  return m_by_folder[folder] = repository;
}

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

std::string shallow_clone_fix() {
  return "'git fetch --deepen=N' fetches N more commits and 'git fetch --unshallow' all of them (in GitHub Actions, "
         "give actions/checkout 'fetch-depth: 0')";
}

std::optional<std::string> remote_branch_meant(GitRepository& repository, const std::string& revision) {
  const std::string branch = branch_part(revision);
  if (branch.empty() || branch == "HEAD" || revision.find('\n') != std::string::npos) return std::nullopt;
  const auto branches = repository.remote_branches_named(branch);
  if (branches.empty()) return std::nullopt;
  const auto origin = std::find(branches.begin(), branches.end(), "origin/" + branch);
  const std::string meant = (origin == branches.end() ? branches.front() : *origin) + revision.substr(branch.size());
  // origin/main~5 in a shallow clone may name nothing either: then the clone is what to fix.
  const auto commit = repository.look_up(meant + "^{commit}");
  if (!commit || !*commit) return std::nullopt;
  return meant;
}

util::Result<std::string> resolve_commit(GitRepository& repository, const std::string& revision) {
  if (revision.empty() || revision.find('\n') != std::string::npos) {
    return problem(revision, fmt::format("'{}' is not a revision", revision));
  }
  auto commit = repository.look_up(revision + "^{commit}");
  if (!commit) return commit.problems();
  if (!*commit) {
    if (const auto meant = remote_branch_meant(repository, revision)) {
      return problem(revision, fmt::format("'{}' is not a revision in this repository, which has only the remote's "
                                           "copy of that branch (as a pull request's checkout does); try {}",
                                           revision, *meant));
    }
  }
  if (!*commit && repository.is_shallow()) {
    return problem(revision,
                   fmt::format("'{}' is not a revision in this clone, which is shallow: commits older than the "
                               "clone were not fetched; {}",
                               revision, shallow_clone_fix()));
  }
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
  return std::move(read_files_at(repository, {{commit, path, source, {}}}, max_bytes, max_bytes).front());
}

namespace {

using LookedUp = util::Result<std::optional<GitRepository::Object>>;

// A line break would end git's command early: such a path is not looked up.
bool has_line_break(const FileAtCommit& file) { return file.path.find('\n') != std::string::npos; }

// What `file`'s look-up means before reading: the object to read, nullopt
// when the file is not in its commit, or a problem.
LookedUp checked_object(const FileAtCommit& file, const LookedUp& object, std::size_t max_bytes) {
  if (!object) return problem(file.source, object.problems().front().message);
  if (!*object && !file.blob.empty())
    return problem(file.source, missing_object_message(file.commit + ":" + file.path));
  if (!*object) return object;
  if ((*object)->type != "blob")
    return problem(file.source, fmt::format("{} is a {} in the repository, not a file", file.path, (*object)->type));
  if ((*object)->size > max_bytes) return problem(file.source, too_large_message(max_bytes));
  return object;
}

}  // namespace

std::vector<util::Result<std::optional<std::string>>> read_files_at(GitRepository& repository,
                                                                    const std::vector<FileAtCommit>& files,
                                                                    std::size_t max_bytes,
                                                                    std::size_t max_total_bytes) {
  std::vector<std::string> names;
  for (const auto& file : files) {
    if (!has_line_break(file)) names.push_back(file.blob.empty() ? file.commit + ":" + file.path : file.blob);
  }
  const auto looked_up = repository.look_up_all(names);
  auto next_looked_up = looked_up.begin();
  std::vector<util::Result<std::optional<std::string>>> found;
  std::vector<GitRepository::Object> to_read;
  std::vector<std::size_t> slots;  // where in `found` each of `to_read` goes
  std::size_t total = 0;
  for (std::size_t i = 0; i < files.size() && total < max_total_bytes; ++i) {
    const auto object = has_line_break(files[i])
                            ? LookedUp(problem(files[i].source, "a path with a line break cannot be read from git"))
                            : checked_object(files[i], *next_looked_up++, max_bytes);
    if (!object) {
      found.emplace_back(object.problems());
      continue;
    }
    found.emplace_back(std::optional<std::string>());
    if (!*object) continue;
    to_read.push_back(**object);
    slots.push_back(i);
    total += (*object)->size;
  }
  auto texts = repository.read_all(to_read);
  for (std::size_t i = 0; i < texts.size(); ++i) {
    if (texts[i]) {
      remember_source_text(files[slots[i]].source, *texts[i]);
      found[slots[i]] = std::optional<std::string>(std::move(*texts[i]));
    } else {
      found[slots[i]] = problem(files[slots[i]].source, texts[i].problems().front().message);
    }
  }
  return found;
}

std::string missing_object_message(const std::string& name) {
  return fmt::format(
      "{} is listed in the commit but its content is missing from the git repository; the repository "
      "may be damaged: 'git fsck' says what is wrong",
      name);
}

std::optional<std::pair<std::string, std::string>> split_revision_path(const std::string& text) {
  const auto colon = text.find(':');
  if (colon == std::string::npos || colon == 0 || colon + 1 >= text.size()) return std::nullopt;
  return std::pair{text.substr(0, colon), text.substr(colon + 1)};
}

}  // namespace coprod::cli
