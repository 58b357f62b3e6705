#include "cli/git_repository.hpp"

#include <filesystem>
#include <map>

#include <fmt/format.h>

#include "cli/libgit2_api.hpp"

namespace coprod::cli {

namespace {

std::string last_error() {
  const git_error* error = libgit2().error_last();
  return error && error->message ? error->message : "unknown error";
}

// A libgit2 object freed when it goes out of scope.
template <class T>
struct Owned {
  explicit Owned(void (*free)(T*)) : m_free(free) {}
  Owned(const Owned&) = delete;
  Owned& operator=(const Owned&) = delete;
  ~Owned() {
    if (value) m_free(value);
  }
  T* value = nullptr;

 private:
  void (*m_free)(T*);
};

util::Diagnostic problem(const std::string& source, std::string message) {
  return {util::Severity::error, source, {0, 0}, std::move(message)};
}

// Looks up the commit that `revision` names into `commit`; what is wrong if
// it names none.
std::optional<std::string> find_commit(git_repository* repository, const std::string& revision, Owned<git_object>& commit) {
  Owned<git_object> object(libgit2().object_free);
  if (libgit2().revparse_single(&object.value, repository, revision.c_str()) != 0) {
    return fmt::format("'{}' is not a revision in this repository ({}); try HEAD, HEAD~1 or a commit id from 'git log'",
                       revision, last_error());
  }
  if (libgit2().object_peel(&commit.value, object.value, GIT_OBJECT_COMMIT) != 0) {
    return fmt::format("'{}' does not name a commit", revision);
  }
  return std::nullopt;
}

// The blob id of `path` in `commit`, or nullopt if the file is not there.
std::optional<git_oid> blob_id(git_commit* commit, const std::string& path) {
  Owned<git_tree> tree(libgit2().tree_free);
  if (libgit2().commit_tree(&tree.value, commit) != 0) return std::nullopt;
  Owned<git_tree_entry> entry(libgit2().tree_entry_free);
  if (libgit2().tree_entry_bypath(&entry.value, tree.value, path.c_str()) != 0) return std::nullopt;
  if (libgit2().tree_entry_type(entry.value) != GIT_OBJECT_BLOB) return std::nullopt;
  return *libgit2().tree_entry_id(entry.value);
}

std::optional<std::string> blob_text(git_repository* repository, const git_oid& id) {
  Owned<git_blob> blob(libgit2().blob_free);
  if (libgit2().blob_lookup(&blob.value, repository, &id) != 0) return std::nullopt;
  return std::string(static_cast<const char*>(libgit2().blob_rawcontent(blob.value)),
                     static_cast<std::size_t>(libgit2().blob_rawsize(blob.value)));
}

}  // namespace

void GitRepository::Deleter::operator()(git_repository* repository) const { libgit2().repository_free(repository); }

std::optional<GitRepository> GitRepository::discover(const std::string& directory) {
  git_repository* repository = nullptr;
  if (libgit2().repository_open_ext(&repository, directory.c_str(), 0, nullptr) != 0) return std::nullopt;
  if (libgit2().repository_is_bare(repository)) {
    libgit2().repository_free(repository);
    return std::nullopt;
  }
  return GitRepository(repository);
}

std::string GitRepository::workdir() const {
  const char* directory = libgit2().repository_workdir(m_repository.get());
  return directory ? directory : "";
}

std::optional<std::string> GitRepository::path_in_repository(const std::string& path) const {
  namespace fs = std::filesystem;
  std::error_code error;
  const fs::path root = fs::weakly_canonical(fs::path(workdir()), error);
  const fs::path absolute = fs::weakly_canonical(fs::absolute(fs::path(path), error), error);
  if (error) return std::nullopt;
  const fs::path relative = absolute.lexically_relative(root);
  if (relative.empty() || *relative.begin() == "..") return std::nullopt;
  return relative.generic_string();
}

std::optional<std::string> GitRepository::problem_with_revision(const std::string& revision) const {
  Owned<git_object> commit(libgit2().object_free);
  return find_commit(m_repository.get(), revision, commit);
}

util::Result<std::string> GitRepository::read_at(const std::string& revision, const std::string& path) const {
  const std::string source = revision + ":" + path;
  const auto inside = path_in_repository(path);
  if (!inside) return problem(source, "this file is not inside the git repository of the current folder");
  Owned<git_object> commit(libgit2().object_free);
  if (auto message = find_commit(m_repository.get(), revision, commit)) return problem(source, std::move(*message));
  const auto id = blob_id(reinterpret_cast<git_commit*>(commit.value), *inside);
  if (!id) return problem(source, fmt::format("{} is not in the repository at {}", *inside, revision));
  auto text = blob_text(m_repository.get(), *id);
  if (!text) return problem(source, "cannot read the file from the repository");
  return std::move(*text);
}

util::Result<std::vector<GitRepository::Version>> GitRepository::history(const std::string& path, std::size_t limit) const {
  const auto inside = path_in_repository(path);
  if (!inside) return problem(path, "this file is not inside a git repository; 'history' reads its commits");
  Owned<git_revwalk> walk(libgit2().revwalk_free);
  if (libgit2().revwalk_new(&walk.value, m_repository.get()) != 0 || libgit2().revwalk_push_head(walk.value) != 0) {
    return problem(path, fmt::format("cannot read the repository's history ({})", last_error()));
  }
  libgit2().revwalk_sorting(walk.value, GIT_SORT_TOPOLOGICAL | GIT_SORT_TIME | GIT_SORT_REVERSE);
  std::vector<Version> versions;
  std::optional<git_oid> previous;
  git_oid commit_id;
  while (libgit2().revwalk_next(&commit_id, walk.value) == 0) {
    Owned<git_commit> commit(libgit2().commit_free);
    if (libgit2().commit_lookup(&commit.value, m_repository.get(), &commit_id) != 0) continue;
    const auto id = blob_id(commit.value, *inside);
    if (!id || (previous && libgit2().oid_equal(&*previous, &*id))) continue;
    previous = id;
    auto text = blob_text(m_repository.get(), *id);
    if (!text) continue;
    char hex[GIT_OID_HEXSZ + 1] = {};
    libgit2().oid_tostr(hex, sizeof hex, &commit_id);
    versions.push_back({hex, static_cast<long long>(libgit2().commit_time(commit.value)), std::move(*text)});
  }
  if (versions.empty()) return problem(path, fmt::format("{} has never been committed; commit it first", *inside));
  if (versions.size() > limit) versions.erase(versions.begin(), versions.end() - static_cast<long>(limit));
  return versions;
}

bool GitRepository::set_config(const std::string& key, const std::string& value) const {
  Owned<git_config> config(libgit2().config_free);
  if (libgit2().repository_config(&config.value, m_repository.get()) != 0) return false;
  Owned<git_config> local(libgit2().config_free);
  if (libgit2().config_open_level(&local.value, config.value, GIT_CONFIG_LEVEL_LOCAL) != 0) return false;
  return libgit2().config_set_string(local.value, key.c_str(), value.c_str()) == 0;
}

std::optional<std::pair<std::string, std::string>> split_revision_path(const std::string& text) {
  const auto colon = text.find(':');
  if (colon == std::string::npos || colon == 0 || colon + 1 >= text.size()) return std::nullopt;
  return std::pair{text.substr(0, colon), text.substr(colon + 1)};
}

}  // namespace coprod::cli
