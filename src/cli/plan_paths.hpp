#pragma once
// The assessment files a plan names, found relative to the plan's own folder.
// A plan may come from someone else (a pull request run by CI), so it may
// only name files inside the git repository that holds it or, outside a
// repository, inside the current folder or the plan's own folder. An absolute
// path, or one that leads out of those places ("../..", or a symbolic link
// pointing out), is refused before anything is read from it.

#include <string>

#include "util/result.hpp"

namespace coprod::cli {

// The path to read for `named` (an entry of the plan's `assessments` list),
// or a problem naming the plan file. Whether the file exists is not checked.
util::Result<std::string> plan_assessment_path(const std::string& plan_path, const std::string& named);

}  // namespace coprod::cli
