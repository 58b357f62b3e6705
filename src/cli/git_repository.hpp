#pragma once
// Reading a git repository in-process with libgit2 (no `git` process per
// commit): a file at a revision, every committed version of a file, and the
// repository's own configuration.

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "util/result.hpp"

struct git_repository;

namespace coprod::cli {

class GitRepository {
 public:
  // The repository containing `directory` (searching upwards), if any.
  static std::optional<GitRepository> discover(const std::string& directory = ".");

  // What is wrong with a revision ("HEAD~1", a tag, a branch), if it does
  // not name a commit here.
  std::optional<std::string> problem_with_revision(const std::string& revision) const;

  // The file's content at a revision ("HEAD~1", a tag, a commit id).
  // `path` is relative to the current directory, as people type it.
  util::Result<std::string> read_at(const std::string& revision, const std::string& path) const;

  struct Version {
    std::string commit;   // full id
    long long time = 0;   // commit time, seconds since 1970 (UTC)
    std::string text;     // the file's content in that commit
  };
  // The committed versions of `path`, oldest first: one per commit reachable
  // from HEAD in which the file's content changed (at most `limit`).
  util::Result<std::vector<Version>> history(const std::string& path, std::size_t limit) const;

  // Sets a key in the repository's own .git/config.
  bool set_config(const std::string& key, const std::string& value) const;
  std::string workdir() const;
  // `path` (relative to the current directory) relative to the work tree's root.
  std::optional<std::string> path_in_repository(const std::string& path) const;

 private:
  struct Deleter {
    void operator()(git_repository* repository) const;
  };
  explicit GitRepository(git_repository* repository) : m_repository(repository) {}
  std::unique_ptr<git_repository, Deleter> m_repository;
};

// "HEAD~1:area/org.yaml" -> {"HEAD~1", "area/org.yaml"}; nullopt when `text`
// is not of that form.
std::optional<std::pair<std::string, std::string>> split_revision_path(const std::string& text);

}  // namespace coprod::cli
