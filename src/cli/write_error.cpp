#include "cli/write_error.hpp"

#include <cerrno>
#include <cstring>

#include <fmt/format.h>

namespace coprod::cli {

namespace {

std::string errno_cause(int error_number) {
  if (error_number == EEXIST) return "it appeared while coprod was writing; nothing was replaced";
  return std::strerror(error_number);
}

std::string write_error_message(const std::string& path, int error_number, const std::string& folder) {
  const std::string cause = folder.empty()
                                ? errno_cause(error_number)
                                : fmt::format("cannot create a file in {} ({})", folder, std::strerror(error_number));
  return fmt::format(
      "cannot write {}: {}; nothing was changed (a file already there is as it was), so check the disk "
      "space and the folder",
      path, cause);
}

}  // namespace

WriteError::WriteError(std::string path, int error_number, std::string folder)
    : Error(k_exit_not_written, write_error_message(path, error_number, folder)),
      m_path(std::move(path)),
      m_error_number(error_number),
      m_folder(std::move(folder)) {}

std::string WriteError::cause() const { return errno_cause(m_error_number); }

}  // namespace coprod::cli
