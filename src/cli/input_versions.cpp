#include "cli/input_versions.hpp"

#include <algorithm>
#include <filesystem>
#include <map>
#include <memory>

#include <fmt/format.h>

#include "cli/git_repository.hpp"

namespace coprod::cli {

namespace {

constexpr std::size_t k_short_id = 7;

// What tells one version of a file from another: the commit, or "" for the working copy.
struct Version {
  std::string work_tree;  // "" when not in a repository
  std::string file;       // the work tree and the path in it; "" when not in a repository
  std::string commit;
  std::string words;
};

// Tells versions of one file apart from other files, asking each repository once.
class VersionMatcher {
 public:
  // Versions of one file: its path in two commits (or a commit and the work
  // tree), or the same review under two paths when neither path is in the
  // other's version, as after the file or its folder was renamed (a draft
  // beside the file it was copied from is another file).
  bool are_versions_of_one_file(const Version& a, const model::Assessment& of_a, const Version& b,
                                const model::Assessment& of_b) {
    if (a.file.empty() || a.commit == b.commit) return false;
    if (a.file == b.file) return true;
    return a.work_tree == b.work_tree && of_a.is_same_review(of_b) && !holds(b, path_of(a)) && !holds(a, path_of(b));
  }

 private:
  static std::string path_of(const Version& version) { return version.file.substr(version.work_tree.size() + 1); }

  // Whether `version` (a commit, or the work tree) has a file at `path`.
  bool holds(const Version& version, const std::string& path) {
    std::error_code error;
    if (version.commit.empty()) return std::filesystem::exists(version.work_tree + "/" + path, error) || error;
    auto& repository = m_repositories[version.work_tree];  // its file may be gone from disk: found from its work tree
    if (!repository) repository = GitRepository::discover(version.work_tree);
    if (!repository) return true;  // cannot tell: not taken for a rename
    const auto found = repository->look_up(version.commit + ":" + path);
    return !found || found->has_value();
  }

  std::map<std::string, std::unique_ptr<GitRepository>> m_repositories;  // by work tree
};

// A file on disk as a version: the working copy of its file in the repository it is in.
Version working_copy(const std::string& path, std::map<std::string, std::unique_ptr<GitRepository>>& repositories) {
  if (path == "-") return {};
  const std::string folder = std::filesystem::path(path).parent_path().string();
  auto& repository = repositories[folder];
  if (!repository) repository = GitRepository::discover_for_file(path);
  if (!repository) return {};
  const auto inside = path_in_repository(*repository, path);
  if (!inside) return {};
  return {repository->workdir(), repository->workdir() + "/" + *inside, "", "working copy"};
}

}  // namespace

std::string committed_version_words(const CommittedVersion& committed) {
  const std::string short_id = committed.commit.substr(0, k_short_id);
  if (committed.commit.starts_with(committed.revision)) return "version committed at " + short_id;
  return fmt::format("version committed at {} ({})", committed.revision, short_id);
}

void name_versions(const std::vector<std::string>& paths, const std::vector<std::optional<CommittedVersion>>& committed,
                   std::vector<yaml::LoadedAssessment>& loaded) {
  if (std::none_of(committed.begin(), committed.end(), [](const auto& c) { return c.has_value(); })) return;
  std::map<std::string, std::unique_ptr<GitRepository>> repositories;  // by folder, each discovered once
  std::vector<Version> versions;
  for (std::size_t i = 0; i < paths.size() && i < committed.size(); ++i) {
    if (committed[i])
      versions.push_back(
          {committed[i]->work_tree, committed[i]->file, committed[i]->commit, committed_version_words(*committed[i])});
    else versions.push_back(working_copy(paths[i], repositories));
  }
  VersionMatcher matcher;
  for (std::size_t i = 0; i < versions.size() && i < loaded.size(); ++i) {
    bool another_version = false;
    for (std::size_t j = 0; j < versions.size() && j < loaded.size(); ++j) {
      another_version = another_version || matcher.are_versions_of_one_file(versions[i], loaded[i].assessment,
                                                                            versions[j], loaded[j].assessment);
    }
    if (another_version) loaded[i].assessment.origin = versions[i].words;
  }
}

}  // namespace coprod::cli
