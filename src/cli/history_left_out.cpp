#include "cli/history_left_out.hpp"

#include <algorithm>
#include <filesystem>

#include <fmt/format.h>

#include "util/add_once.hpp"
#include "util/escape.hpp"
#include "util/shell_word.hpp"
#include "util/text.hpp"

namespace coprod::cli {

namespace {

const PeriodVersion* shown_for(const std::vector<PeriodVersion>& versions, const model::Period& period) {
  const auto found = std::find_if(versions.begin(), versions.end(), [&](const PeriodVersion& version) {
    return version.loaded.assessment.period == period;
  });
  return found == versions.end() ? nullptr : &*found;
}

// The file's own version shown for a period that `other`, beside it, is for too.
void warn_shown_in_place(const PeriodVersion& shown, const FileBesideLeftOut& other, const GitWarning& warn) {
  const bool working = shown.relation == PeriodVersion::Relation::working_copy;
  const std::string period = other.assessment.period.to_string();
  warn({util::Severity::warning, shown.loaded.assessment.source, shown.loaded.assessment.period_position,
        fmt::format("{} is committed for {} too; history shows {} for {} in its place and leaves {} out; if this "
                    "file is for another period, correct its period",
                    other.path, period, working ? "this working copy" : "this version", period, other.path)});
}

// What to type for the history of `other`, in the folder of `file` as given.
std::string history_command(const std::string& file, const std::string& other) {
  const auto beside = std::filesystem::path(file).parent_path() / std::filesystem::path(other).filename();
  return "coprod history " + util::shell_word(beside.generic_string());
}

// One note for the files beside it for later periods than its own.
void note_later_files(std::vector<FileBesideLeftOut> later, const model::Period& earliest, const std::string& file,
                      Console& console) {
  if (later.empty()) return;
  std::sort(later.begin(), later.end(), [](const FileBesideLeftOut& a, const FileBesideLeftOut& b) {
    return a.assessment.period < b.assessment.period;
  });
  std::vector<std::string> periods;
  for (const auto& other : later) util::add_once(periods, other.assessment.period.to_string());
  const std::string which =
      later.size() == 1 ? fmt::format("{}, for {}, committed beside this file, is", later.front().path, periods.front())
                        : fmt::format("{} files committed beside this file, for later periods ({}), are", later.size(),
                                      util::join_first_in_words(periods, 5));
  console.err(util::terminal_text(fmt::format(
                  "coprod: note: {} left out: history shows this file's own versions (the earliest for {}) and the "
                  "files beside it for earlier periods only; for the history up to {}, run '{}'",
                  which, earliest.to_string(), periods.back(), history_command(file, later.back().path))) +
              "\n");
}

}  // namespace

void say_files_left_out(const std::vector<FileBesideLeftOut>& left_out, const std::vector<PeriodVersion>& versions,
                        const std::string& file, const std::string& path, GitRepository& repository,
                        const GitWarning& warn, Console& console) {
  const auto own = std::find_if(versions.begin(), versions.end(), [](const PeriodVersion& version) {
    return version.relation != PeriodVersion::Relation::earlier_period;
  });
  if (own == versions.end()) return;
  const auto renamed_from = repository.staged_rename_source(path);
  std::vector<FileBesideLeftOut> later;
  for (const auto& other : left_out) {
    if (const PeriodVersion* shown = shown_for(versions, other.assessment.period)) {
      if (other.path != renamed_from) warn_shown_in_place(*shown, other, warn);
    } else if (versions.back().loaded.assessment.period < other.assessment.period) {
      later.push_back(other);
    }
  }
  note_later_files(std::move(later), own->loaded.assessment.period, file, console);
}

}  // namespace coprod::cli
