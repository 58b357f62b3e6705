#include "cli/output_folder.hpp"

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

namespace coprod::cli {

namespace {

bool exists_here(const std::string& path, struct stat& info) { return ::lstat(path.c_str(), &info) == 0; }

[[noreturn]] void fail_pack(const std::string& folder, const std::string& why) {
  throw Error(k_exit_not_written, fmt::format("cannot write the report in {}: {}; nothing was changed (any report "
                                              "already there is as it was)",
                                              folder, why));
}

// The folder a new folder was to be made in: the longest part of `folder` that is there.
std::string deepest_existing(const std::string& folder) {
  std::error_code error;
  for (std::filesystem::path path(folder); !path.empty(); path = path.parent_path()) {
    if (std::filesystem::exists(path, error) || path == path.parent_path()) return path.string();
  }
  return ".";
}

}  // namespace

OutputFolder::OutputFolder(Console& console, std::string folder, std::vector<std::string> names, bool overwrite)
    : m_console(console), m_folder(std::move(folder)), m_names(std::move(names)), m_overwrite(overwrite) {
  std::error_code folder_error;
  std::filesystem::create_directories(m_folder, folder_error);
  if (folder_error) throw file_creation_error(m_folder, deepest_existing(m_folder), folder_error.value(), "the report");
  refuse_what_is_in_the_way();
  m_staging = (std::filesystem::path(m_folder) / ".coprod-pack-XXXXXX").string();
  const SignalHold hold;
  if (::mkdtemp(m_staging.data()) == nullptr) {
    const int error = errno;
    m_staging.clear();
    fail_pack(m_folder, std::strerror(error));
  }
  m_registrations.emplace_back(m_staging, TemporaryPath::Kind::folder);
}

OutputFolder::~OutputFolder() { remove_staging(); }

std::string OutputFolder::staged(const std::string& name) const { return m_staging + "/" + name; }
std::string OutputFolder::placed(const std::string& name) const {
  return (std::filesystem::path(m_folder) / name).string();
}
std::string OutputFolder::aside(const std::string& name) const { return m_staging + "/old-" + name; }

void OutputFolder::write(const std::string& name, std::string_view content) {
  write_output_file(m_console, staged(name), content, false);
  const SignalHold hold;
  m_registrations.emplace_back(staged(name), TemporaryPath::Kind::file);
}

void OutputFolder::write_with(const std::string& name, const std::function<void(const std::string& path)>& write_file) {
  write_file(staged(name));
  const SignalHold hold;
  m_registrations.emplace_back(staged(name), TemporaryPath::Kind::file);
}

// A folder where a file of the pack goes is never replaced (it may hold
// anything); without --force, neither is a file or link.
void OutputFolder::refuse_what_is_in_the_way() const {
  for (const auto& name : m_names) {
    struct stat info {};
    if (!exists_here(placed(name), info)) continue;
    if (S_ISDIR(info.st_mode)) fail_pack(m_folder, fmt::format("{} is a folder; move it away", placed(name)));
    if (!m_overwrite) {
      throw Error(k_exit_not_written, fmt::format("{} already exists, so nothing was written; use --force to replace "
                                                  "the report, or choose another folder",
                                                  placed(name)));
    }
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
    if (it->how == Move::How::swapped) {
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

void OutputFolder::commit() {
  refuse_what_is_in_the_way();
  const SignalHold hold;  // Ctrl-C waits until every file is in place, or every move is undone
  std::vector<Move> done;
  for (const auto& name : m_names) {
    if (const int error = move_into_place(name, done); error != 0) {
      undo(done);
      fail_pack(m_folder,
                error == EEXIST ? "a file of the report appeared while coprod was writing" : std::strerror(error));
    }
  }
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
  ::rmdir(m_staging.c_str());
  m_registrations.clear();
  m_staging.clear();
}

}  // namespace coprod::cli
