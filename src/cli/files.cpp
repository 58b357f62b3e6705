#include "cli/files.hpp"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include <fmt/format.h>

#include "cli/error.hpp"
#include "cli/file_from_git.hpp"
#include "cli/git_repository.hpp"
#include "cli/source_texts.hpp"
#include "cli/write_error.hpp"
#include "util/escape.hpp"
#include "util/shell_word.hpp"
#include "util/text.hpp"

namespace coprod::cli {

namespace {

util::Diagnostic file_problem(const std::string& path, std::string message) {
  return {util::Severity::error, path, {0, 0}, std::move(message)};
}

// The entry of the folder `path` would be in whose name is closest to its
// own, when one is close (a typo: peer-netwrk), among the YAML files or, with
// `folders`, the folders there; as a path to show.
std::optional<std::string> closest_neighbour(const std::string& path, bool folders) {
  namespace fs = std::filesystem;
  const fs::path given(path);
  std::error_code error;
  fs::directory_iterator folder(given.has_parent_path() ? given.parent_path() : fs::path("."), error);
  std::vector<std::string> names;
  for (; !error && folder != fs::directory_iterator() && names.size() < 10000; folder.increment(error)) {
    const std::string other = folder->path().filename().string();
    std::error_code type_error;
    if (folders ? folder->is_directory(type_error) : folder->is_regular_file(type_error)) names.push_back(other);
  }
  if (!folders) {
    const auto closest = closest_yaml_name(path, std::move(names));
    return closest ? std::optional<std::string>(util::shell_word(*closest)) : std::nullopt;
  }
  std::sort(names.begin(), names.end());  // the folder's order is the file system's: the first of two as close wins
  const auto closest = util::closest_match(given.filename().string(), names);
  if (!closest) return std::nullopt;
  return util::shell_word((given.parent_path() / *closest).string());
}

// "no such file", with the YAML file in the same folder whose name is
// closest to the one given, when one is close.
std::string describe_missing_file(const std::string& path) {
  const auto closest = closest_neighbour(path, false);
  if (!closest) return describe_open_error(ENOENT);
  return fmt::format("no such file; did you mean {}?", *closest);
}

std::string describe_file_type(mode_t mode) {
  if (S_ISDIR(mode)) return "this is a folder, not a file; name a .yaml file inside it";
  if (S_ISFIFO(mode))
    return "this is a pipe (FIFO), not a regular file; to read from a pipe, pass - and send the file to standard input";
  return "this is not a regular file; name a .yaml file";
}

// Reads from fd until end of file or until more than max_bytes have arrived.
util::Result<std::string> read_all(int fd, const std::string& path, std::size_t max_bytes) {
  std::string text;
  char buffer[65536];
  for (;;) {
    const ssize_t count = ::read(fd, buffer, sizeof buffer);
    if (count == 0) break;
    if (count < 0) {
      if (errno == EINTR) continue;
      return file_problem(path, fmt::format("cannot read the file ({})", std::strerror(errno)));
    }
    text.append(buffer, static_cast<std::size_t>(count));
    if (text.size() > max_bytes) return file_problem(path, too_large_message(max_bytes));
  }
  return text;
}

// Text saved as UTF-16 (what Windows Notepad once called "Unicode"): a byte
// order mark, or the NUL bytes of letters written in two bytes each.
bool looks_like_utf16(std::string_view text) {
  if (text.starts_with("\xFF\xFE") || text.starts_with("\xFE\xFF")) return true;
  const auto letter = [](char c) { return c >= ' ' && c <= '~'; };
  if (text.size() < 4) return false;
  return (letter(text[0]) && text[1] == '\0' && letter(text[2]) && text[3] == '\0') ||
         (text[0] == '\0' && letter(text[1]) && text[2] == '\0' && letter(text[3]));
}

util::Diagnostic utf16_problem(const std::string& source) {
  return file_problem(source,
                      "the file is saved as UTF-16 text, which coprod does not read; save it as UTF-8 in your "
                      "editor (or convert it: iconv -f UTF-16 -t UTF-8 < OLD > NEW)");
}

util::Result<std::string> read_file_or_standard_input(const std::string& path, std::size_t max_bytes) {
  if (path == "-") return read_all(STDIN_FILENO, "<standard input>", max_bytes);
  if (!file_exists(path) && split_revision_path(path)) {
    auto input = read_from_git(path, max_bytes);
    if (!input) return input.problems();
    return std::move(input->text);
  }
  // O_NONBLOCK so that opening a FIFO with no writer does not hang.
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
  if (fd < 0) return file_problem(path, errno == ENOENT ? describe_missing_file(path) : describe_open_error(errno));
  struct stat info {};
  if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
    const mode_t mode = info.st_mode;
    ::close(fd);
    return file_problem(path, describe_file_type(mode));
  }
  if (static_cast<std::size_t>(info.st_size) > max_bytes) {
    ::close(fd);
    return file_problem(path, too_large_message(max_bytes));
  }
  ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
  auto text = read_all(fd, path, max_bytes);
  ::close(fd);
  return text;
}

}  // namespace

std::string describe_open_error(int error) {
  switch (error) {
    case ENOENT: return "no such file; check the path and the file name";
    case EACCES: return "permission denied; check the file's permissions";
    case EISDIR: return "this is a folder, not a file; name a .yaml file inside it";
    default: return fmt::format("cannot open the file ({})", std::strerror(error));
  }
}

std::optional<std::string> closest_yaml_name(const std::string& path, std::vector<std::string> names) {
  namespace fs = std::filesystem;
  const fs::path given(path);
  std::erase_if(names, [](const std::string& name) { return !name.ends_with(".yaml") && !name.ends_with(".yml"); });
  std::sort(names.begin(), names.end());  // the first of two as close wins, whatever the order given
  const auto closest = util::closest_match(given.filename().string(), names);
  if (!closest) return std::nullopt;
  return (given.parent_path() / *closest).generic_string();
}

std::optional<util::Diagnostic> edited_size_problem(const std::string& path, std::size_t bytes) {
  if (bytes <= k_max_input_bytes) return std::nullopt;
  return util::Diagnostic{util::Severity::error,
                          path,
                          {0, 0},
                          fmt::format("with this change the file would be larger than {} MB, more than coprod reads, "
                                      "so it was not changed; shorten the text",
                                      k_max_input_bytes / (1024 * 1024))};
}

util::Result<InputText> read_input(const std::string& path, std::size_t max_bytes) {
  if (!file_exists(path) && split_revision_path(path)) {
    auto input = read_from_git(path, max_bytes);
    if (input && looks_like_utf16(input->text)) return utf16_problem(path);
    if (input) remember_source_text(path, input->text);
    return input;
  }
  auto text = read_input_file(path, max_bytes);
  if (!text) return text.problems();
  return InputText{std::move(*text), std::nullopt};
}

util::Result<std::string> read_input_file(const std::string& path, std::size_t max_bytes) {
  auto text = read_file_or_standard_input(path, max_bytes);
  if (text && looks_like_utf16(*text)) return utf16_problem(path == "-" ? "<standard input>" : path);
  // A file on disk is read again if a message needs its columns; standard
  // input cannot be, so its text is kept.
  if (text && path == "-") remember_source_text(path, *text);
  return text;
}

std::string too_large_message(std::size_t max_bytes) {
  return fmt::format(
      "the file is larger than {} MB, far larger than any coprod file; check that this is the file you meant",
      max_bytes / (1024 * 1024));
}

std::string describe_missing_folder(const std::string& path) {
  if (const auto closest = closest_neighbour(path, true))
    return fmt::format("no such folder; did you mean {}?", *closest);
  return "no such folder (or file); check the folder's name and the path to it";
}

bool file_exists(const std::string& path) {
  struct stat info {};
  return ::lstat(path.c_str(), &info) == 0;
}

bool same_file(const std::string& a, const std::string& b) {
  std::error_code error;
  if (std::filesystem::equivalent(a, b, error)) return true;
  const auto place = [&error](const std::string& path) {
    return std::filesystem::weakly_canonical(std::filesystem::absolute(path, error), error);
  };
  const auto place_a = place(a);
  if (error) return false;
  const auto place_b = place(b);
  return !error && place_a == place_b;
}

void refuse_output_among_inputs(const std::string& output, std::initializer_list<std::vector<std::string>> inputs,
                                std::string_view output_option, std::string_view instead) {
  if (output.empty() || output == "-") return;
  for (const auto& list : inputs) {
    for (const auto& input : list) {
      std::error_code error;  // devices and pipes are written in place, never replaced
      if (input == "-" || !std::filesystem::is_regular_file(input, error) || !same_file(output, input)) continue;
      throw Error(k_exit_usage, fmt::format("{} {} names the input file {}, which writing would replace; {}",
                                            output_option, output, input, instead));
    }
  }
}

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

}  // namespace

namespace {

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

void refuse_comma_lists(std::string_view option, const std::vector<std::string>& paths) {
  for (const auto& path : paths) {
    std::error_code error;
    if (path.find(',') == std::string::npos || std::filesystem::exists(path, error)) continue;
    std::string each;
    for (std::size_t start = 0; start <= path.size();) {
      const auto comma = std::min(path.find(',', start), path.size());
      if (comma > start) each += fmt::format(" {} {}", option, util::shell_word(path.substr(start, comma - start)));
      start = comma + 1;
    }
    throw Error(k_exit_usage, fmt::format("{} '{}': no such file; give {} once per file:{}", option,
                                          util::terminal_text(path), option, util::terminal_text(each)));
  }
}

}  // namespace coprod::cli
