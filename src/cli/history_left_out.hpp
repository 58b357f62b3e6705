#pragma once
// What `history` says of the committed files beside the file asked about, of
// its area and perspective, that it does not show (cli::FileBesideLeftOut):
// one for a period it shows from another file (a working copy copied by hand
// and given that file's period), or for a later period than the file's own.

#include <string>
#include <vector>

#include "cli/console.hpp"
#include "cli/git_history.hpp"

namespace coprod::cli {

// A warning at the shown version's period for each file left out for a period
// it shows (the working copy shown in its place), unless the working copy is
// that file renamed (git mv, not committed yet); then one note naming the
// files for later periods and how to see the history up to the latest of
// them. `file` is the file as given, `path` its path in the repository.
void say_files_left_out(const std::vector<FileBesideLeftOut>& left_out, const std::vector<PeriodVersion>& versions,
                        const std::string& file, const std::string& path, GitRepository& repository,
                        const GitWarning& warn, Console& console);

}  // namespace coprod::cli
