#include "cli/git_history.hpp"

#include <algorithm>
#include <map>
#include <thread>

#include <fmt/format.h>

#include "cli/files.hpp"
#include "cli/parallel.hpp"
#include "model/perspective.hpp"

namespace coprod::cli {

namespace {

// `problem`, where it is, as a warning that says what is left out because of it.
util::Diagnostic left_out(util::Diagnostic problem, std::string_view what) {
  problem.severity = util::Severity::warning;
  problem.message = fmt::format("{}; {}", problem.message, what);
  return problem;
}

constexpr std::string_view k_assessment_suffix = ".coprod.yaml";

util::Diagnostic problem(const std::string& source, std::string message) {
  return {util::Severity::error, source, {0, 0}, std::move(message)};
}

std::string short_id(const std::string& commit) { return commit.substr(0, 7); }

std::string folder_of(const std::string& path) {
  const auto slash = path.rfind('/');
  return slash == std::string::npos ? std::string() : path.substr(0, slash);
}

bool is_assessment_file(const std::string& path) {
  return path.size() > k_assessment_suffix.size() &&
         path.compare(path.size() - k_assessment_suffix.size(), k_assessment_suffix.size(), k_assessment_suffix) == 0;
}

bool same_series(const model::Assessment& a, const model::Assessment& b) {
  return a.area == b.area && a.perspective == b.perspective;
}

// One version's text loaded; on a worker thread nothing may escape, so a
// failure becomes the version's problem.
util::Result<std::optional<yaml::LoadedAssessment>> load_text(const util::Result<std::optional<std::string>>& text,
                                                              const GitRepository::Change& change,
                                                              const model::FrameworkCatalog& catalog) {
  try {
    const std::string source = short_id(change.commit) + ":" + change.path;
    if (!text) return text.problems();
    if (!*text) return std::optional<yaml::LoadedAssessment>();
    auto assessment = yaml::load_assessment(**text, source, catalog);
    if (!assessment) return assessment.problems();
    return std::optional<yaml::LoadedAssessment>(std::move(*assessment));
  } catch (const std::exception& error) {
    return problem(change.path, fmt::format("internal error: {}", error.what()));
  }
}

// `path` at `commit`, read (within the size limit) and loaded; nullopt when
// the file is not in that commit.
util::Result<std::optional<yaml::LoadedAssessment>> load_at(GitRepository& repository, const std::string& commit,
                                                            const std::string& path,
                                                            const model::FrameworkCatalog& catalog) {
  const auto text = read_file_at(repository, commit, path, short_id(commit) + ":" + path, k_max_input_bytes);
  return load_text(text, {commit, 0, path, {}}, catalog);
}

// The other assessment files in `path`'s folder at `commit` with `like`'s
// area and perspective and a period that ends before `like`'s starts (not one
// that shares its months: 2027-Q1 is no earlier period of 2027-02). `unreadable` is
// called with the problem of each that cannot be read (or of the folder),
// `overlapping` with each of another period that shares months with `like`'s,
// `not_earlier` with each of `like`'s period or a later one.
std::vector<PeriodVersion> earlier_neighbours(GitRepository& repository, const std::string& commit,
                                              const std::string& path, const model::Assessment& like,
                                              const model::FrameworkCatalog& catalog,
                                              const std::function<void(const util::Diagnostic&)>& unreadable,
                                              const std::function<void(const model::Assessment&)>& overlapping = {},
                                              const FileBesideCallback& not_earlier = {}) {
  std::vector<PeriodVersion> found;
  auto files = repository.files_in_folder(commit, folder_of(path));
  if (!files) {
    unreadable(files.problems().front());
    return found;
  }
  for (const auto& file : *files) {
    if (file == path || !is_assessment_file(file)) continue;
    auto loaded = load_at(repository, commit, file, catalog);
    if (!loaded) {
      unreadable(loaded.problems().front());
      continue;
    }
    if (!*loaded || !same_series((*loaded)->assessment, like)) continue;
    const auto& period = (*loaded)->assessment.period;
    if (overlapping && period.overlaps(like.period) && period != like.period) overlapping((*loaded)->assessment);
    if (not_earlier && (period == like.period || like.period.ends_before(period)))
      not_earlier({file, (*loaded)->assessment});
    if (!period.ends_before(like.period)) continue;
    found.push_back({commit, 0, file, std::move(**loaded), PeriodVersion::Relation::earlier_period});
  }
  return found;
}

// The names `path` had before, newest first, as its log records renames
// (the log history reads, so both follow a file the same way). A name that
// is still in HEAD is left out: git's log follows copies too, and a copy (the
// earlier period's file that `init --from` started from) is not the file
// under another name. Only names are kept: the versions under them are read
// where they are needed.
std::vector<std::string> earlier_names(GitRepository& repository, const std::string& path) {
  std::vector<std::string> names;
  for (const auto& change : repository.file_log(path).changes) {
    if (change.path != path && std::find(names.begin(), names.end(), change.path) == names.end())
      names.push_back(change.path);
  }
  std::vector<std::string> at_head;
  for (const auto& name : names) at_head.push_back("HEAD:" + name);
  const auto found = repository.look_up_all(at_head);
  std::vector<std::string> renamed;
  for (std::size_t i = 0; i < names.size() && i < found.size(); ++i) {
    if (found[i] && !*found[i]) renamed.push_back(names[i]);
  }
  return renamed;
}

// The change that made the text `changes[at]` holds: it, or the first older
// one that changed the text, as a commit that only renamed the file did not.
const GitRepository::Change& content_change(const std::vector<GitRepository::Change>& changes, std::size_t at) {
  while (!changes[at].content_changed && at + 1 < changes.size()) ++at;
  return changes[at];
}

// `version` named by the commit that made its text, and the file's name there.
void name_by_content_change(PeriodVersion& version, const GitRepository::Change& change) {
  version.commit = change.commit;
  version.time = change.time;
  version.path = change.path;
  version.on_or_before = change.at_shallow_boundary;
}

// The commit that last changed `path`'s text, for a neighbour's commit and date.
void date_from_log(GitRepository& repository, PeriodVersion& version) {
  const auto log = repository.file_log(version.path);
  if (!log.changes.empty()) name_by_content_change(version, content_change(log.changes, 0));
}

// At most this many versions, or versions holding this much text, are read
// and loaded together: enough to keep both processors busy, little enough
// that memory stays that of a few files.
constexpr std::size_t k_batch_versions = 32;
constexpr std::size_t k_batch_bytes = 16 * 1024 * 1024;

struct Batch {
  std::vector<GitRepository::Change> changes;
  std::vector<util::Result<std::optional<std::string>>> texts;  // `path` in each change
};

// The next batch of at most `most` versions from `changes[next]` on; moves `next` past them.
Batch read_batch(GitRepository& repository, const std::vector<GitRepository::Change>& changes, std::size_t& next,
                 std::size_t most) {
  std::vector<FileAtCommit> files;
  for (std::size_t i = next; i < changes.size() && files.size() < most; ++i) {
    const auto& change = changes[i];
    files.push_back({change.commit, change.path, short_id(change.commit) + ":" + change.path, change.blob});
  }
  Batch batch;
  batch.texts = read_files_at(repository, files, k_max_input_bytes, k_batch_bytes);
  batch.changes.assign(changes.begin() + static_cast<std::ptrdiff_t>(next),
                       changes.begin() + static_cast<std::ptrdiff_t>(next + batch.texts.size()));
  next += batch.texts.size();
  return batch;
}

// The batch's versions loaded in parallel: loading is most of the time history takes.
std::vector<util::Result<std::optional<yaml::LoadedAssessment>>> load_batch(const Batch& batch,
                                                                            const model::FrameworkCatalog& catalog) {
  std::vector<util::Result<std::optional<yaml::LoadedAssessment>>> loaded(batch.changes.size(),
                                                                          std::optional<yaml::LoadedAssessment>());
  run_in_parallel(batch.changes.size(), std::max(1u, std::thread::hardware_concurrency()),
                  [&](std::size_t i) { loaded[i] = load_text(batch.texts[i], batch.changes[i], catalog); });
  return loaded;
}

// A file beside the history's for a period sharing its months (2027-Q1
// beside 2027-02): not an earlier period, so not in its trend.
util::Diagnostic overlapping_left_out(const model::Assessment& other, const model::Assessment& like) {
  return {
      util::Severity::warning, other.source, other.period_position,
      fmt::format("this is for {}, which {} {}, so it is left out of the history, which runs through periods "
                  "that follow one another (give this file to 'coprod history' for its own)",
                  other.period.to_string(), model::overlap_words(other.period, like.period), like.period.to_string())};
}

// The file's own versions, newest first, one per period, at most `limit`.
// Commits are read a batch at a time, so a long history stops being read
// once `limit` periods are found.
std::vector<PeriodVersion> own_versions(GitRepository& repository, const std::string& path,
                                        const model::FrameworkCatalog& catalog, std::size_t limit,
                                        const GitWarning& warn) {
  const auto log = repository.file_log(path);
  if (!log.problem.empty()) {
    warn({util::Severity::warning,
          path,
          {0, 0},
          fmt::format("its history could not be read to the end ({}); showing what could be read", log.problem)});
  }
  std::vector<PeriodVersion> versions;
  std::size_t next = 0;
  while (next < log.changes.size() && versions.size() < limit) {
    const std::size_t first = next;
    const auto batch = read_batch(repository, log.changes, next, std::min(k_batch_versions, limit - versions.size()));
    auto loaded = load_batch(batch, catalog);
    for (std::size_t i = 0; i < loaded.size() && versions.size() < limit; ++i) {
      const auto& change = batch.changes[i];
      if (!loaded[i]) {
        warn(left_out(loaded[i].problems().front(), "this version is left out of the history"));
        continue;
      }
      if (!*loaded[i]) continue;  // the commit that deleted or renamed it away
      const auto period = (*loaded[i])->assessment.period;
      const bool seen = std::any_of(versions.begin(), versions.end(),
                                    [&](const PeriodVersion& v) { return v.loaded.assessment.period == period; });
      const auto relation =
          change.path == path ? PeriodVersion::Relation::same_name : PeriodVersion::Relation::earlier_name;
      if (seen) continue;
      versions.push_back({change.commit, change.time, change.path, std::move(*loaded[i]).value(), relation});
      name_by_content_change(versions.back(), content_change(log.changes, first + i));
    }
  }
  return versions;
}

}  // namespace

util::Result<std::vector<PeriodVersion>> period_history(GitRepository& repository, const std::string& path,
                                                        const model::FrameworkCatalog& catalog, std::size_t limit,
                                                        const GitWarning& warn, std::optional<WorkingCopy> working_copy,
                                                        const FileBesideCallback& not_shown) {
  auto versions = own_versions(repository, path, catalog, limit, warn);
  const bool committed = !versions.empty();
  if (working_copy && has_uncommitted_changes(repository, path, working_copy->text)) {
    const auto period = working_copy->loaded.assessment.period;
    std::erase_if(versions, [&](const PeriodVersion& v) { return v.loaded.assessment.period == period; });
    versions.push_back({"", 0, path, std::move(working_copy->loaded), PeriodVersion::Relation::working_copy});
  }
  if (versions.empty() && !working_copy) {
    return problem(path, fmt::format("there is no file {}, and git has no committed version of it either; check the "
                                     "file's name and folder",
                                     path));
  }
  if (versions.empty())
    return problem(path, fmt::format("{} has no committed version that could be read; commit it first", path));
  // The earliest own version is the one whose earlier periods are looked for.
  const auto& earliest =
      *std::min_element(versions.begin(), versions.end(), [](const PeriodVersion& a, const PeriodVersion& b) {
        return a.loaded.assessment.period < b.loaded.assessment.period;
      });
  const auto like = earliest.loaded.assessment;
  auto neighbours =
      committed || resolve_commit(repository, "HEAD")
          ? earlier_neighbours(
                repository, "HEAD", path, like, catalog,
                [&](const util::Diagnostic& problem) { warn(left_out(problem, "it is left out of the history")); },
                [&](const model::Assessment& other) { warn(overlapping_left_out(other, like)); }, not_shown)
          : std::vector<PeriodVersion>();  // no commit yet: nothing beside it either
  if (!committed && neighbours.empty()) {
    return problem(path, fmt::format("{} has no committed version that could be read, and no earlier period's file "
                                     "for {}, {} is committed in its folder, so there is no history to show; commit "
                                     "it first",
                                     path, like.area, model::perspective_title(like.perspective)));
  }
  for (auto& neighbour : neighbours) {
    date_from_log(repository, neighbour);
    versions.push_back(std::move(neighbour));
  }
  std::sort(versions.begin(), versions.end(), [](const PeriodVersion& a, const PeriodVersion& b) {
    return a.loaded.assessment.period < b.loaded.assessment.period;
  });
  if (versions.size() > limit) versions.erase(versions.begin(), versions.end() - static_cast<std::ptrdiff_t>(limit));
  return versions;
}

bool has_uncommitted_changes(GitRepository& repository, const std::string& path, const std::string& text) {
  const auto committed = read_file_at(repository, "HEAD", path, "HEAD:" + path, k_max_input_bytes);
  if (!committed || !*committed) return true;
  if (**committed == text) return false;
  const auto with_line_feeds = [](std::string lines) {  // a lone carriage return is refused when the file is read
    std::erase(lines, '\r');
    return lines;
  };
  return with_line_feeds(**committed) != with_line_feeds(text);
}

namespace {

// The latest earlier period's file beside `path` in HEAD, as it was at
// `commit` under the name it had there: its folder was renamed since.
util::Result<std::optional<PeriodVersion>> renamed_neighbour(GitRepository& repository, const std::string& commit,
                                                             const std::string& path, const model::Assessment& now,
                                                             const model::FrameworkCatalog& catalog) {
  auto beside = earlier_neighbours(repository, "HEAD", path, now, catalog, [](const util::Diagnostic&) {});
  std::sort(beside.begin(), beside.end(), [](const PeriodVersion& a, const PeriodVersion& b) {
    return b.loaded.assessment.period < a.loaded.assessment.period;  // the latest first
  });
  for (const auto& neighbour : beside) {
    for (const auto& name : earlier_names(repository, neighbour.path)) {
      auto loaded = load_at(repository, commit, name, catalog);
      if (!loaded) return loaded.problems();
      if (*loaded && same_series((*loaded)->assessment, now) && (*loaded)->assessment.period.ends_before(now.period)) {
        return std::optional<PeriodVersion>(
            PeriodVersion{commit, 0, name, std::move(**loaded), PeriodVersion::Relation::earlier_period});
      }
    }
  }
  return std::optional<PeriodVersion>();
}

}  // namespace

util::Result<std::optional<PeriodVersion>> earlier_version(GitRepository& repository, const std::string& commit,
                                                           const std::string& path, const model::Assessment& now,
                                                           const model::FrameworkCatalog& catalog) {
  auto same = load_at(repository, commit, path, catalog);
  if (!same) return same.problems();
  if (*same) {
    return std::optional<PeriodVersion>(
        PeriodVersion{commit, 0, path, std::move(**same), PeriodVersion::Relation::same_name});
  }
  for (const auto& name : earlier_names(repository, path)) {
    auto renamed = load_at(repository, commit, name, catalog);
    if (!renamed) return renamed.problems();
    if (*renamed) {
      return std::optional<PeriodVersion>(
          PeriodVersion{commit, 0, name, std::move(**renamed), PeriodVersion::Relation::earlier_name});
    }
  }
  // A rename staged, not committed yet: the file under its name in HEAD, and the names it had before that.
  if (const auto source = repository.staged_rename_source(path)) {
    auto before = earlier_version(repository, commit, *source, now, catalog);
    if (before && *before && (*before)->relation == PeriodVersion::Relation::same_name)
      (*before)->relation = PeriodVersion::Relation::earlier_name;
    if (!before || *before) return before;
  }
  std::optional<util::Diagnostic> unreadable;
  auto neighbours = earlier_neighbours(repository, commit, path, now, catalog, [&](const util::Diagnostic& problem) {
    if (!unreadable) unreadable = problem;
  });
  if (unreadable) return util::Diagnostics{*unreadable};
  if (neighbours.empty()) return renamed_neighbour(repository, commit, path, now, catalog);
  auto latest =
      std::max_element(neighbours.begin(), neighbours.end(), [](const PeriodVersion& a, const PeriodVersion& b) {
        return a.loaded.assessment.period < b.loaded.assessment.period;
      });
  return std::optional<PeriodVersion>(std::move(*latest));
}

}  // namespace coprod::cli
