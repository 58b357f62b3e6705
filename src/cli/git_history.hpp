#pragma once
// An assessment's periods as git holds them, for `history`, `check --since`
// and `compare`: the file's own committed versions (following renames) and,
// beside it in the repository, the files of earlier periods for the same
// area and perspective (the README's layout: one file per period,
// 2026-Q3-organisation.coprod.yaml, 2026-Q4-organisation.coprod.yaml).

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "cli/git_repository.hpp"
#include "model/framework.hpp"
#include "util/result.hpp"
#include "yaml/assessment_loader.hpp"

namespace coprod::cli {

struct PeriodVersion {
  // What a version is to the file asked about.
  enum class Relation {
    same_name,       // the file itself
    earlier_name,    // the file itself, under a name it had before, as git's log follows it
    earlier_period,  // an earlier period's file of the same area and perspective, beside it
    working_copy,    // the file itself as it is on disk, with changes not committed yet (no commit, no time)
  };
  std::string commit;  // full id: for history, the commit that last changed the text (a rename alone does not)
  long long time = 0;  // its author time (when the change was made), seconds since 1970 (UTC)
  std::string path;    // the file in that commit, relative to the work tree's root
  yaml::LoadedAssessment loaded;
  Relation relation = Relation::same_name;
  // For history: `commit` is one of a shallow clone's oldest, which git
  // shows as adding every file, so the text was made then or before (the
  // clone holds no older commits to say when); `time` is the latest it can be.
  bool on_or_before = false;
};

// Called with each thing that could not be read, as a warning naming the
// place (commit:path:line:column where it is known), so the caller can warn.
using GitWarning = std::function<void(const util::Diagnostic&)>;

// The file on disk, read and loaded.
struct WorkingCopy {
  std::string text;
  yaml::LoadedAssessment loaded;
};

// A committed file beside the file asked about (in its folder at HEAD), of
// its area and perspective, that is not an earlier period's: for the period of
// the file's earliest version shown, or a later one. History leaves it out.
struct FileBesideLeftOut {
  std::string path;  // relative to the work tree's root
  model::Assessment assessment;
};
using FileBesideCallback = std::function<void(const FileBesideLeftOut&)>;

// One version per period, oldest first, at most `limit` (the latest ones):
// the newest committed version of each. Versions that cannot be read are
// skipped with a warning, and so is an unreadable end of the history; memory
// grows with the number of periods, not of commits. With `working_copy`,
// when it differs from the version committed at HEAD (or the file is not
// committed yet): it is the newest version of its period, in place of a
// committed one. A problem when nothing is committed: neither the file nor
// an earlier period's file beside it. `not_shown` is called with each file
// beside it of the same area and perspective that is not an earlier period's
// (FileBesideLeftOut), which is not shown.
util::Result<std::vector<PeriodVersion>> period_history(GitRepository& repository, const std::string& path,
                                                        const model::FrameworkCatalog& catalog, std::size_t limit,
                                                        const GitWarning& warn,
                                                        std::optional<WorkingCopy> working_copy = std::nullopt,
                                                        const FileBesideCallback& not_shown = {});

// Whether `text` (the file at `path` on disk) differs from the version
// committed at HEAD, or the file is not committed there. Line endings do not
// count: git may turn CRLF into LF when it stores a file.
bool has_uncommitted_changes(GitRepository& repository, const std::string& path, const std::string& text);

// What `now` (an assessment file at `path`, relative to the work tree's root)
// is compared with at `commit`: the same file there; else the file under a
// name it had before, when git recorded the rename (the names history
// follows, newest first, less those still in HEAD, which were copied, not
// renamed: the first one in that commit); else the latest
// earlier period's file of the same area and perspective in the same folder;
// nullopt when none is there. A file that is there but cannot be read is a
// problem.
util::Result<std::optional<PeriodVersion>> earlier_version(GitRepository& repository, const std::string& commit,
                                                           const std::string& path, const model::Assessment& now,
                                                           const model::FrameworkCatalog& catalog);

}  // namespace coprod::cli
