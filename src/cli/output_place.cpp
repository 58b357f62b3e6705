#include "cli/output_place.hpp"

#include <filesystem>
#include <sys/stat.h>
#include <sys/sysmacros.h>

#include <fmt/format.h>

#include "cli/output_file.hpp"
#include "util/escape.hpp"

namespace coprod::cli {

namespace {

// /dev/null (1, 3) and /dev/zero (1, 5) take anything and keep none of it.
bool keeps_nothing(const struct stat& info) {
  return S_ISCHR(info.st_mode) && major(info.st_rdev) == 1 && (minor(info.st_rdev) == 3 || minor(info.st_rdev) == 5);
}

// /dev/stdout, /dev/fd/1 and /proc/self/fd/1 name a stream even when it is
// redirected to a file: the name, or a link it goes through, is under /proc,
// and cannot be read back by a later command. (/dev/shm holds real files.)
bool names_a_stream(const std::string& path) {
  namespace fs = std::filesystem;
  std::error_code error;
  fs::path current = fs::absolute(path, error);
  for (int hops = 0; hops < 40 && !error; ++hops) {
    const fs::path folder = fs::weakly_canonical(current.parent_path(), error);
    if (error) return false;
    if ((folder / current.filename()).string().starts_with("/proc/")) return true;
    if (!fs::is_symlink(current, error)) return false;
    const fs::path target = fs::read_symlink(current, error);
    current = target.is_absolute() ? target : folder / target;
  }
  return false;
}

}  // namespace

OutputPlace output_place(const std::string& path) {
  if (path == "-") return OutputPlace::stream;
  struct stat info {};
  const bool exists = ::stat(path.c_str(), &info) == 0;
  if (exists && keeps_nothing(info)) return OutputPlace::nowhere;
  if (names_a_stream(path)) return OutputPlace::stream;
  if (exists && output_kind(info.st_mode, info.st_rdev) == OutputKind::stream) return OutputPlace::stream;
  return OutputPlace::file;
}

std::string output_name(const std::string& path, std::string_view what) {
  return output_place(path) == OutputPlace::file ? path : std::string(what);
}

std::string nothing_kept_message(const std::string& path, std::string_view what) {
  return util::terminal_text(fmt::format(
             "Nothing was kept: {} keeps nothing written to it, so give a file name to keep {}.", path, what)) +
         "\n";
}

}  // namespace coprod::cli
