#pragma once
// What coprod reads from a git repository, behind a small interface: the
// `git` command answers it (cli/git_command_repository.cpp), an in-memory
// fake answers it in the unit tests. Everything built on it (reading a file
// at a revision with the size limit, history) is in plain functions below
// and in cli/git_history.hpp, so the tests cover them without a repository.

#include <cstddef>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "util/result.hpp"

namespace coprod::cli {

class GitRepository {
 public:
  virtual ~GitRepository() = default;

  // The repository whose work tree contains `directory`, through the `git`
  // command; nullptr if there is none (or only a bare repository).
  static std::unique_ptr<GitRepository> discover(const std::string& directory = ".");
  // The repository `file` is in: discovered from its folder (the current
  // folder when the folder is gone or not given).
  static std::unique_ptr<GitRepository> discover_for_file(const std::string& file);

  // The work tree's root, absolute, as git reports it.
  virtual std::string workdir() const = 0;
  // True for a shallow clone: older commits were not fetched.
  virtual bool is_shallow() const = 0;

  struct Object {
    std::string id;
    std::string type;  // "blob", "commit", "tree"
    std::size_t size = 0;
  };
  // What each name names ("HEAD~1^{commit}", "COMMIT:path"), in order: its
  // id, type and size, read without reading the object itself; nullopt when
  // it names nothing; a problem when the repository cannot be read. Asked
  // together, so that git answers them without waiting for coprod.
  virtual std::vector<util::Result<std::optional<Object>>> look_up_all(const std::vector<std::string>& names) = 0;
  // The contents of objects found by look_up_all(), in order.
  virtual std::vector<util::Result<std::string>> read_all(const std::vector<Object>& objects) = 0;

  util::Result<std::optional<Object>> look_up(const std::string& name) {
    return std::move(look_up_all({name}).front());
  }
  util::Result<std::string> read(const Object& object) { return std::move(read_all({object}).front()); }

  struct Change {
    std::string commit;           // full id
    long long time = 0;           // author time (when the change was made), seconds since 1970 (UTC)
    std::string path;             // the file's path in that commit (it follows renames)
    std::string blob;             // the file's object in that commit; "" when the log does not say (a deleted file)
    bool content_changed = true;  // false when the commit only renamed the file (or changed its mode)
    // True when the commit is one of a shallow clone's oldest (its parents
    // were not fetched): git lists every file as added there, so the file's
    // text may be older than the commit, which is only the latest it can be.
    bool at_shallow_boundary = false;
  };
  struct Log {
    std::vector<Change> changes;  // newest first
    std::string problem;          // what could not be read, when git stopped early
  };
  // The commits reachable from HEAD that changed `path` (relative to the
  // work tree's root), following renames.
  virtual Log file_log(const std::string& path) = 0;
  // The name a file staged as `path` had in HEAD, when git finds that the
  // index renames it (a rename about to be committed, as a pre-commit hook
  // sees it); nullopt when it does not.
  virtual std::optional<std::string> staged_rename_source(const std::string& path) = 0;
  // The files (not folders) in `folder` ("" for the root) at `commit`.
  virtual util::Result<std::vector<std::string>> files_in_folder(const std::string& commit,
                                                                 const std::string& folder) = 0;

  // The branches fetched from remotes whose name there is `branch`
  // ("origin/main" for "main"), as 'git branch -r' names them, in order.
  virtual std::vector<std::string> remote_branches_named(const std::string& branch) = 0;

  // Sets a key in the repository's own .git/config.
  virtual bool set_config(const std::string& key, const std::string& value) = 0;
};

// The repositories of a run's files, each opened once for the run, so what
// git answered for one file (a file's log, the renames staged) serves the
// next: check --since of a folder of new files asks about the same ones.
class Repositories {
 public:
  // The repository `file` is in, or nullptr; valid while this lives.
  GitRepository* for_file(const std::string& file);

 private:
  std::map<std::string, GitRepository*> m_by_folder;
  std::map<std::string, std::unique_ptr<GitRepository>> m_by_work_tree;
};

// `path` (relative to the current directory) relative to the work tree's
// root; nullopt when it is outside.
std::optional<std::string> path_in_repository(const GitRepository& repository, const std::string& path);

// How to fetch the commits a shallow clone left out, for a message: "'git
// fetch --deepen=N' fetches N more commits ...".
std::string shallow_clone_fix();

// The same revision on a branch fetched from a remote ("origin/main~1" for
// "main~1"), preferring the remote 'origin', when the repository has one:
// what a revision that names nothing was likely meant to be in a CI checkout.
std::optional<std::string> remote_branch_meant(GitRepository& repository, const std::string& revision);

// The commit `revision` ("HEAD~1", a tag, a commit id) names, or what is wrong:
// the same branch fetched from a remote when there is one ("try origin/main",
// in a pull request's checkout, which has no local main), else in a shallow
// clone that older commits may not have been fetched. Every command that
// takes a revision resolves it here.
util::Result<std::string> resolve_commit(GitRepository& repository, const std::string& revision);

// The content of `path` (relative to the work tree's root) in `commit`,
// refused before reading when over `max_bytes`; nullopt when the file is not
// in that commit. Problems are reported against `source`.
util::Result<std::optional<std::string>> read_file_at(GitRepository& repository, const std::string& commit,
                                                      const std::string& path, const std::string& source,
                                                      std::size_t max_bytes);

struct FileAtCommit {
  std::string commit;
  std::string path;
  std::string source;  // what problems are reported against
  std::string blob;    // the file's object when known (from file_log()), which saves git finding it
};
// read_file_at() for several files at once, in order, with one round of
// look-ups and one of reads. Stops after the file that takes the total read
// to `max_total_bytes`: the answer then has fewer entries than `files`.
std::vector<util::Result<std::optional<std::string>>> read_files_at(GitRepository& repository,
                                                                    const std::vector<FileAtCommit>& files,
                                                                    std::size_t max_bytes, std::size_t max_total_bytes);

// What to say when the object of `name` ("COMMIT:path"), listed in its
// commit, is not in the repository.
std::string missing_object_message(const std::string& name);

// "HEAD~1:area/org.yaml" -> {"HEAD~1", "area/org.yaml"}; nullopt when `text`
// is not of that form.
std::optional<std::pair<std::string, std::string>> split_revision_path(const std::string& text);

}  // namespace coprod::cli
