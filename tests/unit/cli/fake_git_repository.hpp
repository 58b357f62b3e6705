#pragma once
// An in-memory git repository for the unit tests: a line of commits, each a
// set of files, behind the same interface the `git` command answers.

#include <map>
#include <set>
#include <string>
#include <vector>

#include "cli/git_repository.hpp"

namespace coprod::test {

class FakeGitRepository final : public cli::GitRepository {
 public:
  struct Commit {
    std::string id;
    long long time = 0;
    std::map<std::string, std::string> files;         // path -> content
    std::map<std::string, std::string> renamed_from;  // new path -> old path, as git log --follow finds renames
  };

  // Adds a commit on top (it becomes HEAD) with these files, in which git
  // finds these renames (new path -> old path).
  void commit(long long time, std::map<std::string, std::string> files,
              std::map<std::string, std::string> renamed_from = {}) {
    m_commits.push_back(
        {std::string(40, static_cast<char>('a' + m_commits.size())), time, std::move(files), std::move(renamed_from)});
  }
  const std::string& id(std::size_t index) const { return m_commits.at(index).id; }
  // Reading this file in this commit fails, as a damaged object does.
  void damage(std::size_t commit_index, const std::string& path) { m_damaged.insert(id(commit_index) + ":" + path); }
  // file_log() stops with this problem, as git log does on a damaged repository.
  void fail_log(std::string problem) { m_log_problem = std::move(problem); }
  // Every object read, in order: a test checks what was never read.
  const std::vector<std::string>& reads() const { return m_reads; }
  // Makes this a shallow clone whose oldest commit is the one at
  // `commit_index`, as `git clone --depth` does: the commits before it are
  // gone, and its log lists every file as added there. Call it after the
  // last commit; id() then counts from the new oldest commit.
  void cut_history_before(std::size_t commit_index) {
    m_commits.erase(m_commits.begin(), m_commits.begin() + static_cast<std::ptrdiff_t>(commit_index));
    m_commits.front().renamed_from.clear();
    m_shallow_boundary = m_commits.front().id;
  }

  std::string workdir() const override { return "/fake/"; }
  bool is_shallow() const override { return !m_shallow_boundary.empty(); }

  std::vector<util::Result<std::optional<Object>>> look_up_all(const std::vector<std::string>& names) override {
    std::vector<util::Result<std::optional<Object>>> found;
    for (const auto& name : names) found.push_back(look_up_one(name));
    return found;
  }

  std::vector<util::Result<std::string>> read_all(const std::vector<Object>& objects) override {
    std::vector<util::Result<std::string>> found;
    for (const auto& object : objects) found.push_back(read_one(object));
    return found;
  }

  // Newest first, following renames back: the name changes at a commit that renamed the file.
  Log file_log(const std::string& path) override {
    Log log;
    log.problem = m_log_problem;
    std::string name = path;
    for (std::size_t i = m_commits.size(); i-- > 0;) {
      const auto& commit = m_commits[i];
      const auto renamed = commit.renamed_from.find(name);
      const std::string before = renamed == commit.renamed_from.end() ? name : renamed->second;
      const std::string* now = content(commit, name);
      const std::string* previous = i == 0 ? nullptr : content(m_commits[i - 1], before);
      const bool changed = before != name || (now == nullptr) != (previous == nullptr) || (now && *now != *previous);
      // The fake's object ids are "COMMIT:path".
      const bool same_text = now && previous && *now == *previous;  // renamed only
      if (changed)
        log.changes.push_back(Change{commit.id, commit.time, name, now ? commit.id + ":" + name : "", !same_text,
                                     commit.id == m_shallow_boundary});
      name = before;
    }
    return log;
  }

  // The index renames `from` to `to`, not committed yet.
  void stage_rename(const std::string& from, const std::string& to) { m_staged_renames[to] = from; }
  std::optional<std::string> staged_rename_source(const std::string& path) override {
    const auto found = m_staged_renames.find(path);
    return found == m_staged_renames.end() ? std::nullopt : std::optional<std::string>(found->second);
  }

  util::Result<std::vector<std::string>> files_in_folder(const std::string& commit,
                                                         const std::string& folder) override {
    std::vector<std::string> files;
    for (const auto& [path, content] : find(commit)->files) {
      const auto slash = path.rfind('/');
      if ((slash == std::string::npos ? std::string() : path.substr(0, slash)) == folder) files.push_back(path);
    }
    return files;
  }

  // A branch fetched from a remote, such as "origin/main", at this commit.
  void add_remote_branch(const std::string& name, std::size_t commit_index) {
    m_remote_branches[name] = id(commit_index);
  }
  std::vector<std::string> remote_branches_named(const std::string& branch) override {
    std::vector<std::string> found;
    for (const auto& [name, commit] : m_remote_branches) {
      if (name.ends_with("/" + branch)) found.push_back(name);
    }
    return found;
  }

  bool set_config(const std::string&, const std::string&) override { return false; }

 private:
  std::map<std::string, std::string> m_staged_renames;   // new path -> old path
  std::map<std::string, std::string> m_remote_branches;  // "origin/main" -> commit id

  static const std::string* content(const Commit& commit, const std::string& path) {
    const auto file = commit.files.find(path);
    return file == commit.files.end() ? nullptr : &file->second;
  }

  util::Result<std::optional<Object>> look_up_one(const std::string& name) const {
    const auto colon = name.find(':');
    const std::string revision = name.substr(0, colon == std::string::npos ? name.find('^') : colon);
    const Commit* found = find(revision);
    if (!found) return std::optional<Object>();
    if (colon == std::string::npos) return std::optional<Object>(Object{found->id, "commit", 0});
    const auto file = found->files.find(name.substr(colon + 1));
    if (file == found->files.end()) return std::optional<Object>();
    return std::optional<Object>(Object{found->id + ":" + file->first, "blob", file->second.size()});
  }

  util::Result<std::string> read_one(const Object& object) {
    m_reads.push_back(object.id);
    if (m_damaged.count(object.id)) {
      return util::Diagnostic{util::Severity::error, object.id, {0, 0}, "cannot read " + object.id + " (damaged)"};
    }
    const auto colon = object.id.find(':');
    return find(object.id.substr(0, colon))->files.at(object.id.substr(colon + 1));
  }

  const Commit* find(const std::string& revision) const {
    if (m_commits.empty()) return nullptr;
    if (revision == "HEAD") return &m_commits.back();
    if (const auto branch = m_remote_branches.find(revision); branch != m_remote_branches.end())
      return find(branch->second);
    for (const auto& commit : m_commits) {
      if (commit.id == revision) return &commit;
    }
    return nullptr;
  }
  std::vector<Commit> m_commits;
  std::string m_log_problem;
  std::string m_shallow_boundary;  // the oldest commit of a shallow clone; "" for a full one
  std::set<std::string> m_damaged;
  std::vector<std::string> m_reads;
};

}  // namespace coprod::test
