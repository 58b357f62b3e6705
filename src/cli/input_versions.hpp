#pragma once
// Versions of one file among a command's inputs: "HEAD:a.yaml" and "a.yaml"
// (the committed version and the working copy), or two revisions of it, under
// its name in each (it may have been renamed, or its folder). Each
// such input is named by where it comes from (model::Assessment::origin), so
// labels and warnings can tell them apart: they are alike in area,
// perspective and period, yet not copies.

#include <optional>
#include <string>
#include <vector>

#include "cli/files.hpp"
#include "yaml/assessment_loader.hpp"

namespace coprod::cli {

// "version committed at HEAD (1a2b3c4)"; "version committed at 1a2b3c4" when the revision is the commit's id.
std::string committed_version_words(const CommittedVersion& committed);

// Sets the origin of each of `loaded` (read from `paths`, where in git as
// `committed` says) that is one version of a file another input is another
// version of. Asks git only when some input was read from git.
void name_versions(const std::vector<std::string>& paths, const std::vector<std::optional<CommittedVersion>>& committed,
                   std::vector<yaml::LoadedAssessment>& loaded);

}  // namespace coprod::cli
