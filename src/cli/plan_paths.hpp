#pragma once
// The assessment files a plan names, found relative to the plan's own folder.
// A plan may come from someone else (a pull request run by CI), so it may
// only name files inside the git repository that holds it or, outside a
// repository, inside the current folder or the plan's own folder. An absolute
// path, or one that leads out of those places ("../..", or a symbolic link
// pointing out), is refused before anything is read from it.

#include <string>
#include <vector>

#include "util/result.hpp"
#include "yaml/document.hpp"

namespace coprod::cli {

// The path to read for `named` (an entry of the plan's `assessments` list),
// or a problem naming the plan file at `position`, the entry's place in it.
// Whether the file exists is not checked.
util::Result<std::string> plan_assessment_path(const std::string& plan_path, const std::string& named,
                                               util::Position position);

// Where each entry of a parsed plan's `assessments` list is, in order; none
// when the plan has no such list.
std::vector<util::Position> plan_assessment_positions(const yaml::Node& root);

// A file a plan names: the path to read, and where the plan names it.
struct PlanAssessmentFile {
  std::string path;
  util::Position named_at;
};

// plan_assessment_path() of each of `named` (the parsed plan's `assessments`
// list, in order), or what it refuses among them: what 'coprod plan --review'
// reads, and 'coprod check' reports.
util::Result<std::vector<PlanAssessmentFile>> plan_assessment_files(const std::string& plan_path,
                                                                    const std::vector<std::string>& named,
                                                                    const yaml::Node& root);

}  // namespace coprod::cli
