#include "cli/files.hpp"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>

#include "analysis/file_name_period.hpp"
#include "cli/error.hpp"
#include "cli/file_from_git.hpp"
#include "cli/git_repository.hpp"
#include "cli/source_texts.hpp"
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
// closest to the one given, when one is close. A name for another review
// period (2027-Q1-plan.yaml for 2026-Q4-plan.yaml) is not a typo but another
// period's file, which may be the very one not meant: it is named as that.
std::string describe_missing_file(const std::string& path) {
  const auto closest = closest_neighbour(path, false);
  if (!closest) return describe_open_error(ENOENT);
  const auto given_period = analysis::period_in_file_name(path);
  const auto closest_period = analysis::period_in_file_name(*closest);
  if (given_period && closest_period && *given_period != *closest_period) {
    return fmt::format(
        "no such file for {}; the nearest name here, {}, is for another period ({}): check which "
        "period's file you meant",
        given_period->to_string(), *closest, closest_period->to_string());
  }
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
