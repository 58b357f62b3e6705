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
  std::string file;  // the work tree and the path in it; "" when not in a repository
  std::string commit;
  std::string words;
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
  return {repository->workdir() + "/" + *inside, "", "working copy"};
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
      versions.push_back({committed[i]->file, committed[i]->commit, committed_version_words(*committed[i])});
    else versions.push_back(working_copy(paths[i], repositories));
  }
  for (std::size_t i = 0; i < versions.size() && i < loaded.size(); ++i) {
    const bool another_version = std::any_of(versions.begin(), versions.end(), [&](const Version& other) {
      return !versions[i].file.empty() && other.file == versions[i].file && other.commit != versions[i].commit;
    });
    if (another_version) loaded[i].assessment.origin = versions[i].words;
  }
}

}  // namespace coprod::cli
