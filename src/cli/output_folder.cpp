#include "cli/output_folder.hpp"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>

#include "cli/error.hpp"
#include "cli/files.hpp"
#include "cli/output_file.hpp"
#include "cli/write_error.hpp"

namespace coprod::cli {

namespace {

bool exists_here(const std::string& path, struct stat& info) { return ::lstat(path.c_str(), &info) == 0; }

[[noreturn]] void fail_pack(const std::string& folder, const std::string& why) {
  throw Error(k_exit_not_written, fmt::format("cannot write the report in {}: {}; nothing was changed (any report "
                                              "already there is as it was)",
                                              folder, why));
}

// A file of the pack could not be written (a full disk, say): named as the
// user knows it, in the folder, not in the temporary folder it was written to.
[[noreturn]] void fail_file(const WriteError& error, const std::string& placed, const std::string& folder) {
  throw Error(k_exit_not_written,
              fmt::format("could not write the report in full ({}: {}); nothing was changed, the folder "
                          "{} is as it was before; check the disk space and run the report again",
                          placed, error.cause(), folder));
}

// The folder the pack is staged in (or the pack's folder itself) was removed
// while coprod was writing: by another program, or someone clearing the
// folder. Named as the user knows it, the pack's folder, with what to do.
[[noreturn]] void fail_staging_gone(const std::string& folder) {
  struct stat info {};
  if (::stat(folder.c_str(), &info) != 0 || !S_ISDIR(info.st_mode)) {
    throw Error(k_exit_not_written, fmt::format("cannot write the report in {}: the folder was removed while coprod "
                                                "was writing the report, so nothing was written; run the report "
                                                "again once nothing else is removing that folder",
                                                folder));
  }
  throw Error(k_exit_not_written, fmt::format("cannot write the report in {}: a folder coprod made inside it to "
                                              "write the report in first was removed while coprod was writing (by "
                                              "another program clearing {}, perhaps); nothing was changed, the "
                                              "folder {} is as it was before; run the report again once nothing "
                                              "else is removing files there",
                                              folder, folder, folder));
}

// The folder `folder` is made in ("." for a name with no folder before it).
std::string folder_above(std::string folder) {
  while (folder.size() > 1 && folder.back() == '/') folder.pop_back();
  const std::string above = std::filesystem::path(folder).parent_path().string();
  return above.empty() ? "." : above;
}

bool is_pack_name(const std::string& name, const std::vector<std::string>& names) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

}  // namespace

Error pack_file_exists_error(const std::string& path) {
  return Error(k_exit_not_written, fmt::format("{} already exists, so nothing was written; use --force to replace "
                                               "the report, or choose another folder",
                                               path));
}

OutputFolder::OutputFolder(Console& console, std::string folder, std::vector<std::string> names,
                           std::vector<std::string> left_out, bool overwrite)
    : m_console(console),
      m_folder(std::move(folder)),
      m_names(std::move(names)),
      m_left_out(std::move(left_out)),
      m_overwrite(overwrite) {
  create_folder();
  refuse_what_is_in_the_way();
  m_staging = (std::filesystem::path(m_folder) / ".coprod-pack-XXXXXX").string();
  const SignalHold hold;
  if (::mkdtemp(m_staging.data()) == nullptr) {
    const int error = errno;
    m_staging.clear();
    if (m_created) ::rmdir(m_folder.c_str());
    fail_pack(m_folder, std::strerror(error));
  }
  m_registrations.emplace_back(m_staging, TemporaryPath::Kind::folder);
}

OutputFolder::~OutputFolder() {
  remove_staging();
  if (m_created && !m_committed) ::rmdir(m_folder.c_str());
}

// Only the pack's own folder is made: the folder above it must exist, as for
// every other output, so that a mistyped path is not made silently.
void OutputFolder::create_folder() {
  const SignalHold hold;
  if (::mkdir(m_folder.c_str(), 0777) == 0) {
    m_created = true;
    m_registrations.emplace_back(m_folder, TemporaryPath::Kind::folder);
    return;
  }
  const int error = errno;
  struct stat info {};
  if (error != EEXIST) throw file_creation_error(m_folder, folder_above(m_folder), error, "the report");
  if (::stat(m_folder.c_str(), &info) != 0 || !S_ISDIR(info.st_mode))
    throw file_creation_error(m_folder, m_folder, ENOTDIR, "the report");
}

std::string OutputFolder::staged(const std::string& name) const { return m_staging + "/" + name; }
std::string OutputFolder::placed(const std::string& name) const {
  return (std::filesystem::path(m_folder) / name).string();
}
std::string OutputFolder::aside(const std::string& name) const { return m_staging + "/old-" + name; }

bool OutputFolder::staging_is_gone() const {
  struct stat info {};
  return ::lstat(m_staging.c_str(), &info) != 0 || !S_ISDIR(info.st_mode);
}

void OutputFolder::write(const std::string& name, std::string_view content) {
  write_with(name, [&](const std::string& path) { write_output_file(m_console, path, content, false); });
}

void OutputFolder::write_with(const std::string& name, const std::function<void(const std::string& path)>& write_file) {
  try {
    write_file(staged(name));
  } catch (const Error& error) {
    if (staging_is_gone()) fail_staging_gone(m_folder);
    if (const auto* write_error = dynamic_cast<const WriteError*>(&error))
      fail_file(*write_error, placed(name), m_folder);
    throw;
  }
  const SignalHold hold;
  m_registrations.emplace_back(staged(name), TemporaryPath::Kind::file);
}

// A folder where a file of the pack goes is never replaced (it may hold
// anything), nor is one named as a file the pack leaves out removed; without
// --force, neither is a file or link.
void OutputFolder::refuse_what_is_in_the_way() const {
  for (const auto& name : m_names) {
    struct stat info {};
    if (!exists_here(placed(name), info)) continue;
    if (S_ISDIR(info.st_mode)) fail_pack(m_folder, fmt::format("{} is a folder; move it away", placed(name)));
    if (!m_overwrite) throw pack_file_exists_error(placed(name));
  }
  for (const auto& name : m_left_out) {
    struct stat info {};
    if (!exists_here(placed(name), info) || S_ISDIR(info.st_mode)) continue;
    if (!m_overwrite) throw pack_file_exists_error(placed(name));
  }
}

// Returns 0, or the errno of the move that failed.
int OutputFolder::move_into_place(const std::string& name, std::vector<Move>& done) {
  const std::string from = staged(name);
  const std::string to = placed(name);
  struct stat info {};
  if (!exists_here(to, info)) {
    if (::renameat2(AT_FDCWD, from.c_str(), AT_FDCWD, to.c_str(), RENAME_NOREPLACE) != 0) return errno;
    done.push_back({name, Move::How::placed});
    return 0;
  }
  if (::renameat2(AT_FDCWD, from.c_str(), AT_FDCWD, to.c_str(), RENAME_EXCHANGE) == 0) {
    done.push_back({name, Move::How::swapped});
    return 0;
  }
  if (errno != EINVAL && errno != ENOSYS) return errno;
  // File systems that cannot swap: move the old file aside, then the new one in.
  if (::rename(to.c_str(), aside(name).c_str()) != 0) return errno;
  done.push_back({name, Move::How::moved_aside});
  return ::rename(from.c_str(), to.c_str()) == 0 ? 0 : errno;
}

void OutputFolder::undo(const std::vector<Move>& done) const {
  for (auto it = done.rbegin(); it != done.rend(); ++it) {
    const std::string from = staged(it->name);
    const std::string to = placed(it->name);
    if (it->how == Move::How::removed) {
      ::rename(aside(it->name).c_str(), to.c_str());
    } else if (it->how == Move::How::swapped) {
      ::renameat2(AT_FDCWD, from.c_str(), AT_FDCWD, to.c_str(), RENAME_EXCHANGE);
    } else if (it->how == Move::How::placed) {
      ::rename(to.c_str(), from.c_str());
    } else {
      struct stat info {};
      if (!exists_here(from, info)) ::rename(to.c_str(), from.c_str());
      ::rename(aside(it->name).c_str(), to.c_str());
    }
  }
}

// Returns 0, or the errno of the move that failed. A folder is left where it is.
int OutputFolder::move_out(const std::string& name, std::vector<Move>& done, std::vector<std::string>& removed) {
  struct stat info {};
  if (!exists_here(placed(name), info) || S_ISDIR(info.st_mode)) return 0;
  if (::rename(placed(name).c_str(), aside(name).c_str()) != 0) return errno;
  done.push_back({name, Move::How::removed});
  removed.push_back(name);
  return 0;
}

std::vector<std::string> OutputFolder::commit() {
  refuse_what_is_in_the_way();
  SignalHold hold;  // Ctrl-C waits until every file is in place, or every move is undone
  std::vector<Move> done;
  std::vector<std::string> removed;
  const auto fail = [&](int error) {
    undo(done);
    if (staging_is_gone()) fail_staging_gone(m_folder);
    fail_pack(m_folder,
              error == EEXIST ? "a file of the report appeared while coprod was writing" : std::strerror(error));
  };
  for (const auto& name : m_names) {
    if (const int error = move_into_place(name, done); error != 0) fail(error);
  }
  for (const auto& name : m_left_out) {
    if (const int error = move_out(name, done, removed); error != 0) fail(error);
  }
  m_committed = true;
  hold.keep();
  return removed;
}

std::vector<std::string> OutputFolder::others() const {
  std::vector<std::string> found;
  std::error_code error;
  for (const auto& entry : std::filesystem::directory_iterator(m_folder, error)) {
    const std::string name = entry.path().filename().string();
    std::error_code type_error;
    const bool pack_file = (is_pack_name(name, m_names) || is_pack_name(name, m_left_out)) &&
                           !std::filesystem::is_directory(entry.symlink_status(type_error));
    if (pack_file || name.rfind(".coprod-pack-", 0) == 0) continue;
    found.push_back(name);
  }
  std::sort(found.begin(), found.end());
  return found;
}

// After commit() the staging folder holds the old files (or nothing); before
// it, the new ones. Either way only the pack's own names are removed, one by
// one, never a whole tree.
void OutputFolder::remove_staging() {
  if (m_staging.empty()) return;
  for (const auto& name : m_names) {
    ::unlink(staged(name).c_str());
    ::unlink(aside(name).c_str());
  }
  for (const auto& name : m_left_out) ::unlink(aside(name).c_str());
  ::rmdir(m_staging.c_str());
  m_registrations.clear();
  m_staging.clear();
}

}  // namespace coprod::cli
