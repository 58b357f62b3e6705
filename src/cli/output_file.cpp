#include "cli/output_file.hpp"

#include <cerrno>
#include <fcntl.h>
#include <filesystem>
#include <optional>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include <fmt/format.h>

#include "cli/files.hpp"
#include "cli/write_error.hpp"
#include "util/shell_word.hpp"

namespace coprod::cli {

namespace {

[[noreturn]] void fail_write(const std::string& path, int error) { throw WriteError(path, error); }

void write_all(int fd, std::string_view content, const std::string& path) {
  while (!content.empty()) {
    const ssize_t count = ::write(fd, content.data(), content.size());
    if (count < 0) {
      if (errno == EINTR) continue;
      fail_write(path, errno);
    }
    content.remove_prefix(static_cast<std::size_t>(count));
  }
}

// The replaced file's permissions, without setuid, setgid or sticky bits (a
// report is not a program); a new file's follow the umask.
mode_t new_file_mode(const std::string& path) {
  struct stat info {};
  if (::stat(path.c_str(), &info) == 0) return info.st_mode & 0777;
  const mode_t mask = ::umask(0);
  ::umask(mask);
  return 0666 & ~mask;
}

// A replaced file's group goes to the file replacing it where the user may
// give it (a member of the group), so a folder shared by a group stays
// writable by the others; otherwise the new file has the user's own group.
void keep_group(int fd, const std::string& path) {
  struct stat info {};
  if (::stat(path.c_str(), &info) == 0) (void)::fchown(fd, static_cast<uid_t>(-1), info.st_gid);
}

// Moves temp onto path; without overwrite, fails if path appeared meanwhile.
int move_into_place(const std::string& temp, const std::string& path, bool overwrite) {
  if (overwrite) return ::rename(temp.c_str(), path.c_str());
  if (::renameat2(AT_FDCWD, temp.c_str(), AT_FDCWD, path.c_str(), RENAME_NOREPLACE) == 0) return 0;
  if (errno != EINVAL && errno != ENOSYS) return -1;
  // File systems without RENAME_NOREPLACE: link() also refuses to replace.
  if (::link(temp.c_str(), path.c_str()) != 0) return -1;
  ::unlink(temp.c_str());
  return 0;
}

// The first part of `folder` ("a", "a/b", ...) that is there but is no folder.
std::string file_on_the_way(const std::string& folder) {
  namespace fs = std::filesystem;
  fs::path prefix;
  for (const auto& part : fs::path(folder)) {
    prefix /= part;
    std::error_code error;
    if (fs::exists(prefix, error) && !fs::is_directory(prefix, error)) return prefix.string();
  }
  return folder;
}

// Whether a file could not be made for want of a folder to make it in (one
// missing, not the user's to write in, or a file in its place), which
// file_creation_error() explains, rather than for a cause such as a full disk.
bool is_folder_problem(int error) { return error == ENOENT || error == EACCES || error == ENOTDIR; }

// file_creation_error(), thrown: a WriteError, with its errno, for a cause
// other than the folder.
[[noreturn]] void fail_creation(const std::string& path, const std::string& folder, int error) {
  if (!is_folder_problem(error)) throw WriteError(path, error, folder);
  throw file_creation_error(path, folder, error);
}

}  // namespace

Error file_creation_error(const std::string& path, const std::string& folder, int error, std::string_view what) {
  if (error == ENOENT) {
    return Error(k_exit_not_written, fmt::format("cannot write {}: the folder {} does not exist; create it first "
                                                 "(mkdir -p {})",
                                                 path, folder, util::shell_word(folder)));
  }
  if (error == EACCES) {
    return Error(k_exit_not_written, fmt::format("cannot write {}: you may not write in the folder {}; write {} "
                                                 "in a folder of your own, or ask the folder's owner to let you write "
                                                 "in it",
                                                 path, folder, what));
  }
  if (error == ENOTDIR) {
    return Error(k_exit_not_written, fmt::format("cannot write {}: {} is a file, not a folder; choose another folder",
                                                 path, file_on_the_way(folder)));
  }
  return WriteError(path, error, folder);
}

std::string resolved_output_path(const std::string& path) {
  namespace fs = std::filesystem;
  std::error_code error;
  if (!fs::is_symlink(path, error)) return path;
  struct stat info {};
  if (::stat(path.c_str(), &info) == 0) {
    // Kernel links such as /dev/stdout -> a pipe have no path to resolve to:
    // they are written through the link itself.
    const fs::path target = fs::canonical(fs::path(path), error);
    return error ? path : target.string();
  }
  // A link to a file that does not exist yet: follow it by hand.
  fs::path current(path);
  for (int hops = 0; hops < 40 && fs::is_symlink(current, error); ++hops) {
    const fs::path target = fs::read_symlink(current, error);
    if (error) return path;
    current = target.is_absolute() ? target : current.parent_path() / target;
  }
  if (fs::is_symlink(current, error)) return path;  // a loop of links: writing to it fails with a message
  const fs::path target = fs::weakly_canonical(current, error);
  return error ? current.string() : target.string();
}

namespace {

bool is_symbolic_link(const std::string& path) {
  struct stat info {};
  return ::lstat(path.c_str(), &info) == 0 && S_ISLNK(info.st_mode);
}

[[noreturn]] void refuse_device(const std::string& path) {
  throw Error(k_exit_not_written, fmt::format("{} is a device (such as a disk), not a file, so nothing was written to "
                                              "it; coprod writes only to files, pipes, terminals and /dev/null, so "
                                              "give a file name",
                                              path));
}

}  // namespace

OutputKind output_kind(mode_t mode, dev_t device) {
  if (S_ISREG(mode)) return OutputKind::file;
  if (S_ISDIR(mode)) return OutputKind::folder;
  if (S_ISFIFO(mode) || S_ISSOCK(mode)) return OutputKind::stream;
  if (!S_ISCHR(mode)) return OutputKind::device;  // block devices and anything stranger
  const unsigned kind = major(device);
  const unsigned number = minor(device);
  const bool memory_sink = kind == 1 && (number == 3 || number == 5 || number == 7);              // null, zero, full
  const bool terminal = kind == 4 || (kind == 5 && number <= 1) || (kind >= 136 && kind <= 143);  // tty, console, pts
  return memory_sink || terminal ? OutputKind::stream : OutputKind::device;
}

namespace {

// What is at `target` (an output's path, links resolved): nullopt when nothing is.
std::optional<OutputKind> existing_output(const std::string& target) {
  struct stat info {};
  if (::stat(target.c_str(), &info) != 0) return std::nullopt;
  return output_kind(info.st_mode, info.st_rdev);
}

// What write_output_file() refuses before writing anything: a folder, a
// device, and (unless `overwrite`) a file already there, or a link to none.
void refuse_unwritable(const std::string& path, std::optional<OutputKind> kind, bool overwrite) {
  if (kind == OutputKind::folder) {
    throw Error(k_exit_not_written, fmt::format("cannot write {}: it is a folder; give the name of a file to write "
                                                "(a new file inside the folder is fine)",
                                                path));
  }
  if (kind == OutputKind::device) refuse_device(path);
  if (overwrite || kind == OutputKind::stream || (!kind && !file_exists(path))) return;
  throw Error(
      k_exit_not_written,
      fmt::format("{} already exists{}, so it was left as it is; use --force to replace it, or choose another name",
                  path, is_symbolic_link(path) ? " (a symbolic link)" : ""));
}

}  // namespace

void check_output_writable(const std::string& path, bool overwrite) {
  if (path != "-") refuse_unwritable(path, existing_output(resolved_output_path(path)), overwrite);
}

void refuse_read_only_edit(const std::string& path) {
  struct stat info {};
  const bool no_write_bits = ::stat(path.c_str(), &info) == 0 && (info.st_mode & 0222) == 0;
  if (no_write_bits) {
    throw Error(k_exit_not_written, fmt::format("{} is read-only, so it was not changed; make it writable (chmod u+w "
                                                "{}) if it is meant to change",
                                                path, path));
  }
  if (::access(path.c_str(), W_OK) != 0 && errno == EACCES) {
    throw Error(k_exit_not_written, fmt::format("you may not write to {}, so it was not changed; ask its owner to let "
                                                "the group write to it (chmod g+w {})",
                                                path, path));
  }
}

bool output_replaces_file(const std::string& path) {
  if (path == "-") return false;
  const auto kind = existing_output(resolved_output_path(path));
  return kind ? kind == OutputKind::file : file_exists(path);
}

OutputFile::OutputFile(Console& console, std::string path, bool overwrite)
    : m_console(console), m_path(std::move(path)), m_target(resolved_output_path(m_path)), m_overwrite(overwrite) {
  if (m_path == "-") return;
  const auto kind = existing_output(m_target);
  refuse_unwritable(m_path, kind, m_overwrite);
  if (kind == OutputKind::stream) {
    m_fd = ::open(m_target.c_str(), O_WRONLY | O_CLOEXEC | O_NOCTTY);
    if (m_fd < 0) fail_write(m_path, errno);
    return;
  }
  namespace fs = std::filesystem;
  const fs::path target(m_target);
  const fs::path directory = target.has_parent_path() ? target.parent_path() : fs::path(".");
  m_temp = (directory / ("." + target.filename().string() + ".coprod-XXXXXX")).string();
  const SignalHold hold;  // the temporary file is registered before Ctrl-C can leave it behind
  m_fd = ::mkstemp(m_temp.data());
  if (m_fd < 0) fail_creation(m_path, directory.string(), errno);
  m_temp_registration = TemporaryPath(m_temp, TemporaryPath::Kind::file);
}

OutputFile::~OutputFile() {
  if (m_fd >= 0) {
    ::close(m_fd);
    if (!m_temp.empty()) ::unlink(m_temp.c_str());
  }
}

void OutputFile::write(std::string_view piece) {
  if (m_path == "-") {
    m_console.out(piece);
    return;
  }
  write_all(m_fd, piece, m_path);
}

void OutputFile::commit() {
  if (m_path == "-") return;
  const int fd = m_fd;
  m_fd = -1;
  if (m_temp.empty()) {  // a stream, written in place
    if (::close(fd) != 0) fail_write(m_path, errno);
    return;
  }
  keep_group(fd, m_target);
  if (::fchmod(fd, new_file_mode(m_target)) != 0 || ::fsync(fd) != 0) {
    const int error = errno;
    ::close(fd);
    ::unlink(m_temp.c_str());
    fail_write(m_path, error);
  }
  if (::close(fd) != 0) {
    const int error = errno;
    ::unlink(m_temp.c_str());
    fail_write(m_path, error);
  }
  const SignalHold hold;
  m_temp_registration.release();
  if (move_into_place(m_temp, m_target, m_overwrite) != 0) {
    const int error = errno;
    ::unlink(m_temp.c_str());
    fail_write(m_path, error);
  }
}

void write_output_file(Console& console, const std::string& path, std::string_view content, bool overwrite) {
  OutputFile file(console, path, overwrite);
  file.write(content);
  file.commit();
}

}  // namespace coprod::cli
