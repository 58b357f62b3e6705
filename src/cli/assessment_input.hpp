#pragma once
// Where an assessment named on the command line is read from. "REVISION:path"
// follows the file the way `history` and `check --since` do: when the file is
// not in that commit but is in the work tree, the file under the name it had
// there (when git recorded a rename) or else, in the README's
// one-file-per-period layout, the earlier period's file of the same area and
// perspective is read from that commit instead.

#include <optional>
#include <string>

#include "cli/console.hpp"
#include "cli/files.hpp"
#include "model/framework_catalog.hpp"
#include "util/result.hpp"

namespace coprod::cli {

struct AssessmentInput {
  std::string source;  // the name messages use: the path given, or "REVISION:the earlier period's file"
  std::string text;
  std::optional<CommittedVersion> committed;  // where in git it was read from; nullopt for a file on disk
};

// Reads `path` as read_input_file() does, with the fallback above; says on
// the console which file it read instead.
util::Result<AssessmentInput> read_assessment_input(const std::string& path, const model::FrameworkCatalog& catalog,
                                                    Console& console);

}  // namespace coprod::cli
